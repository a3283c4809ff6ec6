/**
 * The filter panel: free text, category, status, district and years, each value with its live count under
 * the other filters; active filters as removable chips; one action clears all. A filter change re-renders
 * only the options whose count or state changed (memoised options, labels translated once per language).
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, STATUSES } from '../data/schema.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectFacetCounts } from '../store/selectors.ts';
import { ActiveFilters } from './active-filters.tsx';
import { FacetOption } from './facet-option.tsx';
import { useFilterLabels } from './use-filter-labels.ts';
import { YearRange } from './year-range.tsx';

export function FilterPanel() {
  const { t } = useTranslation();
  const id = useId();
  const lang = useAppStore((s) => s.ui.lang);
  const filters = useAppStore((s) => s.filters);
  const counts = useAppStore(selectFacetCounts);
  const total = useAppStore((s) => s.data.projects.length);
  const districts = useAppStore((s) => s.data.districts);
  const { toggleCategory, toggleStatus, toggleDistrict, setText } = useAppStore.getState();

  // Static texts translated once per language: i18next lookups are not free on every filter change.
  const text = useMemo(
    () => ({
      title: t('filters.title'),
      search: t('filters.search'),
      searchPlaceholder: t('filters.searchPlaceholder'),
      category: t('filters.category'),
      status: t('filters.status'),
      district: t('filters.district'),
    }),
    [t],
  );
  const labels = useFilterLabels();
  const districtIds = useMemo(
    () =>
      districts
        .map((district) => ({ id: district.id, other: district.properties.region === 'other' }))
        .sort((a, b) => (labels.district[a.id] ?? a.id).localeCompare(labels.district[b.id] ?? b.id, lang)),
    [districts, labels, lang],
  );

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
      <ActiveFilters labels={labels} />
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
