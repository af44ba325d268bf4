/**
 * The offline copy's one script (src/lib/offline.ts puts it in every page as
 * a classic script, since browsers run no module scripts from a folder): the
 * theme and calendar-order toggles, the copy buttons, and the mention
 * previews, which read the page's own preview data instead of fetching it.
 */
import { defineFurniture } from './furniture.ts';
import { bindMentionPreviews } from './mention-preview.ts';

defineFurniture();
bindMentionPreviews();
