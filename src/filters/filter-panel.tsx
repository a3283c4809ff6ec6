/**
 * The filter panel: free text, category, status, district and years, each value with its live count under
 * the other filters; active filters as removable chips; one action clears all.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_END_YEAR } from '../data/project-index.ts';
import { CATEGORIES, STATUSES, type Category, type Status } from '../data/schema.ts';
import { localized } from '../lib/localized.ts';
import { CATEGORY_COLORS } from '../map/theme.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectEntries, selectFacetCounts } from '../store/selectors.ts';
import { CategoryIcon } from '../ui/category-icon.tsx';
import { hasActiveFilters } from './filter-slice.ts';

interface Option<T extends string> {
  value: T;
  label: string;
  count: number;
  checked: boolean;
  icon?: React.ReactNode;
}

function CheckboxGroup<T extends string>({
  legend,
  options,
  onToggle,
}: {
  legend: string;
  options: Option<T>[];
  onToggle: (value: T) => void;
}) {
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className={option.count === 0 && !option.checked ? 'facet-option empty' : 'facet-option'}
        >
          <input type="checkbox" checked={option.checked} onChange={() => onToggle(option.value)} />
          {option.icon}
          <span className="facet-label">{option.label}</span>
          <span className="facet-count">{option.count}</span>
        </label>
      ))}
    </fieldset>
  );
}

function useYearBounds(): [number, number] {
  const entries = useAppStore(selectEntries);
  return useMemo(() => {
    const years = entries
      .flatMap((entry) => [entry.fromYear, entry.toYear])
      .filter((year) => year !== OPEN_END_YEAR);
    const thisYear = new Date().getFullYear();
    return years.length > 0 ? [Math.min(...years), Math.max(thisYear, ...years)] : [2020, thisYear];
  }, [entries]);
}

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
  const [minYear, maxYear] = useYearBounds();
  const years = Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i);
  const districtOptions = districts
    .filter((district) => district.properties.region !== 'other' || (counts.district[district.id] ?? 0) > 0)
    .map((district) => ({
      value: district.id,
      label: localized(district.properties.name, lang),
      count: counts.district[district.id] ?? 0,
      checked: filters.districts.includes(district.id),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));

  const chips: { key: string; label: string; remove: () => void }[] = [
    ...filters.categories.map((c) => ({
      key: `c-${c}`,
      label: t(`category.${c}`),
      remove: () => toggleCategory(c),
    })),
    ...filters.statuses.map((s) => ({
      key: `s-${s}`,
      label: t(`status.${s}`),
      remove: () => toggleStatus(s),
    })),
    ...filters.districts.map((d) => ({
      key: `d-${d}`,
      label: districtOptions.find((option) => option.value === d)?.label ?? d,
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
  const yearValue = (value: string) => (value === '' ? undefined : Number(value));

  return (
    <section className="filter-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('filters.title')}</h2>
      <label className="search">
        <span>{t('filters.search')}</span>
        <input
          type="search"
          value={filters.text}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <p className="result-count" role="status">
        {t('filters.results', { count: counts.total, total })}
      </p>
      {chips.length > 0 && (
        <div className="chips" role="group" aria-label={t('filters.active')}>
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
              {t('filters.clearAll')}
            </button>
          )}
        </div>
      )}
      <CheckboxGroup<Category>
        legend={t('filters.category')}
        options={CATEGORIES.map((category) => ({
          value: category,
          label: t(`category.${category}`),
          count: counts.category[category] ?? 0,
          checked: filters.categories.includes(category),
          icon: <CategoryIcon category={category} color={CATEGORY_COLORS[category]} size={18} />,
        }))}
        onToggle={toggleCategory}
      />
      <CheckboxGroup<Status>
        legend={t('filters.status')}
        options={STATUSES.map((status) => ({
          value: status,
          label: t(`status.${status}`),
          count: counts.status[status] ?? 0,
          checked: filters.statuses.includes(status),
        }))}
        onToggle={toggleStatus}
      />
      <CheckboxGroup<string>
        legend={t('filters.district')}
        options={districtOptions}
        onToggle={toggleDistrict}
      />
      <fieldset className="facet years">
        <legend>{t('filters.years')}</legend>
        <label>
          <span>{t('filters.from')}</span>
          <select
            value={filters.from ?? ''}
            onChange={(event) => setYearRange(yearValue(event.target.value), filters.to)}
          >
            <option value="">{t('filters.anyYear')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('filters.to')}</span>
          <select
            value={filters.to ?? ''}
            onChange={(event) => setYearRange(filters.from, yearValue(event.target.value))}
          >
            <option value="">{t('filters.anyYear')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </section>
  );
}
