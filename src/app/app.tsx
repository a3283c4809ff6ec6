/** Where the features meet: header, side panel (bottom sheet on phones) and the map. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { MapProvider } from 'react-map-gl/maplibre';
import { DataIssuesButton, DataIssuesPanel } from '../curation/data-issues.tsx';
import { DataNotice } from '../curation/data-notice.tsx';
import { DistrictPanel } from '../districts/district-panel.tsx';
import { FilterPanel } from '../filters/filter-panel.tsx';
import { applyDocumentLanguage, createI18n, rememberLanguage } from '../i18n/i18n.ts';
import { CompareButton } from '../imagery/compare-button.tsx';
import { KioskController } from '../kiosk/kiosk-controller.tsx';
import { OperatorPanel } from '../kiosk/operator-panel.tsx';
import { QrHandoff } from '../kiosk/qr-handoff.tsx';
import { TourButton, TourPanel } from '../kiosk/tour-panel.tsx';
import { useKioskBoot } from '../kiosk/use-kiosk-boot.ts';
import { ProjectList } from '../projects/project-list.tsx';
import { ProjectPassport } from '../projects/project-passport.tsx';
import { TimelineControl } from '../timeline/timeline-control.tsx';
import { useAppStore, type AppState } from '../store/app-store.ts';
import { PROJECT_LIST_ID, SIDE_PANEL_ID } from '../ui/page-ids.ts';
import { SkipLink } from '../ui/skip-link.tsx';
import { ShareButton } from '../share/share-button.tsx';
import { AboutDataButton } from '../trust/about-data-button.tsx';
import { AboutDataPanel } from '../trust/about-data-panel.tsx';
import { SheetHandle, useSheet } from './bottom-sheet.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { EmbedShell } from './embed-shell.tsx';
import { ErrorFallback } from './error-fallback.tsx';
import { HeaderMenu } from './header-menu.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { MapAreaContent } from './map-area-content.tsx';
import { installWaitingUpdate } from './start-up.ts';
import { useData } from './use-data.ts';
import { useSearchPrefold } from './use-search-prefold.ts';
import { useLinkFraming } from './use-link-framing.ts';
import { currentViewHref, useUrlSync } from './use-url-sync.ts';

const i18n = createI18n(useAppStore.getState().ui.lang);

/** Curator mode: the workbench is a chunk of its own, fetched only when `?edit=1` asks for it. */
const EDIT_MODE = new URLSearchParams(window.location.search).get('edit') === '1';
const Workbench = lazy(() => import('../curation/workbench.tsx'));

/** Never at the kiosk, whatever the URL says. */
const workbenchShown = (state: AppState) => EDIT_MODE && !state.kiosk.enabled;

type PanelView = 'loading' | 'issues' | 'tour' | 'about' | 'project' | 'district' | 'explore';

/** What the side panel shows: one thing at a time. */
function selectPanelView(state: AppState): PanelView {
  if (state.data.status !== 'ready') return 'loading';
  if (state.ui.issuesOpen) return 'issues';
  // A marker tapped during the tour opens its passport: the tour waits beneath it, on its scene, and comes
  // back when the passport closes (TourPanel shows its scene again when it mounts).
  if (state.kiosk.touring) return state.ui.selectedProjectId ? 'project' : 'tour';
  if (state.trust.aboutOpen) return 'about';
  if (state.ui.selectedProjectId) return 'project';
  if (state.ui.selectedDistrictId) return 'district';
  return 'explore';
}

function PanelContent() {
  const view = useAppStore(selectPanelView);
  const selectedProjectId = useAppStore((s) => s.ui.selectedProjectId);
  const selectedDistrictId = useAppStore((s) => s.ui.selectedDistrictId);
  const kiosk = useAppStore((s) => s.kiosk.enabled);
  const workbench = useAppStore(workbenchShown);
  if (view === 'loading') return null;
  if (workbench)
    return (
      <Suspense fallback={null}>
        <Workbench />
      </Suspense>
    );
  if (view === 'issues') return <DataIssuesPanel />;
  if (view === 'tour') return <TourPanel />;
  if (view === 'about') return <AboutDataPanel linksAllowed={!kiosk} />;
  // At the kiosk sources are shown as text: nobody may leave the app.
  if (view === 'project' && selectedProjectId)
    return <ProjectPassport id={selectedProjectId} linksAllowed={!kiosk} />;
  if (view === 'district' && selectedDistrictId) return <DistrictPanel id={selectedDistrictId} />;
  return (
    <>
      <FilterPanel />
      <ProjectList />
    </>
  );
}

function Shell() {
  const { t } = useTranslation();
  const mapArea = useRef<HTMLElement>(null);
  const kiosk = useAppStore((s) => s.kiosk.enabled);
  // The skip link leads to the project list, or to the panel that shows instead of it (a passport, the
  // curator workbench).
  const listShown = useAppStore((s) => selectPanelView(s) === 'explore' && !workbenchShown(s));
  const panelOpen = useAppStore((s) => !['explore', 'loading'].includes(selectPanelView(s)));
  const panel = useRef<HTMLElement>(null);
  const sheet = useSheet(mapArea, panel, panelOpen);
  return (
    <div className="app" style={sheet.style}>
      {listShown ? (
        <SkipLink target={PROJECT_LIST_ID}>{t('app.skipToList')}</SkipLink>
      ) : (
        <SkipLink target={SIDE_PANEL_ID}>{t('app.skipToPanel')}</SkipLink>
      )}
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <HeaderMenu>
          <TourButton />
          <CompareButton />
          {/* At the kiosk the header is full; the panel itself shows no links there (linksAllowed). */}
          {!kiosk && <AboutDataButton />}
          {kiosk ? <QrHandoff /> : <DataIssuesButton />}
          <ShareButton viewHref={currentViewHref} />
          <LanguageSwitcher />
        </HeaderMenu>
      </header>
      <aside
        ref={panel}
        id={SIDE_PANEL_ID}
        className={`panel ${sheet.className}`}
        aria-label={t('app.title')}
        tabIndex={-1}
      >
        {/* Phones: the panel is a bottom sheet; its handle (hidden on wider screens) moves it. */}
        <SheetHandle heights={sheet.heights} drag={sheet.drag} setDrag={sheet.setDrag} />
        <DataNotice />
        <PanelContent />
      </aside>
      <main className="map-area" ref={mapArea}>
        <MapAreaContent whenReady={<TimelineControl />} />
      </main>
      {kiosk && (
        <>
          <KioskController onSessionReset={installWaitingUpdate} />
          <OperatorPanel />
        </>
      )}
    </div>
  );
}

/** Whether the first URL named a language (then the kiosk does not switch to its default). */
const LANG_FROM_URL = new URLSearchParams(window.location.search).has('lang');

export function App() {
  useData();
  useUrlSync();
  useLinkFraming();
  useSearchPrefold();
  useKioskBoot(LANG_FROM_URL);
  const lang = useAppStore((s) => s.ui.lang);
  const embed = useAppStore((s) => s.ui.embed);
  useEffect(() => {
    void i18n.changeLanguage(lang);
    applyDocumentLanguage(lang);
    // The kiosk starts each visitor in its own language; an embed takes the language of its link.
    const { kiosk, ui } = useAppStore.getState();
    if (!kiosk.enabled && !ui.embed) rememberLanguage(lang);
    document.title = i18n.t('app.title');
  }, [lang]);
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallback={(retry) => <ErrorFallback retry={retry} />}>
        <MapProvider>{embed ? <EmbedShell /> : <Shell />}</MapProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
