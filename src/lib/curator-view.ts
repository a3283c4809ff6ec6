/**
 * Whether the page was opened for a curator: `?issues=1` (checking the data) or `?edit=1` (the workbench).
 * Curator internals (source notes with Natural Earth codes, issue codes) show only then, and never at the
 * kiosk, whose visitors see what they understand.
 */
export function isCuratorView(search: string, kiosk: boolean): boolean {
  if (kiosk) return false;
  const params = new URLSearchParams(search);
  return params.get('issues') === '1' || params.get('edit') === '1';
}
