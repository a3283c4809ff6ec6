/**
 * The filter panel: free text, category, status, district and years, each value with its live count under
 * the other filters; active filters as removable chips; one action clears all. A filter change re-renders
 * only the options whose count or state changed (memoised options, labels translated once per language).
 * On desktops and tablets where the panel is one column, the groups fold (facet-group.tsx) so that the
 * results come into view under them.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, STATUSES } from '../data/schema.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectFacetCounts } from '../store/selectors.ts';
import { ActiveFilters } from './active-filters.tsx';
import { useMediaQuery } from '../lib/use-media-query.ts';
import { FacetGroup } from './facet-group.tsx';
import { FacetOption } from './facet-option.tsx';
import { useFilterLabels } from './use-filter-labels.ts';
import { YearRange } from './year-range.tsx';

/** The one-column panel beside the map (the same widths as the layout in desktop.css), not a phone's on its side. */
export const FOLDING_QUERY = '(min-width: 721px) and (max-width: 1399.98px) and (min-height: 501px)';

export function FilterPanel() {
  const { t } = useTranslation();
  const id = useId();
  const lang = useAppStore((s) => s.ui.lang);
  const filters = useAppStore((s) => s.filters);
  const counts = useAppStore(selectFacetCounts);
  const total = useAppStore((s) => s.data.projects.length);
  const districts = useAppStore((s) => s.data.districts);
  const { toggleCategory, toggleStatus, toggleDistrict, setText } = useAppStore.getState();
  const kiosk = useAppStore((s) => s.kiosk.enabled);
  const foldable = useMediaQuery(FOLDING_QUERY) && !kiosk;

  // Static texts translated once per language: i18next lookups are not free on every filter change.
  const text = useMemo(
    () => ({
      title: t('filters.title'),
      search: t('filters.search'),
      searchPlaceholder: t('filters.searchPlaceholder'),
      category: t('filters.category'),
      status: t('filters.status'),
      district: t('filters.district'),
      years: t('filters.years'),
      all: t('filters.all'),
      anyYear: t('filters.anyYear'),
    }),
    [t],
  );
  const labels = useFilterLabels();
  // "Housing or Energy": a group's choices are alternatives (any of them passes).
  const choices = useMemo(() => new Intl.ListFormat(lang, { type: 'disjunction' }), [lang]);
  const summary = (values: readonly string[], names: Record<string, string | undefined>) =>
    values.length === 0 ? text.all : choices.format(values.map((value) => names[value] ?? value));
  const yearSummary =
    filters.from === undefined && filters.to === undefined
      ? text.anyYear
      : t('filters.yearsChip', { from: filters.from ?? '…', to: filters.to ?? '…' });
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
      <div className="facet-groups">
        <FacetGroup
          group="category"
          title={text.category}
          summary={summary(filters.categories, labels.category)}
          foldable={foldable}
        >
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
        </FacetGroup>
        <FacetGroup
          group="status"
          title={text.status}
          summary={summary(filters.statuses, labels.status)}
          foldable={foldable}
        >
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
        </FacetGroup>
        <FacetGroup
          group="district"
          title={text.district}
          summary={summary(filters.districts, labels.district)}
          foldable={foldable}
        >
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
        </FacetGroup>
        <FacetGroup
          group="years"
          title={text.years}
          summary={yearSummary}
          foldable={foldable}
          className="facet years"
        >
          <YearRange from={filters.from} to={filters.to} />
        </FacetGroup>
      </div>
    </section>
  );
}
