import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureFetch } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import { ProjectList } from '../projects/project-list.tsx';
import { useAppStore } from '../store/app-store.ts';
import { FilterPanel } from './filter-panel.tsx';

/** A fetch that answers `…/data/NAME` from the real data folder. */
function realDataFetch() {
  const folder = join(import.meta.dirname, '..', '..', 'data');
  return async (url: string): Promise<Response> =>
    new Response(readFileSync(join(folder, url.split('/').pop() ?? ''), 'utf8'), { status: 200 });
}

async function loadFixtures() {
  useAppStore.getState().setData(await loadData('/', fixtureFetch()));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A facet checkbox by its label; its accessible name is the label followed by the live count. */
function checkbox(label: string) {
  return screen.getByRole('checkbox', { name: new RegExp(`^${escape(label)},?\\s*\\d+$`) });
}

/** The live count shown next to a facet value. */
function countOf(label: string): number {
  const text = checkbox(label).closest('label')?.textContent ?? '';
  return Number(/(\d+)$/.exec(text)?.[1]);
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

describe('FilterPanel', () => {
  it('is a region named Filters with a search box and the result count', async () => {
    await loadFixtures();
    renderWithApp(<FilterPanel />);
    const panel = screen.getByRole('region', { name: 'Filters' });
    expect(within(panel).getByRole('searchbox', { name: 'Search projects' })).toHaveValue('');
    expect(resultCount()).toHaveTextContent('4 of 4 projects');
    expect(within(panel).getByRole('group', { name: 'Category' })).toBeInTheDocument();
    expect(within(panel).getByRole('group', { name: 'Status' })).toBeInTheDocument();
    expect(within(panel).getByRole('group', { name: 'District' })).toBeInTheDocument();
    expect(within(panel).getByRole('group', { name: 'Active in years' })).toBeInTheDocument();
    // Nothing is filtered yet: no chips and no clear-all action.
    expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
  });

  it('offers every category and status with its count', async () => {
    await loadFixtures();
    renderWithApp(<FilterPanel />);
    const categories = within(screen.getByRole('group', { name: 'Category' })).getAllByRole('checkbox');
    expect(categories).toHaveLength(12);
    expect(countOf('Housing')).toBe(1);
    expect(countOf('Transport')).toBe(1);
    expect(countOf('Energy')).toBe(1);
    expect(countOf('Heritage')).toBe(1);
    expect(countOf('Water')).toBe(0);
    expect(countOf('Planned')).toBe(1);
    expect(countOf('Under construction')).toBe(1);
    expect(countOf('Completed')).toBe(2);
  });

  it('lists the districts by name, leaving out neighbouring districts without projects', async () => {
    await loadFixtures();
    renderWithApp(<FilterPanel />);
    const group = screen.getByRole('group', { name: 'District' });
    const names = within(group)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent?.replace(/,?\s*\d+$/, ''));
    expect(names).toEqual(['Aghdam', 'Fuzuli', 'Jabrayil', 'Khankendi', 'Shusha', 'Zangilan']);
    expect(countOf('Fuzuli')).toBe(2);
    expect(countOf('Aghdam')).toBe(0);
  });

  it('counts each facet under the other filters', async () => {
    await loadFixtures();
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />);
    await user.click(checkbox('Completed'));
    expect(checkbox('Completed')).toBeChecked();
    // Category counts now honour the status filter…
    expect(countOf('Transport')).toBe(1);
    expect(countOf('Energy')).toBe(1);
    expect(countOf('Housing')).toBe(0);
    expect(countOf('Heritage')).toBe(0);
    // …but the status counts ignore it, so the other statuses still show what choosing them would add.
    expect(countOf('Planned')).toBe(1);
    expect(countOf('Under construction')).toBe(1);
    expect(countOf('Fuzuli')).toBe(2);
    expect(countOf('Zangilan')).toBe(0);
    expect(resultCount()).toHaveTextContent('2 of 4 projects');
  });

  it("does not drop a category's own count when it is checked", async () => {
    await loadFixtures();
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />);
    await user.click(checkbox('Housing'));
    expect(checkbox('Housing')).toBeChecked();
    expect(countOf('Housing')).toBe(1);
    expect(countOf('Transport')).toBe(1);
    expect(countOf('Completed')).toBe(0);
    expect(countOf('Under construction')).toBe(1);
    expect(resultCount()).toHaveTextContent('1 of 4 projects');
  });

  it('shows each active filter as a chip that removes it', async () => {
    await loadFixtures();
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />);
    await user.click(checkbox('Housing'));
    await user.click(checkbox('Completed'));
    await user.click(checkbox('Zangilan'));
    const chips = screen.getByRole('group', { name: 'Active filters' });
    expect(within(chips).getByRole('button', { name: 'Remove filter: Housing' })).toBeInTheDocument();
    expect(within(chips).getByRole('button', { name: 'Remove filter: Completed' })).toBeInTheDocument();
    expect(within(chips).getByRole('button', { name: 'Remove filter: Zangilan' })).toBeInTheDocument();
    expect(resultCount()).toHaveTextContent('0 of 4 projects');

    await user.click(screen.getByRole('button', { name: 'Remove filter: Housing' }));
    expect(screen.queryByRole('button', { name: 'Remove filter: Housing' })).not.toBeInTheDocument();
    expect(checkbox('Housing')).not.toBeChecked();
    expect(useAppStore.getState().filters.categories).toEqual([]);
    expect(checkbox('Completed')).toBeChecked();
    expect(checkbox('Zangilan')).toBeChecked();

    // Unchecking the box removes its chip too.
    await user.click(checkbox('Completed'));
    expect(screen.queryByRole('button', { name: 'Remove filter: Completed' })).not.toBeInTheDocument();
    expect(resultCount()).toHaveTextContent('1 of 4 projects');
  });

  it('shows the search text as a chip', async () => {
    await loadFixtures();
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />);
    await user.type(screen.getByRole('searchbox', { name: 'Search projects' }), ' airport ');
    expect(resultCount()).toHaveTextContent('1 of 4 projects');
    await user.click(screen.getByRole('button', { name: 'Remove filter: “airport”' }));
    expect(screen.getByRole('searchbox', { name: 'Search projects' })).toHaveValue('');
    expect(resultCount()).toHaveTextContent('4 of 4 projects');
  });

  it('clears every filter at once', async () => {
    await loadFixtures();
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />);
    await user.click(checkbox('Transport'));
    await user.click(checkbox('Completed'));
    await user.click(checkbox('Fuzuli'));
    await user.type(screen.getByRole('searchbox', { name: 'Search projects' }), 'Fixture');
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2021');
    expect(resultCount()).toHaveTextContent('1 of 4 projects');

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(resultCount()).toHaveTextContent('4 of 4 projects');
    expect(screen.getByRole('searchbox', { name: 'Search projects' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('');
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
    expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument();
    const { filters } = useAppStore.getState();
    expect(filters).toEqual({
      categories: [],
      statuses: [],
      districts: [],
      from: undefined,
      to: undefined,
      text: '',
    });
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

  it('puts a reversed year range in order', async () => {
    await loadFixtures();
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), '2020');
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2021');
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2020');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('2021');
    expect(resultCount()).toHaveTextContent('3 of 4 projects');
  });

  it('speaks Azerbaijani', async () => {
    await loadFixtures();
    const user = userEvent.setup();
    renderWithApp(<FilterPanel />, 'az');
    expect(screen.getByRole('region', { name: 'Filtrlər' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Layihələri axtar' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Kateqoriya' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Vəziyyət' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Rayon' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Başlanğıc' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Son' })).toBeInTheDocument();
    expect(resultCount()).toHaveTextContent('4 layihədən 4');
    expect(countOf('Tamamlanıb')).toBe(2);
    expect(countOf('Füzuli')).toBe(2);
    expect(countOf('Şuşa')).toBe(1);

    await user.click(checkbox('Mənzil'));
    expect(screen.getByRole('button', { name: 'Filtri götür: Mənzil' })).toBeInTheDocument();
    expect(resultCount()).toHaveTextContent('4 layihədən 1');
    await user.click(screen.getByRole('button', { name: 'Bütün filtrləri təmizlə' }));
    expect(resultCount()).toHaveTextContent('4 layihədən 4');
  });

  it('finds “Ağalı” in Azerbaijani when searching for Agali (real data)', async () => {
    useAppStore.getState().setData(await loadData('/', realDataFetch()));
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
