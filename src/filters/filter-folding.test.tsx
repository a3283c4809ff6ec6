import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { useAppStore } from '../store/app-store.ts';
import { FilterPanel, FOLDING_QUERY } from './filter-panel.tsx';

/** A screen of the one-column panel (e.g. 1280 × 800): the folding query matches, nothing else. */
function matchFoldingScreen() {
  vi.stubGlobal(
    'matchMedia',
    (query: string): Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'> => ({
      matches: query === FOLDING_QUERY,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  );
}

beforeEach(async () => {
  matchFoldingScreen();
  useAppStore.getState().setData(await loadData('/', fixtureFetch()));
});
afterEach(() => {
  vi.unstubAllGlobals();
  resetStore();
});

describe('FilterPanel on a one-column desktop', () => {
  it('folds each group to a button that says what is chosen, and opens it', async () => {
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />);
    const panel = screen.getByRole('region', { name: 'Filters' });
    for (const name of ['Category', 'Status', 'District', 'Active in years']) {
      expect(within(panel).queryByRole('group', { name })).not.toBeInTheDocument();
    }
    const category = within(panel).getByRole('button', { name: 'Category All' });
    expect(category).toHaveAttribute('aria-expanded', 'false');
    expect(within(panel).getByRole('button', { name: 'Active in years Any' })).toBeInTheDocument();

    await user.click(category);
    expect(category).toHaveAttribute('aria-expanded', 'true');
    const group = within(panel).getByRole('group', { name: 'Category' });
    expect(category).toHaveAttribute('aria-controls', group.id);
    await user.click(within(group).getByRole('checkbox', { name: /^Housing/ }));
    await user.click(within(group).getByRole('checkbox', { name: /^Energy/ }));
    await user.click(category);
    expect(category).toHaveAttribute('aria-expanded', 'false');
    expect(category).toHaveAccessibleName('Category Housing or Energy');
  });

  it('keeps the groups the visitor opened open while a passport shows instead of the panel; a reset folds them', async () => {
    const user = userEvent.setup();
    // As the side panel does: the filters give way to a project's passport and come back when it closes.
    function SidePanel() {
      const project = useAppStore((s) => s.ui.selectedProjectId);
      return project ? <article>{project}</article> : <FilterPanel />;
    }
    renderWithApp(<SidePanel />);
    await user.click(screen.getByRole('button', { name: /^Category/ }));
    await user.click(screen.getByRole('button', { name: /^Active in years/ }));
    act(() => useAppStore.getState().selectProject('fixture-village'));
    expect(screen.queryByRole('region', { name: 'Filters' })).not.toBeInTheDocument();
    act(() => useAppStore.getState().selectProject(undefined));
    expect(screen.getByRole('button', { name: /^Category/ })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Category' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Active in years/ })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: /^Status/ })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Status' })).not.toBeInTheDocument();

    act(() => useAppStore.getState().resetSession());
    expect(screen.getByRole('button', { name: /^Category/ })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: /^Active in years/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('keeps the groups open at the kiosk', () => {
    useAppStore.getState().enableKiosk(undefined);
    renderWithApp(<FilterPanel />);
    expect(screen.getByRole('group', { name: 'Category' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Category/ })).not.toBeInTheDocument();
  });

  it('speaks Arabic, its choices joined in Arabic', async () => {
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />, 'ar');
    const category = screen.getByRole('button', { name: 'الفئة الكل' });
    await user.click(category);
    await user.click(screen.getByRole('checkbox', { name: /^الإسكان/ }));
    await user.click(screen.getByRole('checkbox', { name: /^الطاقة/ }));
    expect(category).toHaveAccessibleName(/^الفئة الإسكان أو الطاقة$/);
  });
});
