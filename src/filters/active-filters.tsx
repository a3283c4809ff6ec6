/** The active filters as chips, each removing its filter, and one action that clears them all. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { hasActiveFilters } from '../store/filter-slice.ts';
import type { FilterLabels } from './use-filter-labels.ts';

export function ActiveFilters({ labels }: { labels: FilterLabels }) {
  const { t } = useTranslation();
  const filters = useAppStore((s) => s.filters);
  const { toggleCategory, toggleStatus, toggleDistrict, setYearRange, setText, clearFilters } =
    useAppStore.getState();
  const text = useMemo(() => ({ active: t('filters.active'), clearAll: t('filters.clearAll') }), [t]);
  const query = filters.text.trim();
  const chips: { key: string; label: string; remove: () => void }[] = [
    ...filters.categories.map((c) => ({
      key: `c-${c}`,
      label: labels.category[c] ?? c,
      remove: () => toggleCategory(c),
    })),
    ...filters.statuses.map((s) => ({
      key: `s-${s}`,
      label: labels.status[s] ?? s,
      remove: () => toggleStatus(s),
    })),
    ...filters.districts.map((d) => ({
      key: `d-${d}`,
      label: labels.district[d] ?? d,
      remove: () => toggleDistrict(d),
    })),
    ...(filters.from !== undefined || filters.to !== undefined
      ? [
          {
            key: 'years',
            label: t('filters.yearsChip', { from: filters.from ?? '…', to: filters.to ?? '…' }),
            remove: () => setYearRange(undefined, undefined),
          },
        ]
      : []),
    ...(query
      ? [{ key: 'text', label: t('filters.search_chip', { text: query }), remove: () => setText('') }]
      : []),
  ];
  if (chips.length === 0) return null;
  return (
    <div className="chips" role="group" aria-label={text.active}>
      {chips.map((chip) => (
        <button
          key={chip.key}
          type="button"
          className="chip"
          aria-label={t('filters.remove', { label: chip.label })}
          onClick={chip.remove}
        >
          {chip.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      {hasActiveFilters(filters) && (
        <button type="button" className="link-button" onClick={clearFilters}>
          {text.clearAll}
        </button>
      )}
    </div>
  );
}
