/** The names of every facet value, translated once per language (i18next lookups are not free). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, STATUSES } from '../data/schema.ts';
import { localized } from '../lib/localized.ts';
import { useAppStore } from '../store/app-store.ts';

export interface FilterLabels {
  category: Record<string, string>;
  status: Record<string, string>;
  district: Record<string, string>;
}

export function useFilterLabels(): FilterLabels {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const districts = useAppStore((s) => s.data.districts);
  return useMemo(
    () => ({
      category: Object.fromEntries(CATEGORIES.map((c) => [c, t(`category.${c}`)])),
      status: Object.fromEntries(STATUSES.map((s) => [s, t(`status.${s}`)])),
      district: Object.fromEntries(districts.map((d) => [d.id, localized(d.properties.name, lang)])),
    }),
    [t, lang, districts],
  );
}
