import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../data/load.ts';
import { LANGUAGES } from '../data/schema.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectDatedEntries } from '../store/dated-entries.ts';
import { selectEntries } from '../store/selectors.ts';
import { shippedDataFetch } from '../../tests/fixture-files.ts';
import { datedOrder, sortEntries, type SortKey } from './sort-entries.ts';

beforeAll(async () => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.getState().setData(await loadData('/', shippedDataFetch));
});

const state = () => useAppStore.getState();
const KEYS: SortKey[] = ['name', 'status', 'date'];

describe('the list order on a timeline day (shipped data)', () => {
  it('is the sort of the day entries, from the index sorted once', () => {
    const index = selectEntries(state());
    for (const day of ['2020-06-01', '2021-06-01', '2022-01-01', '2024-03-15', undefined]) {
      state().setAsOf(day);
      const dated = selectDatedEntries(state());
      for (const key of KEYS) {
        for (const lang of LANGUAGES) {
          const sorted = sortEntries(index, key === 'status' ? 'name' : key, lang);
          const ids = (entries: readonly { id: string; status: string }[]) =>
            entries.map((entry) => `${entry.id}:${entry.status}`);
          expect(ids(datedOrder(sorted, dated, key)), `${day} ${key} ${lang}`).toEqual(
            ids(sortEntries(dated, key, lang)),
          );
        }
      }
    }
  });

  it('keeps each project entry of a status the same object from step to step', () => {
    state().setAsOf('2021-06-01');
    const first = new Map(selectDatedEntries(state()).map((entry) => [entry.id, entry]));
    state().setAsOf('2022-06-01');
    expect(selectDatedEntries(state()).length).not.toBe(first.size);
    state().setAsOf('2021-06-01');
    const again = selectDatedEntries(state());
    expect(again.length).toBe(first.size);
    for (const entry of again) expect(entry).toBe(first.get(entry.id));
    state().setAsOf(undefined);
  });
});
