/** The list's orders: by name in the visitor's language, by status, or newest first. */
import type { ProjectEntry } from '../data/project-index.ts';
import type { Language } from '../data/schema.ts';
import { AS_OF_STATUSES } from '../lib/as-of.ts';
import { localized } from '../lib/localized.ts';

export type SortKey = 'name' | 'status' | 'date';

export function sortEntries(entries: readonly ProjectEntry[], key: SortKey, lang: Language): ProjectEntry[] {
  const name = (entry: ProjectEntry) => localized(entry.project.properties.name, lang);
  const collator = new Intl.Collator(lang);
  const byName = (a: ProjectEntry, b: ProjectEntry) => collator.compare(name(a), name(b));
  const sorted = [...entries];
  if (key === 'name') return sorted.sort(byName);
  if (key === 'status') {
    return sorted.sort(
      (a, b) => AS_OF_STATUSES.indexOf(a.status) - AS_OF_STATUSES.indexOf(b.status) || byName(a, b),
    );
  }
  // Newest first; projects without a start date go last.
  const start = (entry: ProjectEntry) => entry.project.properties.start ?? '';
  return sorted.sort((a, b) => start(b).localeCompare(start(a)) || byName(a, b));
}

/**
 * The dated entries (store/dated-entries.ts) in the order of `sorted`, the whole index sorted by `key` (by
 * name for `status`): the same order as `sortEntries(dated, key, lang)`, in linear time. A step of the
 * timeline changes statuses, not names or start dates, so the collator sort is not redone per step; the order
 * by status is the order by name grouped by status (stably, so names stay in order inside a group).
 */
export function datedOrder(
  sorted: readonly ProjectEntry[],
  dated: readonly ProjectEntry[],
  key: SortKey,
): ProjectEntry[] {
  const byId: (ProjectEntry | undefined)[] = [];
  for (const entry of dated) byId[entry.numericId] = entry;
  const rows: ProjectEntry[] = [];
  for (const entry of sorted) {
    const on = byId[entry.numericId];
    if (on) rows.push(on);
  }
  if (key !== 'status') return rows;
  const groups = new Map<number, ProjectEntry[]>();
  for (const entry of rows) {
    const rank = AS_OF_STATUSES.indexOf(entry.status);
    const group = groups.get(rank);
    if (group) group.push(entry);
    else groups.set(rank, [entry]);
  }
  return [...groups.keys()].sort((a, b) => a - b).flatMap((rank) => groups.get(rank) ?? []);
}
