/**
 * The project index as of the timeline's day: each entry with its status on that day, and the projects not
 * started by then left out (they leave the list, the counts and the clustered markers). Today (no day) is
 * the index itself, so nothing is recomputed until a day is chosen.
 */
import { indexProjects, type ProjectEntry } from '../data/project-index.ts';
import { hasStarted, type AsOfStatus } from '../lib/as-of.ts';
import { memoLast } from '../lib/weak-memo.ts';
import type { AppState } from './app-store.ts';
import { selectAsOfStatuses } from './timeline-selectors.ts';

export function datedEntries(
  entries: readonly ProjectEntry[],
  statuses: ReadonlyMap<string, AsOfStatus>,
): readonly ProjectEntry[] {
  const dated: ProjectEntry[] = [];
  for (const entry of entries) {
    const status = statuses.get(entry.id) ?? entry.status;
    if (!hasStarted(status)) continue;
    dated.push(status === entry.status ? entry : { ...entry, status });
  }
  return dated;
}

const dated = memoLast(datedEntries);

export const selectDatedEntries = (state: AppState): readonly ProjectEntry[] =>
  state.timeline.asOf === undefined
    ? indexProjects(state.data.projects)
    : dated(indexProjects(state.data.projects), selectAsOfStatuses(state));
