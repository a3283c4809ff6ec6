/**
 * The projects that pass the filters, as a windowed list (only the rows on screen are in the DOM, so
 * 10 000 projects scroll and filter as smoothly as 10). Hovering a row highlights its marker; choosing it opens the
 * passport and flies the map to it.
 */
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_END_YEAR, type ProjectEntry } from '../data/project-index.ts';
import { CATEGORIES, STATUSES, type Category, type Language, type Status } from '../data/schema.ts';
import { downloadText } from '../lib/download.ts';
import { localized } from '../lib/localized.ts';
import { weakMemo } from '../lib/weak-memo.ts';
import { CATEGORY_COLORS } from '../ui/theme.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectEntries, selectVisibleEntries } from '../store/selectors.ts';
import { CategoryIcon } from '../ui/category-icon.tsx';
import { PROJECT_LIST_ID } from '../ui/page-ids.ts';
import { useRowWindow } from '../ui/use-row-window.ts';
import { representativePoint, toCsv, toGeoJson } from './export.ts';

export type SortKey = 'name' | 'status' | 'date';
const ROW_HEIGHT = 64;
const MAX_LIST_HEIGHT = 480;

export function sortEntries(entries: readonly ProjectEntry[], key: SortKey, lang: Language): ProjectEntry[] {
  const name = (entry: ProjectEntry) => localized(entry.project.properties.name, lang);
  const collator = new Intl.Collator(lang);
  const byName = (a: ProjectEntry, b: ProjectEntry) => collator.compare(name(a), name(b));
  const sorted = [...entries];
  if (key === 'name') return sorted.sort(byName);
  if (key === 'status') {
    return sorted.sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || byName(a, b));
  }
  // Newest first; projects without a start date go last.
  const start = (entry: ProjectEntry) => entry.project.properties.start ?? '';
  return sorted.sort((a, b) => start(b).localeCompare(start(a)) || byName(a, b));
}

function years(entry: ProjectEntry, since: (year: number) => string): string {
  if (entry.toYear === OPEN_END_YEAR) return since(entry.fromYear);
  return entry.fromYear === entry.toYear ? String(entry.fromYear) : `${entry.fromYear}–${entry.toYear}`;
}

interface RowProps {
  entry: ProjectEntry;
  name: string;
  meta: string;
  statusLabel: string;
  categoryLabel: string;
  position: number;
  size: number;
  top: number;
  onOpen: (entry: ProjectEntry) => void;
  onHover: (id: string | undefined) => void;
}

/** One row; memoised so that a filter change re-renders only rows whose place or text changed. */
const ProjectRow = memo(function ProjectRow({
  entry,
  name,
  meta,
  statusLabel,
  categoryLabel,
  position,
  size,
  top,
  onOpen,
  onHover,
}: RowProps) {
  return (
    <li
      aria-setsize={size}
      aria-posinset={position}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <button
        type="button"
        className="project-row"
        // The passport hands focus back to this row when it closes, though the list was re-rendered.
        data-focus-key={`project:${entry.id}`}
        onClick={() => onOpen(entry)}
        onMouseEnter={() => onHover(entry.id)}
        onMouseLeave={() => onHover(undefined)}
        onFocus={() => onHover(entry.id)}
        onBlur={() => onHover(undefined)}
      >
        <CategoryIcon category={entry.category} color={CATEGORY_COLORS[entry.category]} />
        <span className="row-text">
          <span className="row-name">{name}</span>
          {/* The icon shows the category to the eye; a screen reader hears its name. */}
          <span className="visually-hidden">, {categoryLabel}, </span>
          <span className="row-meta">
            <span className={`status-dot status-${entry.status}`}>{statusLabel}</span>
            {' · '}
            {meta}
          </span>
        </span>
      </button>
    </li>
  );
});

