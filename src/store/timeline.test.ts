import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../data/load.ts';
import { useAppStore } from './app-store.ts';
import {
  selectAsOfFeatureProperties,
  selectAsOfStatuses,
  selectImageryAsOf,
  selectTimelineFamily,
} from './timeline-selectors.ts';
import { shippedDataFetch } from '../../tests/fixture-files.ts';

beforeAll(async () => {
  const data = await loadData('/', shippedDataFetch);
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.getState().setData(data);
});

afterEach(() => {
  const { setAsOf, setFamily } = useAppStore.getState();
  setAsOf(undefined);
  setFamily(undefined);
});

const state = () => useAppStore.getState();

describe('the timeline slice', () => {
  it('takes a day or today, and ignores anything else', () => {
    state().setAsOf('2021-06-01');
    expect(state().timeline.asOf).toBe('2021-06-01');
    for (const bad of ['2021', '2021-06', '2023-02-29', 'soon']) state().setAsOf(bad);
    expect(state().timeline.asOf).toBe('2021-06-01');
    state().setAsOf(undefined);
    expect(state().timeline.asOf).toBeUndefined();
  });
  it('is forgotten by the session reset', () => {
    state().setAsOf('2021-06-01');
    state().setFamily('wayback');
    state().resetSession();
    expect(state().timeline).toEqual({ asOf: undefined, family: undefined });
    expect(state().data.projects.length).toBeGreaterThan(150);
  });
});

describe('project statuses on the day (shipped data)', () => {
  const statusOf = (id: string) => selectAsOfStatuses(state()).get(id);

  it('follow Fuzuli airport through construction', () => {
    state().setAsOf('2021-06-01');
    expect(statusOf('fuzuli-international-airport')).toBe('under-construction');
    state().setAsOf('2022-01-01');
    expect(statusOf('fuzuli-international-airport')).toBe('completed');
  });
  it('are the curated statuses today', () => {
    const statuses = selectAsOfStatuses(state());
    for (const project of state().data.projects)
      expect(statuses.get(project.id)).toBe(project.properties.status);
  });
  it('leave nothing started in a liberated district before its return', () => {
    state().setAsOf('2020-06-01');
    const statuses = selectAsOfStatuses(state());
    const inShusha = state().data.projects.filter((p) => p.properties.districts.every((d) => d === 'AZ-SUS'));
    expect(inShusha.length).toBeGreaterThan(10);
    for (const project of inShusha) expect(statuses.get(project.id), project.id).toBe('not-started');
  });
  it('are recomputed only when the day or the data change', () => {
    state().setAsOf('2023-01-01');
    const first = selectAsOfStatuses(state());
    state().selectProject('fuzuli-international-airport');
    expect(selectAsOfStatuses(state())).toBe(first);
    expect(selectAsOfFeatureProperties(state())).toBe(selectAsOfFeatureProperties(state()));
    expect(selectAsOfFeatureProperties(state()).get('fuzuli-international-airport')).toEqual({
      status: 'completed',
      asOfConfirmed: '2021-10-27',
      asOfStart: '2021-01-01',
      asOfEnd: '2021-10-26',
      asOfEarliest: '2020-10-17',
    });
  });
});

describe('imagery on the day (shipped data)', () => {
  it('uses the default family, or the chosen one if the catalog has it', () => {
    expect(selectTimelineFamily(state())).toBe('s2-cloudless');
    state().setFamily('wayback');
    expect(selectTimelineFamily(state())).toBe('wayback');
    state().setFamily('nope');
    expect(selectTimelineFamily(state())).toBe('s2-cloudless');
  });
  it('shows the latest layer of the family not after the day', () => {
    expect(selectImageryAsOf(state())?.id).toBe('s2-2025');
    state().setAsOf('2021-06-01');
    expect(selectImageryAsOf(state())?.id).toBe('s2-2020');
    state().setFamily('wayback');
    expect(selectImageryAsOf(state())?.id).toBe('wayback-2020-12-16');
    state().setAsOf('2010-01-01');
    expect(selectImageryAsOf(state())).toBeUndefined();
  });
});
