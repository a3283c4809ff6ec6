/** What the passport, the list and the legend say about a project's current district and a schematic route. */
import { renderHook, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { createI18n } from '../i18n/i18n.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectEntries } from '../store/selectors.ts';
import { CategoryLegend } from './category-legend.tsx';
import { ProjectPassport } from './project-passport.tsx';
import { useRowTexts } from './use-row-texts.ts';
import { shippedDataFetch } from '../../tests/fixture-files.ts';

beforeEach(async () => {
  useAppStore.getState().setData(await loadData('/', shippedDataFetch));
});
afterEach(resetStore);

describe('current district (Aghdara, re-created in 2023)', () => {
  it('is named in the passport with the boundary caveat and the polygon the map uses', () => {
    renderWithApp(<ProjectPassport id="talish-village" linksAllowed={false} />);
    const value = screen.getByText(/Aghdara district \(re-created 2023\); boundary not drawn/);
    const row = value.closest('dd');
    expect(row?.previousElementSibling).toHaveTextContent('Current district');
    expect(row).toHaveTextContent('By the law of December 5, 2023');
    expect(row).toHaveTextContent('polygon of Tartar');
    // At the kiosk the law's sources are text.
    expect(within(row as HTMLElement).queryByRole('link')).toBeNull();
    expect(within(row as HTMLElement).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('is not shown for a project in a district the polygons have', () => {
    renderWithApp(<ProjectPassport id="horadiz-aghband-railway" />);
    expect(screen.queryByText('Current district')).toBeNull();
  });

  it('replaces the polygon name in the list row, in Russian too', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={createI18n('ru')}>{children}</I18nextProvider>
    );
    useAppStore.getState().setLanguage('ru');
    const { result } = renderHook(() => useRowTexts(), { wrapper });
    const entries = selectEntries(useAppStore.getState());
    const talish = entries.find((entry) => entry.id === 'talish-village');
    const other = entries.find((entry) => entry.id === 'sugovushan-village');
    expect(talish && result.current.metaOf(talish)).toMatch(/^Агдере \(с 2023 г\.\) · /);
    expect(other && result.current.metaOf(other)).toMatch(/^Агдере/);
  });
});

describe('schematic routes', () => {
  it('the passport says a schematic route is schematic, and a site does not', () => {
    const { unmount } = renderWithApp(<ProjectPassport id="horadiz-aghband-railway" />);
    expect(screen.getByText(/^Schematic route:/)).toBeInTheDocument();
    unmount();
    renderWithApp(<ProjectPassport id="talish-village" />);
    expect(screen.queryByText(/^Schematic route:/)).toBeNull();
  });

  it('the legend has the schematic route entry only when one is in the data', () => {
    const { unmount } = renderWithApp(<CategoryLegend />);
    expect(screen.getByText('Schematic route (not the surveyed alignment)')).toBeInTheDocument();
    unmount();
    const { data, setData } = useAppStore.getState();
    setData({ ...data, projects: data.projects.filter((p) => p.properties.precision !== 'schematic') });
    renderWithApp(<CategoryLegend />);
    expect(screen.queryByText('Schematic route (not the surveyed alignment)')).toBeNull();
  });
});
