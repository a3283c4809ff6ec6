/**
 * `?embed=1`: the reduced atlas another site shows in an iframe — a title bar with "Open in Revival
 * Atlas", the map (with the comparison when the link names one, and its toolbar), the imagery notice and
 * the attribution. No filter panel, no list, no Share, no data-issues button; start-up.ts registers no
 * service worker. Which sites may frame it is the deployment's `frame-ancestors` (deploy/README.md).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OpenInAtlas } from '../share/open-in-atlas.tsx';
import { MapAreaContent } from './map-area-content.tsx';
import { currentViewHref } from './use-url-sync.ts';
import './embed.css';

interface Props {
  /**
   * The timeline's control (src/timeline), when a link sets a date: its own row under the map, which
   * takes no room while empty.
   */
  timeline?: ReactNode;
}

export function EmbedShell({ timeline }: Props) {
  const { t } = useTranslation();
  return (
    <div className="app embed">
      <header className="embed-bar">
        <h1>{t('app.title')}</h1>
        <OpenInAtlas viewHref={currentViewHref} />
      </header>
      <main className="map-area">
        <MapAreaContent />
      </main>
      {timeline && <div className="embed-timeline">{timeline}</div>}
    </div>
  );
}
