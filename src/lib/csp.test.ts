import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { pruneCspHashes } from './csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const script = 'document.documentElement.classList.add("js")';
const style = '.a{color:red}';
const other = 'console.log("another page")';
const page = (policy: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><script>${script}</script><style>${style}</style><script type="module" src="/x.js"></script></head></html>`;

describe('pruneCspHashes()', () => {
  test("keeps the hashes of the page's own inline code and drops the others", () => {
    const policy = `default-src 'self'; script-src 'self' ${hash(script)} ${hash(other)}; style-src 'self' ${hash(style)} ${hash('.b{}')}`;
    expect(pruneCspHashes(page(policy), 'dist/a/index.html')).toContain(
      `content="default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)}"`,
    );
  });

  test('stops on a page without a policy, naming the file', () => {
    expect(() => pruneCspHashes('<p>no policy</p>', 'dist/a/index.html')).toThrow(
      'dist/a/index.html: no <meta http-equiv="content-security-policy" content="…"> as Astro writes it',
    );
  });

  test('keeps sources that are not hashes', () => {
    const policy = `script-src 'self' 'wasm-unsafe-eval' ${hash(other)}`;
    expect(pruneCspHashes(page(policy), 'dist/a/index.html')).toContain(`content="script-src 'self' 'wasm-unsafe-eval'"`);
  });
});
