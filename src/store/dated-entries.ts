/**
 * The project index as of the timeline's day: each entry with its status on that day, and the projects not
 * started by then left out (they leave the list, the counts and the clustered markers). Today (no day) is
 * the index itself, so nothing is recomputed until a day is chosen.
 */
import { indexProjects, type ProjectEntry } from '../data/project-index.ts';
import { hasStarted, type AsOfStatus } from '../lib/as-of.ts';
import { memoLast } from '../lib/weak-memo.ts';
import type { AppState } from './app-store.ts';
import { selectAsOfStatusList } from './timeline-selectors.ts';

/**
 * An entry with another status, the same object every time it is asked for: a date step then hands the
 * list and the facets mostly the objects they had (no new object per project per step).
 */
const variants = new WeakMap<ProjectEntry, Partial<Record<AsOfStatus, ProjectEntry>>>();

function withStatus(entry: ProjectEntry, status: AsOfStatus): ProjectEntry {
  if (status === entry.status) return entry;
  let byStatus = variants.get(entry);
  if (!byStatus) {
    byStatus = {};
    variants.set(entry, byStatus);
  }
  return (byStatus[status] ??= { ...entry, status });
}

/** `statuses` in the entries' order (`selectAsOfStatusList`). */
export function datedEntries(
  entries: readonly ProjectEntry[],
  statuses: readonly AsOfStatus[],
): readonly ProjectEntry[] {
  const dated: ProjectEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as ProjectEntry;
    const status = statuses[i] ?? entry.status;
    if (hasStarted(status)) dated.push(withStatus(entry, status));
  }
  return dated;
}

const dated = memoLast(datedEntries);

export const selectDatedEntries = (state: AppState): readonly ProjectEntry[] =>
  state.timeline.asOf === undefined
    ? indexProjects(state.data.projects)
    : dated(indexProjects(state.data.projects), selectAsOfStatusList(state));
