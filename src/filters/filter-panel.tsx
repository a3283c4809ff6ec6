/**
 * The filter panel: free text, category, status, district and years, each value with its live count under
 * the other filters; active filters as removable chips; one action clears all. A filter change re-renders
 * only the options whose count or state changed (memoised options, labels translated once per language).
 */
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_END_YEAR } from '../data/project-index.ts';
import { CATEGORIES, STATUSES, type Category } from '../data/schema.ts';
import { localized } from '../lib/localized.ts';
import { CATEGORY_COLORS } from '../ui/theme.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectEntries, selectFacetCounts } from '../store/selectors.ts';
import { CategoryIcon } from '../ui/category-icon.tsx';
import { hasActiveFilters } from '../store/filter-slice.ts';

interface OptionProps<T extends string> {
  value: T;
  label: string;
  count: number;
  checked: boolean;
  onToggle: (value: T) => void;
  /** A category option shows its icon. */
  category?: Category;
}

function FacetOptionView<T extends string>({
  value,
  label,
  count,
  checked,
  onToggle,
  category,
}: OptionProps<T>) {
  return (
    <label className={count === 0 && !checked ? 'facet-option zero' : 'facet-option'}>
      <input type="checkbox" checked={checked} onChange={() => onToggle(value)} />
      {category && <CategoryIcon category={category} color={CATEGORY_COLORS[category]} size={18} />}
      <span className="facet-label">{label}</span>
      <span className="facet-count">
        <span className="visually-hidden">, </span>
        {count}
      </span>
    </label>
  );
}
const FacetOption = memo(FacetOptionView) as typeof FacetOptionView;

function useYearBounds(): number[] {
  const entries = useAppStore(selectEntries);
  return useMemo(() => {
    const years = entries
      .flatMap((entry) => [entry.fromYear, entry.toYear])
      .filter((year) => year !== OPEN_END_YEAR);
    const thisYear = new Date().getFullYear();
    const [min, max] =
      years.length > 0 ? [Math.min(...years), Math.max(thisYear, ...years)] : [2020, thisYear];
    return Array.from({ length: max - min + 1 }, (_, i) => min + i);
  }, [entries]);
}

const YearRange = memo(function YearRange({
  from,
  to,
}: {
  from: number | undefined;
  to: number | undefined;
}) {
  const { t } = useTranslation();
  const years = useYearBounds();
  const setYearRange = useAppStore((s) => s.setYearRange);
  const options = useMemo(
    () => [
      <option key="any" value="">
        {t('filters.anyYear')}
      </option>,
      ...years.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      )),
    ],
    [years, t],
  );
  const yearValue = (value: string) => (value === '' ? undefined : Number(value));
  return (
    <fieldset className="facet years">
      <legend>{t('filters.years')}</legend>
      <label>
        <span>{t('filters.from')}</span>
        <select value={from ?? ''} onChange={(event) => setYearRange(yearValue(event.target.value), to)}>
          {options}
        </select>
      </label>
      <label>
        <span>{t('filters.to')}</span>
        <select value={to ?? ''} onChange={(event) => setYearRange(from, yearValue(event.target.value))}>
          {options}
        </select>
      </label>
    </fieldset>
  );
});

export function FilterPanel() {
  const { t } = useTranslation();
  const id = useId();
  const lang = useAppStore((s) => s.ui.lang);
  const filters = useAppStore((s) => s.filters);
  const counts = useAppStore(selectFacetCounts);
  const total = useAppStore((s) => s.data.projects.length);
  const districts = useAppStore((s) => s.data.districts);
  const { toggleCategory, toggleStatus, toggleDistrict, setYearRange, setText, clearFilters } =
    useAppStore.getState();

  // Static texts translated once per language: i18next lookups are not free on every filter change.
  const text = useMemo(
    () => ({
      title: t('filters.title'),
      search: t('filters.search'),
      searchPlaceholder: t('filters.searchPlaceholder'),
      active: t('filters.active'),
      clearAll: t('filters.clearAll'),
      category: t('filters.category'),
      status: t('filters.status'),
      district: t('filters.district'),
    }),
    [t],
  );
  const labels = useMemo(
    () => ({
      category: Object.fromEntries(CATEGORIES.map((c) => [c, t(`category.${c}`)])) as Record<string, string>,
      status: Object.fromEntries(STATUSES.map((s) => [s, t(`status.${s}`)])) as Record<string, string>,
      district: Object.fromEntries(
        districts.map((d) => [d.id, localized(d.properties.name, lang)]),
      ) as Record<string, string>,
    }),
    [t, lang, districts],
  );
  const districtIds = useMemo(
    () =>
      districts
        .map((district) => ({ id: district.id, other: district.properties.region === 'other' }))
        .sort((a, b) => (labels.district[a.id] ?? a.id).localeCompare(labels.district[b.id] ?? b.id, lang)),
    [districts, labels, lang],
  );

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
    ...(filters.text.trim()
      ? [
          {
            key: 'text',
            label: t('filters.search_chip', { text: filters.text.trim() }),
            remove: () => setText(''),
          },
        ]
      : []),
  ];

  return (
    <section className="filter-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.title}</h2>
      <label className="search">
        <span>{text.search}</span>
        <input
          type="search"
          value={filters.text}
          placeholder={text.searchPlaceholder}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <p className="result-count" role="status">
        {t('filters.results', { count: counts.total, total })}
      </p>
      {chips.length > 0 && (
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
      )}
      <fieldset className="facet">
        <legend>{text.category}</legend>
        {CATEGORIES.map((category) => (
          <FacetOption
            key={category}
            value={category}
            category={category}
            label={labels.category[category] ?? category}
            count={counts.category[category] ?? 0}
            checked={filters.categories.includes(category)}
            onToggle={toggleCategory}
          />
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>{text.status}</legend>
        {STATUSES.map((status) => (
          <FacetOption
            key={status}
            value={status}
            label={labels.status[status] ?? status}
            count={counts.status[status] ?? 0}
            checked={filters.statuses.includes(status)}
            onToggle={toggleStatus}
          />
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>{text.district}</legend>
        {districtIds
          // Neighbouring districts are offered only when projects reach them (or one is already chosen).
          .filter(
            ({ id: d, other }) => !other || (counts.district[d] ?? 0) > 0 || filters.districts.includes(d),
          )
          .map(({ id: d }) => (
            <FacetOption
              key={d}
              value={d}
              label={labels.district[d] ?? d}
              count={counts.district[d] ?? 0}
              checked={filters.districts.includes(d)}
              onToggle={toggleDistrict}
            />
          ))}
      </fieldset>
      <YearRange from={filters.from} to={filters.to} />
    </section>
  );
}
