/**
 * The one inline script: it runs before first paint, so that a stored theme
 * or calendar order never flashes the other one, and so that notes meant
 * only for readers without JavaScript never show. Its hash is in every
 * page's CSP (astro.config.mjs), in the <meta> and in the _headers file alike.
 */
import { createHash } from 'node:crypto';

export const PRE_PAINT = `document.documentElement.classList.add('js');try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t;const c=localStorage.getItem('calendar');if(c==='os'||c==='ns')document.documentElement.dataset.calendar=c;}catch{}`;

/** The script's CSP source, `sha256-…` (Astro adds the quotes). */
export const PRE_PAINT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(PRE_PAINT, 'utf8').digest('base64')}`;
