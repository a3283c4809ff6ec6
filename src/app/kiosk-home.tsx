/**
 * The kiosk as an exhibit: its home is the map with the scenes as cards, and a bar of a few large controls
 * (guided tour, compare, whole region, filters). The filters and the project list are a secondary panel that
 * the Filters control opens in place of the scenes; nothing there downloads a file or leaves the app.
 */
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../filters/filter-panel.tsx';
import { CompareButton } from '../imagery/compare-button.tsx';
import { SceneCards } from '../kiosk/scene-cards.tsx';
import { TourButton } from '../kiosk/tour-panel.tsx';
import { WholeRegionButton } from '../kiosk/whole-region-button.tsx';
import { ProjectList } from '../projects/project-list.tsx';
import { useAppStore, type AppState } from '../store/app-store.ts';
import { Panel } from '../ui/panel.tsx';
import { SIDE_PANEL_ID } from '../ui/page-ids.ts';
import { selectPanelView } from './panel-view.ts';

/** The secondary panel shows: it is open, and nothing the side panel puts first (a tour, a passport) covers it. */
const filtersShown = (state: AppState) => state.kiosk.filtersOpen && selectPanelView(state) === 'explore';

/** The side panel's home at the kiosk: the scenes, or the secondary panel of filters and projects. */
export function KioskHome() {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.kiosk.filtersOpen);
  const setFiltersOpen = useAppStore((s) => s.setFiltersOpen);
  if (!open) return <SceneCards />;
  return (
    <Panel
      className="kiosk-filters"
      title={t('kiosk.filters')}
      closeLabel={t('kiosk.closeFilters')}
      onClose={() => setFiltersOpen(false)}
    >
      <FilterPanel />
      <ProjectList />
    </Panel>
  );
}

/** Opens the secondary panel over whatever the side panel shows (a tour, a passport), or closes it. */
function FiltersButton() {
  const { t } = useTranslation();
  const shown = useAppStore(filtersShown);
  return (
    <button
      type="button"
      className="kiosk-action"
      aria-expanded={shown}
      aria-controls={SIDE_PANEL_ID}
      onClick={() => {
        const store = useAppStore.getState();
        if (shown) return store.setFiltersOpen(false);
        store.setTouring(false);
        store.selectProject(undefined);
        store.selectDistrict(undefined);
        store.setFiltersOpen(true);
      }}
    >
      {t('kiosk.filters')}
    </button>
  );
}

/** The kiosk's large controls, always on screen whatever the side panel shows. */
export function KioskActions() {
  const { t } = useTranslation();
  return (
    <nav className="kiosk-actions" aria-label={t('kiosk.controls')}>
      <TourButton />
      <CompareButton />
      <WholeRegionButton className="kiosk-action" />
      <FiltersButton />
    </nav>
  );
}
