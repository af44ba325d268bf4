/**
 * Re-chunking Pagefind's word index into smaller files.
 *
 * Pagefind 1.6 cuts its word index into chunks of about 20,000 word
 * locations (hard-coded, "TODO: Parameterize these chunk sizes"), some 27 KB
 * gzip each, and a search fetches every chunk its words fall in. On a book
 * this size that chunk is a quarter of a first search's bytes. Smaller chunks
 * hold the same words, so a search fetches only the few kilobytes around its
 * own words. This module reads Pagefind's files (gzip of "pagefind_dcd" + CBOR),
 * splits the sorted word list again, and writes chunks and the chunk table in
 * the same shapes Pagefind's own `chunk_index` and `chunk_meta` produce.
 *
 * This depends on Pagefind's file format, which is not documented and may
 * change in any release. So the re-cut runs only on the version it was
 * verified against (PAGEFIND_VERIFIED); any other stops the build, saying
 * what to check. To upgrade Pagefind, see the README ("Upgrading Pagefind").
 *
 * Pure functions over bytes; src/integrations/search-index.ts does the file work.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/** The CBOR values Pagefind's files use: unsigned and negative integers, text, arrays. */
export type Cbor = number | string | Cbor[];

const SIGNATURE = 'pagefind_dcd';

/** The Pagefind version whose file format this module was checked against, byte for byte. */
export const PAGEFIND_VERIFIED = '1.6.0';

/**
 * Throws unless `pagefind-entry.json` (its parsed content, from `file`) was
 * written by the verified Pagefind, naming what to check before trusting another.
 */
export function checkPagefindVersion(entry: unknown, file: string): void {
  const version = typeof entry === 'object' && entry !== null && 'version' in entry ? String(entry.version) : 'unknown';
  if (version !== PAGEFIND_VERIFIED) {
    throw new Error(
      `${file}: the search index was written by Pagefind ${version}, but its re-cut (src/lib/search-index.ts) was verified ` +
        `against Pagefind ${PAGEFIND_VERIFIED} only. Pagefind's index format is undocumented: before raising PAGEFIND_VERIFIED, ` +
        `compare Pagefind's src/index/mod.rs (chunk_index, chunk_meta) and its fragment and meta files with this module, ` +
        `then run npm test (search and budget specs). See README, "Upgrading Pagefind".`,
    );
  }
}

export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const width = info - 24;
    if (width === 0) return view.getUint8(at++);
    if (width === 1) return (at += 2), view.getUint16(at - 2);
    if (width === 2) return (at += 4), view.getUint32(at - 4);
    if (width === 3) return (at += 8), Number(view.getBigUint64(at - 8));
    throw new Error(`search index: unsupported CBOR length ${info} at byte ${at}`);
  };
  const item = (): Cbor => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const value = argument(head & 31);
    switch (major) {
      case 0:
        return value;
      case 1:
        return -1 - value;
      case 3:
        return text.decode(bytes.subarray(at, (at += value)));
      case 4:
        return Array.from({ length: value }, item);
      default:
        throw new Error(`search index: unsupported CBOR type ${major} at byte ${at - 1}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`search index: ${bytes.length - at} stray bytes after the CBOR value`);
  return value;
}

export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    else throw new Error(`search index: number ${n} too large`);
  };
  const put = (v: Cbor): void => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`search index: ${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const bytes = new TextEncoder().encode(v);
      head(3, bytes.length);
      for (const b of bytes) out.push(b);
    } else {
      head(4, v.length);
      v.forEach(put);
    }
  };
  put(value);
  return Uint8Array.from(out);
}

/** A Pagefind file's contents: gunzip, check the signature, decode. */
export function readPagefindFile(gz: Uint8Array, name: string): Cbor {
  const raw = gunzipSync(gz);
  if (Buffer.from(raw.subarray(0, SIGNATURE.length)).toString('latin1') !== SIGNATURE) {
    throw new Error(`search index: ${name} does not start with Pagefind's "${SIGNATURE}" signature`);
  }
  return decodeCbor(raw.subarray(SIGNATURE.length));
}

export function writePagefindFile(value: Cbor): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), encodeCbor(value)]), { level: 9 });
}

/** Pagefind's short content hash for a file name: its language prefix and 7 hex digits. */
export function chunkName(language: string, bytes: Uint8Array, taken: Set<string> = new Set(), digits = 7): string {
  const hex = createHash('sha1').update(bytes).digest('hex');
  let length = digits;
  while (taken.has(`${language}_${hex.slice(0, length)}`)) length++;
  return `${language}_${hex.slice(0, length)}`;
}

