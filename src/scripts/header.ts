/**
 * The page furniture's behaviour, in one small module for every page: the
 * theme and calendar-order toggles and the citations' copy buttons (custom
 * elements upgrading hidden buttons), the "/" shortcut to the search box,
 * and the loader of mention previews.
 */
import { defineFurniture } from './furniture.ts';
import { highlightSearchedWords } from './search-highlight.ts';
import { bindSearchShortcut } from './search-shortcut.ts';

defineFurniture();
bindSearchShortcut();
highlightSearchedWords();

/**
 * Mention previews (scripts/mention-preview.ts, built as /mention-preview.js) load on the first hover, focus
 * or touch of a mention, so a page's first load carries none of their code;
 * the event that woke them is replayed, so that the first preview shows too.
 */
function loadMentionPreviewsOnDemand() {
  if (!document.getElementById('mention-preview')) return;
  const wakers = ['pointerover', 'focusin', 'pointerdown'] as const;
  let loaded = false;
  // A touch reader's first tap must preview, not follow the link, even before the script has arrived.
  let tappedEarly: Element | undefined;
  const holdFirstTap = (event: Event) => {
    const mention = event.target instanceof Element ? event.target.closest('a.mention') : null;
    if (loaded || !mention) return;
    event.preventDefault();
    tappedEarly = mention;
  };
  const wake = (event: Event) => {
    const mention = event.target instanceof Element ? event.target.closest('a.mention') : null;
    if (!mention) return;
    for (const type of wakers) document.removeEventListener(type, wake, true);
    if (event instanceof PointerEvent && event.pointerType === 'touch') document.addEventListener('click', holdFirstTap, { capture: true, once: true });
    // Not a Vite import: that would add Vite's preload helper to this script (src/pages/mention-preview.js.ts).
    const url = new URL(`${import.meta.env.BASE_URL}mention-preview.js`, location.href).href;
    void (import(/* @vite-ignore */ url) as Promise<typeof import('./mention-preview.ts')>).then(({ bindMentionPreviews }) => {
      bindMentionPreviews();
      loaded = true;
      const Replay = event.constructor as typeof Event;
      event.target?.dispatchEvent(new Replay(event.type, event));
      // The held tap, replayed as the touch it was: the previews' script then shows the preview.
      tappedEarly?.dispatchEvent(new PointerEvent('click', { bubbles: true, cancelable: true, pointerType: 'touch' }));
    });
  };
  for (const type of wakers) document.addEventListener(type, wake, true);
}
loadMentionPreviewsOnDemand();
