/**
 * Link previews (Open Graph, Twitter/X cards) for index.html. Title, description and type are static in
 * index.html; what needs the site's absolute address — the page URL and the preview image — comes from
 * the SITE_URL setting at build time (scrapers do not resolve relative image URLs). Without SITE_URL the
 * page still has a title and description, and the card is a plain "summary" with no image.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The preview image in public/: a screenshot of the atlas, 1200 × 630 (scripts/og-image.ts makes it). */
export const PREVIEW_IMAGE = { file: 'og-image.png', width: 1200, height: 630 } as const;
const IMAGE_ALT =
  'The Revival Atlas: a map of the districts of Karabakh and East Zangezur with reconstruction projects';

/** The site's address as a folder URL (`https://host/path/`), or an error saying what is wrong. */
export function parseSiteUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL="${value}" is not an absolute URL such as https://atlas.example.org/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL="${value}" must be an http(s) address`);
  if (url.search || url.hash) throw new Error(`SITE_URL="${value}" must have no query or fragment`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

const meta = (key: string, content: string, attribute: 'property' | 'name'): HtmlTagDescriptor => ({
  tag: 'meta',
  attrs: { [attribute]: key, content },
  injectTo: 'head',
});

/** The tags that depend on the site's address (all of them absent without one, but the card type). */
export function socialTags(siteUrl: string | undefined): HtmlTagDescriptor[] {
  if (!siteUrl) return [meta('twitter:card', 'summary', 'name')];
  const site = parseSiteUrl(siteUrl);
  const image = new URL(PREVIEW_IMAGE.file, site).href;
  return [
    meta('og:url', site.href, 'property'),
    meta('og:image', image, 'property'),
    meta('og:image:type', 'image/png', 'property'),
    meta('og:image:width', String(PREVIEW_IMAGE.width), 'property'),
    meta('og:image:height', String(PREVIEW_IMAGE.height), 'property'),
    meta('og:image:alt', IMAGE_ALT, 'property'),
    meta('twitter:card', 'summary_large_image', 'name'),
    meta('twitter:image', image, 'name'),
    meta('twitter:image:alt', IMAGE_ALT, 'name'),
  ];
}

/** Adds the address-dependent preview tags to index.html at build time, from SITE_URL. */
export function socialMetaPlugin(siteUrl = process.env.SITE_URL): Plugin {
  const tags = socialTags(siteUrl || undefined);
  return {
    name: 'revival-atlas:social-meta',
    apply: 'build',
    buildStart() {
      if (!siteUrl)
        this.warn('SITE_URL is not set: link previews get a title and a description but no image');
    },
    transformIndexHtml: () => tags,
  };
}
