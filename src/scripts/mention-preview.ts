/**
 * Previews for mentions (`a.mention`, whose href ends in `glossary/<id>/` or `people/<id>/`). They follow WCAG 1.4.13
 * for content on hover or focus: the preview appears on hover and on focus,
 * stays while the pointer moves onto it, and Escape dismisses it without
 * moving focus. A touch reader's first tap shows it; a second tap follows the
 * link. Nothing here is needed to read: the mention is a link to the entry.
 */
import { PREVIEW_DATA_ID } from '../lib/previews.ts';

const SHOW_DELAY = 150;


const HIDE_DELAY = 250;

export function bindMentionPreviews(): void {
  const tip = document.getElementById('mention-preview');
  const name = tip?.querySelector<HTMLElement>('[data-name]');
  const definition = tip?.querySelector<HTMLElement>('[data-definition]');
  const hint = tip?.querySelector<HTMLElement>('[data-hint]');
  if (!tip || !name || !definition || !hint) return;

  let current: HTMLAnchorElement | null = null;
  // The mention a preview was last asked for, so a slow first fetch never shows a stale one.
  let wanted: HTMLAnchorElement | null = null;
  type Previews = Partial<Record<string, { name: string; definition: string }>>;
  let previews: Promise<Previews> | undefined;
  // Online the previews come from previews.json; the offline copy, which cannot fetch from a folder, carries its page's in the page.
  const inPage = document.getElementById(PREVIEW_DATA_ID)?.textContent;
  const load = () =>
    (previews ??= inPage
      ? Promise.resolve(JSON.parse(inPage) as Previews)
      : fetch(tip.dataset['src'] ?? '')
          .then((response): Promise<Previews> => (response.ok ? response.json() : Promise.resolve({})))
          .catch((): Previews => ({})));
  let timer: number | undefined;
  let lastPointer = 'mouse';
  let lastPointerDownAt = 0;

  const mentionOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a.mention') : null;
  /** `glossary/tsentrobalt` from a mention's address, whatever the site's base path. */
  const entryOf = (link: HTMLAnchorElement) => /(glossary|people)\/([^/]+)\/(?:index\.html)?$/.exec(link.pathname)?.slice(1).join('/') ?? '';

  function place(link: HTMLElement) {
    const box = link.getBoundingClientRect();
    const margin = 8;
    const width = tip!.offsetWidth;
    const height = tip!.offsetHeight;
    const left = Math.min(Math.max(margin, box.left), window.innerWidth - width - margin);
    const below = box.bottom + 6;
    const top = below + height > window.innerHeight - margin ? box.top - height - 6 : below;
    tip!.style.left = `${Math.max(margin, left)}px`;
    tip!.style.top = `${Math.max(margin, top)}px`;
  }

  async function show(link: HTMLAnchorElement, touch: boolean) {
    window.clearTimeout(timer);
    wanted = link;
    const entry = (await load())[entryOf(link)];
    if (wanted !== link || !entry) return;
    if (current && current !== link) current.removeAttribute('aria-describedby');
    current = link;
    name!.textContent = entry.name;
    definition!.textContent = entry.definition;
    hint!.hidden = !touch;
    tip!.hidden = false;
    link.setAttribute('aria-describedby', 'mention-preview');
    place(link);
  }

  function hide() {
    window.clearTimeout(timer);
    wanted = null;
    tip!.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  }

  const later = (action: () => void, delay: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(action, delay);
  };

  const onPointerDown = (event: PointerEvent) => {
    lastPointer = event.pointerType;
    lastPointerDownAt = Date.now();
    if (!mentionOf(event.target) && !tip.contains(event.target as Node)) hide();
  };
  const onPointerOver = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    const link = mentionOf(event.target);
    if (link) later(() => void show(link, false), SHOW_DELAY);
    else if (current && tip.contains(event.target as Node)) window.clearTimeout(timer);
  };
  const onFocusIn = (event: FocusEvent) => {
    const link = mentionOf(event.target);
    // A tap also focuses the link; the click handler below decides what a tap does.
    const tapped = lastPointer === 'touch' && Date.now() - lastPointerDownAt < 1000;
    if (link && !tapped) void show(link, false);
  };
  document.addEventListener('pointerdown', onPointerDown);
  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse' || !current) return;
    const leaving = mentionOf(event.target) === current || tip.contains(event.target as Node);
    const to = event.relatedTarget as Node | null;
    const stillInside = to && (current.contains(to) || tip.contains(to));
    if (leaving && !stillInside) later(hide, HIDE_DELAY);
  });
  document.addEventListener('focusout', (event) => {
    if (mentionOf(event.target) === current) hide();
  });
  document.addEventListener('click', (event) => {
    const link = mentionOf(event.target);
    const touch = event instanceof PointerEvent ? event.pointerType === 'touch' : lastPointer === 'touch';
    if (!link || !touch) return;
    // First tap previews, second tap on the same mention follows it.
    if (current !== link || tip.hidden) {
      event.preventDefault();
      void show(link, true);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tip.hidden) hide();
  });
  window.addEventListener('scroll', () => current && place(current), { passive: true });
}