export function ProjectList() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const visible = useAppStore(selectVisibleEntries);
  const districtsById = useAppStore((s) => s.data.districtsById);
  const { selectProject, hoverProject, requestCamera, clearFilters } = useAppStore.getState();
  const [sortKey, setSortKey] = useState<SortKey>('name');
  const entries = useAppStore(selectEntries);
  // Sorting all projects once per order and language, then keeping the visible ones, makes a filter
  // change linear instead of a new collator sort every time.
  const sortedAll = useMemo(() => sortEntries(entries, sortKey, lang), [entries, sortKey, lang]);
  const rows = useMemo(() => {
    if (visible.length === entries.length) return sortedAll;
    // Flags by numeric id: cheaper than a Set of objects for a 10 000-project filter change.
    const shown = new Uint8Array(entries.length + 1);
    for (const entry of visible) shown[entry.numericId] = 1;
    return sortedAll.filter((entry) => shown[entry.numericId] === 1);
  }, [sortedAll, visible, entries]);
  // A row that a filter removes gets no mouseleave: drop its highlight so it does not come back stuck.
  useEffect(() => {
    const hovered = useAppStore.getState().ui.hoveredProjectId;
    if (hovered && !visible.some((entry) => entry.id === hovered)) hoverProject(undefined);
  }, [visible, hoverProject]);
  // Row texts are translated once per language, not on every filter change.
  const statusLabels = useMemo(
    () =>
      Object.fromEntries(STATUSES.map((status) => [status, t(`status.${status}`)])) as Record<Status, string>,
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
  const text = useMemo(
    () => ({
      title: t('list.title'),
      sort: t('list.sort'),
      sortName: t('list.sortName'),
      sortStatus: t('list.sortStatus'),
      sortDate: t('list.sortDate'),
      empty: t('list.empty'),
      clear: t('list.clear'),
      download: t('list.download'),
      geojson: t('list.geojson'),
      csv: t('list.csv'),
    }),
    [t],
  );
  const metaOf = useMemo(
    () =>
      weakMemo((entry: ProjectEntry) => {
        const districts = entry.districts
          .map((id) => localized(districtsById.get(id)?.properties.name, lang) || id)
          .join(', ');
        return `${districts} · ${years(entry, (year) => t('list.since', { year }))}`;
      }),
    [districtsById, lang, t],
  );
  const listHeight = Math.min(rows.length * ROW_HEIGHT, MAX_LIST_HEIGHT);
  const { first, last, totalHeight, ref: scroller } = useRowWindow(rows.length, ROW_HEIGHT, MAX_LIST_HEIGHT);

  const open = useCallback(
    (entry: ProjectEntry) => {
      selectProject(entry.id);
      const [lon, lat] = representativePoint(entry.project);
      requestCamera({ center: [lon, lat], zoom: 12, closerOnly: true });
    },
    [selectProject, requestCamera],
  );
  const download = (kind: 'geojson' | 'csv') => {
    // The visitor's local date (toISOString would give yesterday's date just after midnight in Baku).
    const now = new Date();
    const stamp = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    if (kind === 'geojson')
      downloadText(`revival-atlas-projects-${stamp}.geojson`, toGeoJson(rows), 'application/geo+json');
    else
      downloadText(
        `revival-atlas-projects-${stamp}.csv`,
        toCsv(rows, lang, districtsById),
        'text/csv;charset=utf-8',
      );
  };

  return (
    <section id={PROJECT_LIST_ID} className="project-list" aria-labelledby="project-list-title" tabIndex={-1}>
      <header>
        <h2 id="project-list-title">{text.title}</h2>
        <label className="sort">
          <span>{text.sort}</span>
          <select value={sortKey} onChange={(event) => setSortKey(event.target.value as SortKey)}>
            <option value="name">{text.sortName}</option>
            <option value="status">{text.sortStatus}</option>
            <option value="date">{text.sortDate}</option>
          </select>
        </label>
      </header>
      {rows.length === 0 ? (
        <div className="list-empty">
          <p>{text.empty}</p>
          <button type="button" onClick={clearFilters}>
            {text.clear}
          </button>
        </div>
      ) : (
        <div ref={scroller} className="list-scroller" style={{ height: listHeight }}>
          <ul aria-label={text.title} style={{ height: totalHeight }}>
            {rows.slice(first, last).map((entry, offset) => (
              <ProjectRow
                // Keyed by place in the window: a filter change updates the rows' DOM instead of rebuilding it.
                key={first + offset}
                entry={entry}
                name={localized(entry.project.properties.name, lang)}
                meta={metaOf(entry)}
                statusLabel={statusLabels[entry.status]}
                categoryLabel={categoryLabels[entry.category]}
                position={first + offset + 1}
                size={rows.length}
                top={(first + offset) * ROW_HEIGHT}
                onOpen={open}
                onHover={hoverProject}
              />
            ))}
          </ul>
        </div>
      )}
      <div className="downloads" role="group" aria-label={text.download}>
        <span aria-hidden="true">{text.download}:</span>
        <button
          type="button"
          className="link-button"
          onClick={() => download('geojson')}
          disabled={rows.length === 0}
        >
          {text.geojson}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => download('csv')}
          disabled={rows.length === 0}
        >
          {text.csv}
        </button>
      </div>
    </section>
  );
}
