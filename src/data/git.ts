/**
 * When each content file last changed, from git: the date "Cite this page"
 * gives. Outside a git checkout (a copied folder, an unpacked archive) there
 * are no dates, and citations fall back to the day of the build.
 */
import { execFileSync } from 'node:child_process';
import { lastChangedFromGitLog } from '../lib/citation.ts';

/** Last-commit dates of the files under content/, by path from the project root. */
export function lastChangedDates(): Map<string, Date> {
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return lastChangedFromGitLog(log);
  } catch {
    return new Map();
  }
}