/**
 * A word entry: `[word, pages, variants]`, each page `[page, locations, meta locations]`,
 * each variant `[spelling, pages]`. Its weight is close to what Pagefind's chunker
 * counts: one per location (of the word and its variants) plus one per page.
 */
export function wordWeight(word: Cbor): number {
  const pages = (list: Cbor | undefined) =>
    (Array.isArray(list) ? list : []).reduce<number>((sum, page) => {
      const [, locations, metaLocations] = Array.isArray(page) ? page : [];
      const count = (x: Cbor | undefined) => (Array.isArray(x) ? x.length : 0);
      return sum + count(locations) + count(metaLocations) + 1;
    }, 0);
  if (!Array.isArray(word) || typeof word[0] !== 'string') throw new Error('search index: a word entry is not [word, pages, variants]');
  const variants = Array.isArray(word[2]) ? word[2] : [];
  return pages(word[1]) + variants.reduce<number>((sum, v) => sum + (Array.isArray(v) ? pages(v[1]) : 0), 0);
}

/** Splits the sorted word list into chunks of at least `target` weight, as Pagefind's chunk_index does. */
export function chunkWords(words: Cbor[], target: number): Cbor[][] {
  const chunks: Cbor[][] = [];
  let chunk: Cbor[] = [];
  let weight = 0;
  for (const word of words) {
    chunk.push(word);
    weight += wordWeight(word);
    if (weight >= target) {
      chunks.push(chunk);
      chunk = [];
      weight = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** The shortest prefixes that still tell two neighbouring words apart (Pagefind's get_prefixes). */
export function distinguishingPrefixes(a: string, b: string): [string, string] {
  const left = [...a];
  const right = [...b];
  let common = 0;
  while (common < left.length && common < right.length && left[common] === right[common]) common++;
  return [left.slice(0, common + 1).join(''), right.slice(0, common + 1).join('')];
}

/** The chunk table: for each chunk, the range of words it covers, narrowed at each boundary. */
export function chunkRanges(chunks: Cbor[][]): { from: string; to: string }[] {
  const wordOf = (w: Cbor | undefined) => (Array.isArray(w) && typeof w[0] === 'string' ? w[0] : '');
  const ranges = chunks.map((c) => ({ from: wordOf(c[0]), to: wordOf(c.at(-1)) }));
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [to, from] = distinguishingPrefixes(ranges[i]!.to, ranges[i + 1]!.from);
    ranges[i]!.to = to;
    ranges[i + 1]!.from = from;
  }
  return ranges;
}

/**
 * A page without the markup only Pagefind reads (`data-pagefind-*` attributes,
 * and the <meta> elements carrying other spellings for the index): once the
 * index is built, readers would download it for nothing (a kilobyte gzip on
 * a chapter page).
 */
export function stripIndexingMarkup(html: string): string {
  return html.replace(/<meta data-pagefind-meta="[^"]*">/g, '').replace(/ data-pagefind-[a-z-]+(?:="[^"]*")?/g, '');
}

/** Pagefind's per-page fragment: what a result shows (URL, text for the excerpt, meta, headings). */
interface Fragment {
  meta?: Record<string, string>;
  anchors?: { element: string }[];
  [key: string]: unknown;
}

/**
 * A fragment without what results never show: meta fields used only for
 * ranking (a chapter's other spellings, some 850 bytes gzip each) and anchors
 * that are not headings (sub-results are built from headings alone). Every
 * result loads its fragment, so this is paid five times per search.
 */
export function slimFragmentFile(gz: Uint8Array, name: string, rankingOnlyMeta: string[]): Buffer {
  const raw = gunzipSync(gz).toString('utf8');
  if (!raw.startsWith(SIGNATURE)) throw new Error(`search index: ${name} does not start with Pagefind's "${SIGNATURE}" signature`);
  return gzipSync(SIGNATURE + slimFragment(raw.slice(SIGNATURE.length), rankingOnlyMeta), { level: 9 });
}

export function slimFragment(json: string, rankingOnlyMeta: string[]): string {
  const fragment = JSON.parse(json) as Fragment;
  if (fragment.meta) for (const field of rankingOnlyMeta) delete fragment.meta[field];
  if (fragment.anchors) fragment.anchors = fragment.anchors.filter((a) => /^h[1-6]$/.test(a.element));
  return JSON.stringify(fragment);
}
