/**
 * `?embed=1`: the reduced atlas another site shows in an iframe — a title bar with "Open in Revival
 * Atlas", the map (with the comparison when the link names one, and its toolbar), the imagery notice and
 * the attribution. No filter panel, no list, no Share, no data-issues button; start-up.ts registers no
 * service worker. Which sites may frame it is the deployment's `frame-ancestors` (deploy/README.md).
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Attribution } from '../imagery/attribution.tsx';
import { ImageryNotice } from '../imagery/imagery-notice.tsx';
import { CategoryLegend } from '../projects/category-legend.tsx';
import { OpenInAtlas } from '../share/open-in-atlas.tsx';
import { useAppStore, type AppState } from '../store/app-store.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { ErrorFallback } from './error-fallback.tsx';
import { MapStack } from './map-stack.tsx';
import { firstIdleReached } from './start-up.ts';
import { currentViewHref } from './use-url-sync.ts';
import './embed.css';

interface Props {
  selectLineFilter: (state: AppState) => FilterSpecification;
  /**
   * The timeline's control (src/timeline), when a link sets a date: its own row under the map, which
   * takes no room while empty.
   */
  timeline?: ReactNode;
}

export function EmbedShell({ selectLineFilter, timeline }: Props) {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.data.status);
  return (
    <div className="app embed">
      <header className="embed-bar">
        <h1>{t('app.title')}</h1>
        <OpenInAtlas viewHref={currentViewHref} />
      </header>
      <main className="map-area">
        <ErrorBoundary fallback={(retry) => <ErrorFallback retry={retry} />}>
          <MapStack selectLineFilter={selectLineFilter} onFirstIdle={firstIdleReached} />
        </ErrorBoundary>
        {status === 'loading' && (
          <p className="loading" role="status">
            {t('app.loading')}
          </p>
        )}
        <ImageryNotice />
        {status === 'ready' && <CategoryLegend />}
        <Attribution />
      </main>
      {timeline && <div className="embed-timeline">{timeline}</div>}
    </div>
  );
}
