import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../data/load.ts';
import { useAppStore } from './app-store.ts';
import { selectFacetCounts, selectVisibleEntries, selectVisibleImagery } from './selectors.ts';
import { selectAsOfStatuses } from './timeline-selectors.ts';
import { shippedDataFetch } from '../../tests/fixture-files.ts';

beforeAll(async () => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.getState().setData(await loadData('/', shippedDataFetch));
});

const state = () => useAppStore.getState();
const AIRPORT = 'fuzuli-international-airport';

describe('the list and the counts on the timeline day (shipped data)', () => {
  it('carry each project status of the day and leave out projects not started', () => {
    state().setAsOf('2021-06-01');
    const visible = selectVisibleEntries(state());
    const statuses = selectAsOfStatuses(state());
    expect(visible.find((e) => e.id === AIRPORT)?.status).toBe('under-construction');
    const notStarted = [...statuses.values()].filter((s) => s === 'not-started').length;
    expect(notStarted).toBeGreaterThan(0);
    expect(visible).toHaveLength(state().data.projects.length - notStarted);
    const counts = selectFacetCounts(state());
    const sum = Object.values(counts.status).reduce((a, b) => a + b, 0);
    expect(sum).toBe(visible.length);
    expect(counts.status['not-started']).toBeUndefined();
    state().setAsOf('2022-01-01');
    expect(selectVisibleEntries(state()).find((e) => e.id === AIRPORT)?.status).toBe('completed');
    state().setAsOf(undefined);
    expect(selectVisibleEntries(state())).toHaveLength(state().data.projects.length);
  });

  it('show the day imagery, and in a comparison the day sets the after side unless one is given', () => {
    state().setAsOf('2021-06-01');
    expect(selectVisibleImagery(state()).base?.id).toBe('s2-2020');
    state().openCompare();
    expect(selectVisibleImagery(state()).after?.id).toBe('s2-2020');
    state().setAsOf('2023-06-01');
    expect(selectVisibleImagery(state()).after?.id).toBe('s2-2022');
    state().closeCompare();
    state().setAsOf(undefined);
    state().resetSession();
    state().setAsOf('2021-06-01');
    state().openCompare({ before: 's2-2016', after: 's2-2024' });
    expect(selectVisibleImagery(state()).after?.id).toBe('s2-2024');
  });
});
