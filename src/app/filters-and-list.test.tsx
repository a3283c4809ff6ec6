/** The filter panel and the project list together, as the side panel shows them: features meet in app/. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { FilterPanel } from '../filters/filter-panel.tsx';
import { ProjectList } from '../projects/project-list.tsx';
import { useAppStore } from '../store/app-store.ts';
import { shippedDataFetch } from '../../tests/fixture-files.ts';

async function loadFixtures() {
  useAppStore.getState().setData(await loadData('/', fixtureFetch()));
}

const NAMES = /^(Fixture [a-z]+|Sınaq [a-zəıçşğöü ]+?)(?=[A-ZÇŞÖÜİ,]|$)/;

const list = () => screen.getByRole('list', { name: 'Projects' });

/** The project names of the rows, in the order they are shown. */
function rowNames(name = 'Projects'): string[] {
  return within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => NAMES.exec(item.textContent ?? '')?.[1] ?? `?${item.textContent}`);
}

const resultCount = () => screen.getByRole('status');

// jsdom lays nothing out (every clientHeight is 0), so the virtualised project list would render no rows:
// give elements the height of the list's viewport.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(480);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(320);
});
afterEach(() => {
  vi.restoreAllMocks();
  resetStore();
});

describe('the filter panel with the project list', () => {
  it('the list follows the filters', async () => {
    await loadFixtures();
    const user = userEvent.setup();
    renderWithApp(
      <>
        <FilterPanel />
        <ProjectList />
      </>,
    );
    await user.click(screen.getByRole('checkbox', { name: /^Completed,?\s*\d+$/ }));
    expect(rowNames()).toEqual(['Fixture airport', 'Fixture road']);
    expect(
      within(list())
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-setsize')),
    ).toEqual(['2', '2']);
    await user.click(screen.getByRole('checkbox', { name: /^Fuzuli,?\s*\d+$/ }));
    expect(rowNames()).toEqual(['Fixture airport', 'Fixture road']);
    await user.type(screen.getByRole('searchbox', { name: 'Search projects' }), 'road');
    expect(rowNames()).toEqual(['Fixture road']);
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(rowNames()).toHaveLength(4);
  });
  it('filters to the projects active in a range of years', async () => {
    await loadFixtures();
    const user = userEvent.setup();
    renderWithApp(
      <>
        <FilterPanel />
        <ProjectList />
      </>,
    );
    const from = screen.getByRole('combobox', { name: 'From' });
    const to = screen.getByRole('combobox', { name: 'To' });
    // The years run from the earliest start in the data (the road, 2020) to at least this year.
    const years = within(from)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(years[0]).toBe('Any');
    expect(years[1]).toBe('2020');
    expect(years.at(-1)).toBe(String(Math.max(2025, new Date().getFullYear())));

    // From 2024: the village (still under construction) and the mosque (planned from 2025).
    await user.selectOptions(from, '2024');
    expect(resultCount()).toHaveTextContent('2 of 4 projects');
    const list = () =>
      within(screen.getByRole('list', { name: 'Projects' }))
        .getAllByRole('listitem')
        .map((item) => /^Fixture [a-z]+/.exec(item.textContent ?? '')?.[0]);
    expect(list()).toEqual(['Fixture mosque', 'Fixture village']);
    expect(screen.getByRole('button', { name: 'Remove filter: 2024–…' })).toBeInTheDocument();

    // 2021 to 2021: the airport, the village and the road (done in 2021), not the mosque.
    await user.selectOptions(from, '2021');
    await user.selectOptions(to, '2021');
    expect(resultCount()).toHaveTextContent('3 of 4 projects');
    expect(list()).toEqual(['Fixture airport', 'Fixture road', 'Fixture village']);

    // Up to 2020: only the road had started.
    await user.selectOptions(from, 'Any');
    await user.selectOptions(to, '2020');
    expect(resultCount()).toHaveTextContent('1 of 4 projects');
    expect(list()).toEqual(['Fixture road']);
    expect(screen.getByRole('button', { name: 'Remove filter: …–2020' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove filter: …–2020' }));
    expect(to).toHaveValue('');
    expect(resultCount()).toHaveTextContent('4 of 4 projects');
  });
  it('finds “Ağalı” in Azerbaijani when searching for Agali (real data)', async () => {
    useAppStore.getState().setData(await loadData('/', shippedDataFetch));
    const user = userEvent.setup();
    renderWithApp(
      <>
        <FilterPanel />
        <ProjectList />
      </>,
      'az',
    );
    const total = useAppStore.getState().data.projects.length;
    // Issue 16: at least 150 projects.
    expect(total).toBeGreaterThanOrEqual(150);
    await user.type(screen.getByRole('searchbox', { name: 'Layihələri axtar' }), 'Agali');
    const items = within(screen.getByRole('list', { name: 'Layihələr' })).getAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(resultCount()).toHaveTextContent(`${total} layihədən ${items.length}`);
    expect(items.some((item) => item.textContent?.startsWith('Ağalı ağıllı kəndi'))).toBe(true);
    for (const item of items) expect(item.textContent).not.toMatch(/^Şuşa/);
    // The same words in English transliteration find the same projects.
    await user.clear(screen.getByRole('searchbox', { name: 'Layihələri axtar' }));
    await user.type(screen.getByRole('searchbox', { name: 'Layihələri axtar' }), 'Ağalı');
    expect(within(screen.getByRole('list', { name: 'Layihələr' })).getAllByRole('listitem')).toHaveLength(
      items.length,
    );
  });
});
