import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fixtureFetch, fixtureText } from '../../tests/fixture-files.ts';
import { renderWithApp, resetStore } from '../../tests/render.tsx';
import { loadData } from '../data/load.ts';
import type { ProjectFeature } from '../data/schema.ts';
import { emptyFilters } from '../store/filter-slice.ts';
import { useAppStore } from '../store/app-store.ts';
import { ProjectList } from './project-list.tsx';

const NAMES = /^(Fixture [a-z]+|Sınaq [a-zəıçşğöü ]+?)(?=[A-ZÇŞÖÜİ,]|$)/;

const list = () => screen.getByRole('list', { name: 'Projects' });

/** The project names of the rows, in the order they are shown. */
function rowNames(name = 'Projects'): string[] {
  return within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => NAMES.exec(item.textContent ?? '')?.[1] ?? `?${item.textContent}`);
}

const row = (name: string) => within(list()).getByRole('button', { name: new RegExp(`^${name}`) });

/** What a download handed to the browser: the Blob and the file name. */
interface Download {
  blob: Blob;
  fileName: string;
}

let downloads: Download[];
let createObjectURL: Mock<(object: Blob | MediaSource) => string>;
let revokeObjectURL: Mock<(url: string) => void>;
const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;

async function text(blob: Blob): Promise<string> {
  // Blob.text() drops a byte-order mark; decode the bytes as they are.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

beforeEach(async () => {
  // jsdom lays nothing out (every clientHeight is 0), so the virtualised list would render no rows: give
  // elements the height of the list's viewport.
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(480);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(320);
  downloads = [];
  createObjectURL = vi.fn<(object: Blob | MediaSource) => string>(() => `blob:test/${downloads.length}`);
  revokeObjectURL = vi.fn<(url: string) => void>();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  // jsdom cannot navigate: record what the download link would have saved instead of following it.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = createObjectURL.mock.calls.at(-1)?.[0];
    if (blob instanceof Blob) downloads.push({ blob, fileName: this.download });
  });
  useAppStore.getState().setData(await loadData('/', fixtureFetch()));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
  resetStore();
});

