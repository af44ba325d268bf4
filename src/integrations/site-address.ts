/**
 * Says once, plainly, when a build has no address (SITE_URL): canonical
 * links, the sitemap, citations and the offline copy's notes then give paths
 * or say where the site is published, never a made-up address.
 */
import type { AstroIntegration } from 'astro';

export const NO_ADDRESS_WARNING =
  'SITE_URL is not set, so this build knows no address of its own: it has no canonical links or sitemap, and citations and the offline copy give page paths instead of addresses. Set SITE_URL to the address the site will be published at (README.md, "Hosting it anywhere").';

export default function siteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (!config.site) logger.warn(NO_ADDRESS_WARNING);
      },
    },
  };
}
