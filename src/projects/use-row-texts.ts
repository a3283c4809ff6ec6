/** The texts of the list's rows, translated once per language, not on every filter change. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_END_YEAR, type ProjectEntry } from '../data/project-index.ts';
import { CATEGORIES, type Category } from '../data/schema.ts';
import { statusLabel } from '../i18n/status-label.ts';
import { AS_OF_STATUSES, type AsOfStatus } from '../lib/as-of.ts';
import { isolateIn } from '../lib/bidi.ts';
import { localized } from '../lib/localized.ts';
import { weakMemo } from '../lib/weak-memo.ts';
import { useAppStore } from '../store/app-store.ts';

function years(entry: ProjectEntry, since: (year: number) => string): string {
  if (entry.toYear === OPEN_END_YEAR) return since(entry.fromYear);
  return entry.fromYear === entry.toYear ? String(entry.fromYear) : `${entry.fromYear}–${entry.toYear}`;
}

export function useRowTexts() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const districtsById = useAppStore((s) => s.data.districtsById);
  const statusLabels = useMemo(
    () =>
      Object.fromEntries(AS_OF_STATUSES.map((status) => [status, statusLabel(t, status)])) as Record<
        AsOfStatus,
        string
      >,
    [t],
  );
  const categoryLabels = useMemo(
    () =>
      Object.fromEntries(CATEGORIES.map((category) => [category, t(`category.${category}`)])) as Record<
        Category,
        string
      >,
    [t],
  );
  /** "Fuzuli · 2021–2023": the districts and years of a row, remembered per project. */
  const metaOf = useMemo(
    () =>
      weakMemo((entry: ProjectEntry) => {
        const current = entry.project.properties.currentDistrict;
        // A current district the polygons lack (Aghdara, 2023) is named instead of the polygon's.
        const districts = current
          ? t('trust.listCurrent', {
              district: isolateIn(lang, localized(current.name, lang)),
              year: current.since.slice(0, 4),
            })
          : entry.districts
              // A fallback name keeps its own order inside an Arabic row.
              .map((id) => isolateIn(lang, localized(districtsById.get(id)?.properties.name, lang) || id))
              .join(t('format.separator'));
        return `${districts} · ${years(entry, (year) => t('list.since', { year }))}`;
      }),
    [districtsById, lang, t],
  );
  return { statusLabels, categoryLabels, metaOf };
}