describe('ProjectList', () => {
  it('is a list named Projects with one item per project', () => {
    renderWithApp(<ProjectList />);
    expect(screen.getByRole('region', { name: 'Projects' })).toBeInTheDocument();
    const items = within(list()).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items.map((item) => item.getAttribute('aria-setsize'))).toEqual(['4', '4', '4', '4']);
    expect(items.map((item) => item.getAttribute('aria-posinset'))).toEqual(['1', '2', '3', '4']);
  });

  it('shows status, district and years on each row', () => {
    renderWithApp(<ProjectList />);
    expect(row('Fixture airport')).toHaveTextContent('Completed · Fuzuli · 2021');
    expect(row('Fixture village')).toHaveTextContent('Under construction · Zangilan · since 2021');
    expect(row('Fixture mosque')).toHaveTextContent('Planned · Shusha · since 2025');
    expect(row('Fixture road')).toHaveTextContent('Completed · Fuzuli · 2020–2021');
  });

  it('sorts by name, status or start date', async () => {
    // Start dates that give each order its own result: the village started in 2019, the airport's start is unknown.
    const collection = JSON.parse(fixtureText('projects.geojson')) as {
      features: { id: string; properties: Record<string, unknown> }[];
    };
    for (const feature of collection.features) {
      if (feature.id === 'fixture-village') feature.properties.start = '2019';
      if (feature.id === 'fixture-airport') delete feature.properties.start;
    }
    useAppStore
      .getState()
      .setData(await loadData('/', fixtureFetch({ 'projects.geojson': JSON.stringify(collection) })));
    const user = userEvent.setup();
    renderWithApp(<ProjectList />);
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    expect(sort).toHaveValue('name');
    expect(rowNames()).toEqual(['Fixture airport', 'Fixture mosque', 'Fixture road', 'Fixture village']);

    await user.selectOptions(sort, 'Status');
    // Planned, under construction, completed; by name within a status.
    expect(rowNames()).toEqual(['Fixture mosque', 'Fixture village', 'Fixture airport', 'Fixture road']);

    await user.selectOptions(sort, 'Start date');
    // Newest first; a project without a start goes last.
    expect(rowNames()).toEqual(['Fixture mosque', 'Fixture road', 'Fixture village', 'Fixture airport']);

    await user.selectOptions(sort, 'Name');
    expect(rowNames()).toEqual(['Fixture airport', 'Fixture mosque', 'Fixture road', 'Fixture village']);
  });

  it('sorts by name in the current language', () => {
    renderWithApp(<ProjectList />, 'az');
    expect(rowNames('Layihələr')).toEqual([
      'Sınaq hava limanı',
      'Sınaq kəndi',
      'Sınaq məscidi',
      'Sınaq yolu',
    ]);
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setFilters({ ...emptyFilters, categories: ['water'], text: 'nothing' });
    renderWithApp(<ProjectList />);
    expect(screen.getByText('No projects match these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Projects' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'GeoJSON' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'CSV (spreadsheet)' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.queryByText('No projects match these filters.')).not.toBeInTheDocument();
    expect(rowNames()).toHaveLength(4);
    expect(useAppStore.getState().filters).toEqual(emptyFilters);
    expect(screen.getByRole('button', { name: 'GeoJSON' })).toBeEnabled();
  });

  it('opens a project and flies the map to it', async () => {
    const user = userEvent.setup();
    renderWithApp(<ProjectList />);
    await user.click(row('Fixture airport'));
    const { ui } = useAppStore.getState();
    expect(ui.selectedProjectId).toBe('fixture-airport');
    expect(ui.camera).toMatchObject({ kind: 'point', center: [47.196, 39.594], zoom: 12 });
  });

  it('flies to the middle of a route', async () => {
    const user = userEvent.setup();
    renderWithApp(<ProjectList />);
    await user.click(row('Fixture road'));
    const { ui } = useAppStore.getState();
    expect(ui.selectedProjectId).toBe('fixture-road');
    expect(ui.camera?.kind).toBe('point');
    const center = ui.camera?.kind === 'point' ? ui.camera.center : undefined;
    expect(center?.[0]).toBeCloseTo(47.1437, 3);
    expect(center?.[1]).toBeCloseTo(39.5982, 3);
  });

  it('asks for a new camera move each time a row is chosen, even the same one', async () => {
    const user = userEvent.setup();
    renderWithApp(<ProjectList />);
    await user.click(row('Fixture mosque'));
    const first = useAppStore.getState().ui.camera;
    await user.click(row('Fixture mosque'));
    const second = useAppStore.getState().ui.camera;
    expect(second).toMatchObject({ kind: 'point', center: [46.7525, 39.7587] });
    expect(second?.id).not.toBe(first?.id);
  });

  it('highlights the project of the row under the pointer or with the focus', async () => {
    const user = userEvent.setup();
    renderWithApp(<ProjectList />);
    await user.hover(row('Fixture village'));
    expect(useAppStore.getState().ui.hoveredProjectId).toBe('fixture-village');
    await user.unhover(row('Fixture village'));
    expect(useAppStore.getState().ui.hoveredProjectId).toBeUndefined();

    await user.tab(); // the sort select
    await user.tab(); // the first row
    expect(row('Fixture airport')).toHaveFocus();
    expect(useAppStore.getState().ui.hoveredProjectId).toBe('fixture-airport');
    await user.tab();
    expect(row('Fixture mosque')).toHaveFocus();
    expect(useAppStore.getState().ui.hoveredProjectId).toBe('fixture-mosque');
    await user.click(document.body);
    expect(useAppStore.getState().ui.hoveredProjectId).toBeUndefined();
  });

  it('downloads the listed projects as GeoJSON', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setFilters({ ...emptyFilters, districts: ['AZ-FUZ'] });
    renderWithApp(<ProjectList />);
    const group = screen.getByRole('group', { name: 'Download the listed projects' });
    await user.click(within(group).getByRole('button', { name: 'GeoJSON' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download?.fileName).toMatch(/^revival-atlas-projects-\d{4}-\d{2}-\d{2}\.geojson$/);
    expect(download?.blob.type).toBe('application/geo+json');
    const geojson = JSON.parse(await text(download?.blob ?? new Blob())) as {
      type: string;
      features: ProjectFeature[];
    };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((feature) => feature.id)).toEqual(['fixture-airport', 'fixture-road']);
    expect(geojson.features[0]).toEqual(useAppStore.getState().data.projectsById.get('fixture-airport'));
  });

  it('downloads the listed projects as CSV, in the current language', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setFilters({ ...emptyFilters, statuses: ['completed'] });
    renderWithApp(<ProjectList />, 'az');
    await user.click(screen.getByRole('button', { name: 'CSV (cədvəl)' }));
    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download?.fileName).toMatch(/^revival-atlas-projects-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(download?.blob.type).toBe('text/csv;charset=utf-8');
    const csv = await text(download?.blob ?? new Blob());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    const [header, ...rows] = lines.slice(0, -1);
    expect(header).toMatch(/^id,name,category,status,/);
    const columns = header?.split(',') ?? [];
    expect(columns).toContain('lon');
    expect(columns).toContain('lat');
    // Only the two completed projects, in the list's order, with their Azerbaijani names.
    expect(rows).toHaveLength(2);
    const cells = rows.map((line) =>
      Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])),
    );
    expect(cells.map((cell) => cell.id)).toEqual(['fixture-airport', 'fixture-road']);
    expect(cells.map((cell) => cell.name)).toEqual(['Sınaq hava limanı', 'Sınaq yolu']);
    expect(cells[0]).toMatchObject({ category: 'transport', status: 'completed', districts: 'Füzuli' });
    expect(cells[0]).toMatchObject({ lon: '47.196', lat: '39.594' });
    expect(Number(cells[1]?.lon)).toBeCloseTo(47.1437, 3);
    expect(Number(cells[1]?.lat)).toBeCloseTo(39.5982, 3);
  });

  it('lets the browser read the file before revoking its URL', () => {
    renderWithApp(<ProjectList />);
    // Testing Library's async wrapper waits on a real timer, so this one click is a synchronous event.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.click(screen.getByRole('button', { name: 'CSV (spreadsheet)' }));
    expect(downloads).toHaveLength(1);
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(revokeObjectURL).toHaveBeenCalledWith(createObjectURL.mock.results[0]?.value);
  });
});
