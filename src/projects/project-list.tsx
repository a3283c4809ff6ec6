/**
 * The projects that pass the filters, as a windowed list (only the rows on screen are in the DOM, so
 * 10 000 projects scroll and filter as smoothly as 10). Hovering a row highlights its marker; choosing it opens the
 * passport and flies the map to it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectEntry } from '../data/project-index.ts';
import { localized, shownLanguage } from '../lib/localized.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectDatedEntries } from '../store/dated-entries.ts';
import { selectEntries, selectVisibleEntries } from '../store/selectors.ts';
import { PROJECT_LIST_ID } from '../ui/page-ids.ts';
import { useRowWindow } from '../ui/use-row-window.ts';
import { representativePoint } from './export.ts';
import { ListDownloads } from './list-downloads.tsx';
import { ProjectRow, ROW_HEIGHT } from './project-row.tsx';
import { datedOrder, sortEntries, type SortKey } from './sort-entries.ts';
import { useRowTexts } from './use-row-texts.ts';

const MAX_LIST_HEIGHT = 480;

export function ProjectList() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const visible = useAppStore(selectVisibleEntries);
  const { selectProject, hoverProject, requestCamera, clearFilters } = useAppStore.getState();
  const [sortKey, setSortKey] = useState<SortKey>('name');
  // The entries of the timeline's day (the index itself today): a row shows the status on that day.
  const entries = useAppStore(selectDatedEntries);
  // Sorting all projects once per order and language, then keeping the ones of the day and the visible ones,
  // makes a filter change and a date step linear instead of a new collator sort every time.
  const index = useAppStore(selectEntries);
  const sortedIndex = useMemo(
    () => sortEntries(index, sortKey === 'status' ? 'name' : sortKey, lang),
    [index, sortKey, lang],
  );
  const sortedAll = useMemo(() => datedOrder(sortedIndex, entries, sortKey), [sortedIndex, entries, sortKey]);
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
  const { statusLabels, categoryLabels, metaOf } = useRowTexts();
  // Static texts translated once per language, not on every filter change.
  const text = useMemo(
    () => ({
      title: t('list.title'),
      sort: t('list.sort'),
      sortName: t('list.sortName'),
      sortStatus: t('list.sortStatus'),
      sortDate: t('list.sortDate'),
      empty: t('list.empty'),
      clear: t('list.clear'),
    }),
    [t],
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
                nameLang={shownLanguage(entry.project.properties.name, lang)}
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
      <ListDownloads rows={rows} />
    </section>
  );
}
