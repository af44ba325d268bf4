/** The files of a finished build, for the steps that run after it (astro:build:done). */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as a path relative to it with forward slashes, sorted. */
export async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML page under `dir`, as absolute paths. */
export const htmlFiles = async (dir: string) => (await builtFiles(dir)).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
