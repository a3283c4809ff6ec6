/**
 * The links the Share control and the embed give out, as pure functions of the page's address. A shared
 * link carries the view (map, filters, comparison, date, language) and none of the parameters that belong
 * to one device or one tool.
 */

/** Parameters of a page that are not part of the view a person shares. */
const NOT_SHARED = ['embed', 'debug', 'kiosk', 'idle', 'edit', 'issues'];

/** `/` and `,` stay readable in links, as the app writes them (store/url-state.ts). */
function withSearch(url: URL, params: URLSearchParams): string {
  url.search = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  url.hash = '';
  return url.href;
}

/** The full app at the same view: what "Share" copies and what the embed's "Open" link opens. */
export function viewLink(href: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  for (const key of NOT_SHARED) params.delete(key);
  return withSearch(url, params);
}

/** The same view as an embed (`embed=1`), for another site's iframe. */
export function embedLink(href: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(new URL(viewLink(href)).search);
  params.set('embed', '1');
  return withSearch(url, params);
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The iframe code a site owner pastes. Full width of their column, a fixed height (an iframe cannot size
 * itself to its content across origins); the title names the frame for screen readers; lazy, so a map
 * far down an article does not load before the reader gets there.
 */
export function iframeCode(src: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="480" ` +
    `style="border:0" loading="lazy" allowfullscreen referrerpolicy="strict-origin-when-cross-origin">` +
    `</iframe>`
  );
}
