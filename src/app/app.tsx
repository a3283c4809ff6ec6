/** Where the features meet: header, side panel (bottom sheet on phones) and the map. */
import { useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { DataIssuesButton, DataIssuesPanel } from '../curation/data-issues.tsx';
import { DataNotice } from '../curation/data-notice.tsx';
import { DistrictPanel } from '../districts/district-panel.tsx';
import { FilterPanel } from '../filters/filter-panel.tsx';
import { toExpression } from '../filters/to-expression.ts';
import { applyDocumentLanguage, createI18n } from '../i18n/i18n.ts';
import { Attribution } from '../map/attribution.tsx';
import { ImageryNotice } from '../map/imagery-notice.tsx';
import { MapView } from '../map/map-view.tsx';
import { ProjectList } from '../projects/project-list.tsx';
import { ProjectPassport } from '../projects/project-passport.tsx';
import { useAppStore } from '../store/app-store.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { ErrorFallback } from './error-fallback.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { useData } from './use-data.ts';
import { useUrlSync } from './use-url-sync.ts';

const i18n = createI18n(useAppStore.getState().ui.lang);

function PanelContent() {
  const selectedProjectId = useAppStore((s) => s.ui.selectedProjectId);
  const selectedDistrictId = useAppStore((s) => s.ui.selectedDistrictId);
  const issuesOpen = useAppStore((s) => s.ui.issuesOpen);
  if (issuesOpen) return <DataIssuesPanel />;
  if (selectedProjectId) return <ProjectPassport id={selectedProjectId} />;
  if (selectedDistrictId) return <DistrictPanel id={selectedDistrictId} />;
  return (
    <>
      <FilterPanel />
      <ProjectList />
    </>
  );
}

function FilteredMap() {
  const filters = useAppStore((s) => s.filters);
  const lang = useAppStore((s) => s.ui.lang);
  const lineFilter = useMemo(() => toExpression(filters, lang), [filters, lang]);
  return <MapView lineFilter={lineFilter} />;
}

function Shell() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.data.status);
  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <div className="header-tools">
          <DataIssuesButton />
          <LanguageSwitcher />
        </div>
      </header>
      <aside className="panel" aria-label={t('app.title')}>
        <DataNotice />
        {status === 'ready' && <PanelContent />}
      </aside>
      <main className="map-area">
        {status === 'loading' ? (
          <p className="loading" role="status">
            {t('app.loading')}
          </p>
        ) : (
          <ErrorBoundary fallback={() => <ErrorFallback />}>
            <FilteredMap />
          </ErrorBoundary>
        )}
        <ImageryNotice />
        <Attribution />
      </main>
    </div>
  );
}

export function App() {
  useData();
  useUrlSync();
  const lang = useAppStore((s) => s.ui.lang);
  useEffect(() => {
    void i18n.changeLanguage(lang);
    applyDocumentLanguage(lang);
    document.title = i18n.t('app.title');
  }, [lang]);
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallback={() => <ErrorFallback />}>
        <Shell />
      </ErrorBoundary>
    </I18nextProvider>
  );
}
