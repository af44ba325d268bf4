/**
 * The offline copy: the built site rewritten to be read from a folder
 * (file://), e.g. from a USB stick. Browsers open no directory index and
 * block module scripts there, so every link becomes a relative link to an
 * `index.html`, and the module scripts go. One classic script takes their
 * place (scripts/offline.ts): the theme and calendar toggles and the mention
 * previews, with each page's preview data in the page. Search and the date
 * converter need the online site, and a note says so.
 */
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { PREVIEW_DATA_ID } from './previews.ts';
import { isoDay } from './format.ts';
import { SITE_NAME } from './site.ts';

/** Where `npm run build` puts the offline copy of the site, relative to the site's root. */
export const OFFLINE_ARCHIVE = 'october-1917-offline.zip';
/** The folder the archive unpacks into. */
export const OFFLINE_FOLDER = 'october-1917';

/** Built files the offline copy leaves out: search (Pagefind's files and the quick index), scripts, preview data, the archive itself. */
export function keepOffline(file: string): boolean {
  return !/^pagefind\//.test(file) && !/\.(m?js|map)$/.test(file) && !['previews.json', 'quick-search.json', OFFLINE_ARCHIVE, '_headers'].includes(file);
}

export interface OfflineContext {
  /** The page's file, relative to the site's root: `background/july-days/index.html`. */
  file: string;
  /** The site's base path, with slashes: `/` or `/october/1917/`. */
  base: string;
  /** The online site's address, base included, for the note: `https://october1917.example/`; undefined for a build without one (SITE_URL). */
  onlineUrl: string | undefined;
  /** When the copy was made, for the note. */
  made: Date;
  /** The offline copy's classic script (scripts/offline.ts, bundled), put in every page; none, and pages keep no script. */
  script?: string | undefined;
  /** Every entry's preview (previews.json), of which each page carries those it mentions. */
  previews?: Readonly<Record<string, unknown>> | undefined;
}

/** A root-absolute href under the base, as a relative link from the page's folder to a file. */
export function relativeHref(href: string, { file, base }: Pick<OfflineContext, 'file' | 'base'>): string {
  if (!href.startsWith(base)) return href;
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(href.slice(base.length)) ?? [];
  const up = '../'.repeat(file.split('/').length - 1);
  const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return `${up}${target}${rest}`;
}

/** Where the online site is, in words: its address when the build knows it, never a made-up one. */
const online = (onlineUrl: string | undefined) =>
  onlineUrl ? `the online site: <a href="${onlineUrl}">${onlineUrl}</a>` : 'the online site, wherever this copy was published';

const note = ({ onlineUrl, made }: OfflineContext, extra = '') =>
  `<p class="mb-3 rounded border border-rule bg-paper-raised p-4" data-offline-note>This is the offline copy of ${SITE_NAME}, made on ${isoDay(made)}.${extra} Search and the date converter need ${online(onlineUrl)}.</p>`;

/** The entries a page mentions, as previews.json keys them (`glossary/tsentrobalt`). */
const mentionedEntries = (html: string) =>
  new Set([...html.matchAll(/<a href="[^"]*?((?:glossary|people)\/[^/"]+)\/(?:index\.html)?" class="mention"/g)].map((m) => m[1] ?? ''));

/**
 * The offline copy's script in a page: the page's previews as a JSON block
 * (data, which no CSP governs) and the classic script, whose hash joins the
 * page's CSP; the preview element no longer points at previews.json.
 */
function withOfflineScript(page: string, { script, previews }: OfflineContext): string {
  if (!script) return page;
  const hash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
  const data = Object.fromEntries([...mentionedEntries(page)].flatMap((key) => (previews?.[key] ? [[key, previews[key]]] : [])));
  const json = page.includes('id="mention-preview"') ? `<script type="application/json" id="${PREVIEW_DATA_ID}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>` : '';
  return page
    .replace(/(<div\b[^>]*id="mention-preview"[^>]*?)\s+data-src="[^"]*"/, '$1')
    .replace(/(<meta http-equiv="content-security-policy" content="[^"]*script-src 'self')/, `$1 ${hash}`)
    .replace('</body>', `${json}<script>${script}</script></body>`);
}

export function offlinePage(html: string, context: OfflineContext): string {
  const to = (path: string) => relativeHref(`${context.base}${path}`, context);
  let page = html
    // Module scripts do not run from a folder: they go, and the offline script stands in (withOfflineScript).
    // The inline script that runs before paint (no attributes) stays.
    .replace(/<script\b[^>]+>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '')
    // The archive is not inside itself: its links point at the online copy, or, with no address, are plain words.
    .replace(/<a\b([^>]*)\bhref="[^"]*"([^>]*\bdownload\b[^>]*)>([\s\S]*?)<\/a>/g, (_, before: string, after: string, label: string) =>
      context.onlineUrl ? `<a${before}href="${context.onlineUrl}${OFFLINE_ARCHIVE}"${after}>${label}</a>` : `<span>${label}</span>`,
    )
    .replace(/<form role="search"[\s\S]*?<\/form>/g, `<a href="${context.base}search/" class="text-sm underline underline-offset-4">Search (online only)</a>`)
    .replace(/\b(href|src|action)="([^"]*)"/g, (_, name: string, value: string) => `${name}="${relativeHref(value, context)}"`);
  if (context.file === 'search/index.html') {
    page = page.replace(
      /(<main\b[^>]*>)[\s\S]*<\/main>/,
      `$1<h1 class="font-serif text-4xl font-bold">Search</h1>${note(context)}<p class="mt-4">Offline, find things through <a href="${to('book/')}">the whole book</a> and its contents, or the A–Z lists of the <a href="${to('glossary/')}">glossary</a> and <a href="${to('people/')}">people</a>.</p></main>`,
    );
  } else {
    page = page.replace(/(<main\b[^>]*>)/, `$1${note(context)}`);
  }
  return withOfflineScript(page, context);
}

/** The text file that opens the archive, for a reader who unpacks it and sees only folders. */
export const offlineReadme = (onlineUrl: string | undefined, made: Date) =>
  `${SITE_NAME} — offline copy, made on ${isoDay(made)}.\r\n\r\nOpen index.html in this folder with any web browser. Every page works without an internet connection except search and the date converter, which need the online site${onlineUrl ? `:\r\n${onlineUrl}` : ', wherever this copy was published.'}\r\n`;

/**
 * The offline copy as one ZIP (fflate): the files in the order given, inside
 * OFFLINE_FOLDER, dated `made` (in the local time ZIP readers expect). Deflate
 * level 6: level 9 takes twice as long for 0.04 % fewer bytes.
 */
export function offlineArchive(files: readonly { name: string; data: Uint8Array }[], made: Date): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const { name, data } of files) {
    const path = `${OFFLINE_FOLDER}/${name}`;
    if (path in entries) throw new Error(`offline copy: ${name} is packed twice`);
    entries[path] = data;
  }
  return zipSync(entries, { level: 6, mtime: made });
}
