/**
 * What every page's map area holds: the maps (behind an error boundary), the loading line, the imagery
 * notice, the legend and the attribution. The full app and the embed differ only in what they add.
 */
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Attribution } from '../imagery/attribution.tsx';
import { ImageryNotice } from '../imagery/imagery-notice.tsx';
import { CategoryLegend } from '../projects/category-legend.tsx';
import { useAppStore } from '../store/app-store.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { ErrorFallback } from './error-fallback.tsx';
import { selectLineFilter } from './line-filter.ts';
import { MapStack } from './map-stack.tsx';
import { firstIdleReached } from './start-up.ts';

/** `whenReady` is drawn after the legend once the data has loaded (the full app's timeline). */
export function MapAreaContent({ whenReady }: { whenReady?: ReactNode }) {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.data.status);
  // What floats over the map starts afresh for each kiosk visitor (the legend folded, the timeline as it
  // opens): keyed by the visit, as the side panel is. The maps themselves are kept.
  const visit = useAppStore((s) => s.kiosk.visit);
  return (
    <>
      {/* The map starts while the data loads: its WebGL, worker and imagery set-up overlap the fetch. */}
      <ErrorBoundary fallback={(retry) => <ErrorFallback retry={retry} />}>
        <MapStack selectLineFilter={selectLineFilter} onFirstIdle={firstIdleReached} />
      </ErrorBoundary>
      <Fragment key={visit}>
        {status === 'loading' && (
          <p className="loading" role="status">
            {t('app.loading')}
          </p>
        )}
        <ImageryNotice />
        {status === 'ready' && <CategoryLegend />}
        {status === 'ready' && whenReady}
        <Attribution />
      </Fragment>
    </>
  );
}
