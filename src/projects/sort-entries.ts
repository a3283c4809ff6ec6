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
