/** Where the features meet: header, side panel (bottom sheet on phones) and the map. */
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { DataIssuesButton, DataIssuesPanel } from '../curation/data-issues.tsx';
import { DataNotice } from '../curation/data-notice.tsx';
import { applyDocumentLanguage, createI18n } from '../i18n/i18n.ts';
import { Attribution } from '../map/attribution.tsx';
import { ImageryNotice } from '../map/imagery-notice.tsx';
import { MapView } from '../map/map-view.tsx';
import { CategoryLegend } from '../projects/category-legend.tsx';
import { ProjectSummary } from '../projects/project-summary.tsx';
import { useAppStore } from '../store/app-store.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { ErrorFallback } from './error-fallback.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { useData } from './use-data.ts';
import { useUrlSync } from './use-url-sync.ts';

const i18n = createI18n(useAppStore.getState().ui.lang);

function Shell() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.data.status);
  const selectedProjectId = useAppStore((s) => s.ui.selectedProjectId);
  const issuesOpen = useAppStore((s) => s.ui.issuesOpen);
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
        {issuesOpen ? (
          <DataIssuesPanel />
        ) : selectedProjectId ? (
          <ProjectSummary id={selectedProjectId} />
        ) : (
          <>
            <p className="intro">{t('app.intro')}</p>
            <CategoryLegend />
          </>
        )}
      </aside>
      <main className="map-area">
        {status === 'loading' ? (
          <p className="loading" role="status">
            {t('app.loading')}
          </p>
        ) : (
          <ErrorBoundary fallback={() => <ErrorFallback />}>
            <MapView />
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
  }, [lang]);
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallback={() => <ErrorFallback />}>
        <Shell />
      </ErrorBoundary>
    </I18nextProvider>
  );
}
