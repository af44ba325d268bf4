/**
 * What a page costs over the network: every response it receives, weighed
 * as a gzip-serving host would send it. Shared by the budget spec and the
 * benchmark (scripts/bench/), so both count bytes the same way.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from '@playwright/test';

export interface Weighed {
  url: string;
  type: string;
  /** The body gzipped (level 9), or as is if that is smaller (already compressed). */
  bytes: number;
  /** For HTML: the gzip weight of its inline scripts, which run before any interaction. */
  inlineScriptBytes: number;
}

const gzipped = (body: Buffer) => Math.min(body.length, gzipSync(body, { level: 9 }).length);

async function weigh(response: Response): Promise<Weighed> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const type = response.headers()['content-type'] ?? '';
  const inline = type.includes('html')
    ? [...body.toString('utf8').matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('')
    : '';
  return { url: response.url(), type, bytes: gzipped(body), inlineScriptBytes: inline ? gzipped(Buffer.from(inline)) : 0 };
}

/** The site icon, which browsers fetch when they like (after the load event, again on a change of address). */
const isIcon = (url: string) => /\/favicon\.(svg|ico|png)$/.test(new URL(url).pathname);

/** Starts recording every response the page receives (the icon aside); the function returned gives them, weighed. */
export function recordResponses(page: Page): () => Promise<Weighed[]> {
  const seen: Promise<Weighed>[] = [];
  page.on('response', (response) => {
    if (!isIcon(response.url())) seen.push(weigh(response));
  });
  return () => Promise.all(seen);
}

/** The sum of what the responses weigh. */
export const totalBytes = (responses: readonly Weighed[]) => responses.reduce((sum, r) => sum + r.bytes, 0);

/**
 * A first visit to `path` (in a fresh context: nothing cached), until the page has loaded,
 * its scripts have run to an idle moment, and every request they started has finished: what
 * a reader's browser fetches before they do anything. The function returned gives those
 * responses (the icon aside), and any that come later.
 */
export async function firstVisit(page: Page, path: string) {
  const responses = recordResponses(page);
  const pending = new Set<Request>();
  page.on('request', (request) => !isIcon(request.url()) && pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  await page.goto(path);
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
  // No await between the check and the wait, so no request can finish unseen in between.
  while (pending.size) await Promise.race([page.waitForEvent('requestfinished'), page.waitForEvent('requestfailed')]);
  return responses;
}
