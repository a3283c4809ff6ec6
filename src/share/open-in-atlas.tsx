/**
 * "Open in Revival Atlas": from an embed, the same view in the full app, in a new tab (the embedding page
 * stays where the reader left it).
 */
import { useTranslation } from 'react-i18next';
import { viewLink } from './share-links.ts';

interface Props {
  /** The address of what is on screen now (the page's own URL follows the store after a short delay). */
  viewHref: () => string;
}

export function OpenInAtlas({ viewHref }: Props) {
  const { t } = useTranslation();
  // The href is written again just before it is used (pointer, keyboard focus, a click), so the link
  // opens the view the reader has moved to, not the one the embed started with.
  const refresh = (event: { currentTarget: HTMLAnchorElement }) => {
    event.currentTarget.href = viewLink(viewHref());
  };
  return (
    <a
      className="open-in-atlas"
      href={viewLink(viewHref())}
      target="_blank"
      rel="noopener"
      onPointerDown={refresh}
      onFocus={refresh}
      onClick={refresh}
    >
      {t('share.openInAtlas')}
      <span className="visually-hidden"> ({t('share.newTab')})</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
