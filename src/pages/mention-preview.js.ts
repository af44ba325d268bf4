/**
 * The mention previews' script (scripts/mention-preview.ts), compiled with
 * esbuild into a file of its own that the header loads on the first hover,
 * focus or touch of a mention. As a Vite chunk it would bring Vite's preload
 * helper into every page's script; as a file it costs a page nothing until
 * a reader asks for a preview.
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

export const GET: APIRoute = async () => {
  const result = await build({
    // From the project's root, where every build runs: this module itself is bundled elsewhere.
    entryPoints: [resolve('src/scripts/mention-preview.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('src/scripts/mention-preview.ts: esbuild produced no output');
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
