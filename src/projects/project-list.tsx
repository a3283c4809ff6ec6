/**
 * The projects that pass the filters, as a virtualised list (only the rows on screen are in the DOM, so
 * 10 000 projects scroll as smoothly as 10). Hovering a row highlights its marker; choosing it opens the
 * passport and flies the map to it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_END_YEAR, type ProjectEntry } from '../data/project-index.ts';
import { STATUSES, type Language } from '../data/schema.ts';
import { downloadText } from '../lib/download.ts';
import { localized } from '../lib/localized.ts';
import { CATEGORY_COLORS } from '../map/theme.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectVisibleEntries } from '../store/selectors.ts';
import { CategoryIcon } from '../ui/category-icon.tsx';
import { representativePoint, toCsv, toGeoJson } from './export.ts';

export type SortKey = 'name' | 'status' | 'date';
const ROW_HEIGHT = 64;

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

export function ProjectList() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const visible = useAppStore(selectVisibleEntries);
  const districtsById = useAppStore((s) => s.data.districtsById);
  const { selectProject, hoverProject, requestCamera, clearFilters } = useAppStore.getState();
  const [sortKey, setSortKey] = useState<SortKey>('name');
  const rows = useMemo(() => sortEntries(visible, sortKey, lang), [visible, sortKey, lang]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // Until the scroller is measured (and where nothing is measured, as in jsdom), assume the full height.
    initialRect: { width: 320, height: 480 },
  });

  const open = (entry: ProjectEntry) => {
    selectProject(entry.id);
    const [lon, lat] = representativePoint(entry.project);
    requestCamera({ center: [lon, lat], zoom: 12 });
  };
  const download = (kind: 'geojson' | 'csv') => {
    const stamp = new Date().toISOString().slice(0, 10);
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
    <section className="project-list" aria-labelledby="project-list-title">
      <header>
        <h2 id="project-list-title">{t('list.title')}</h2>
        <label className="sort">
          <span>{t('list.sort')}</span>
          <select value={sortKey} onChange={(event) => setSortKey(event.target.value as SortKey)}>
            <option value="name">{t('list.sortName')}</option>
            <option value="status">{t('list.sortStatus')}</option>
            <option value="date">{t('list.sortDate')}</option>
          </select>
        </label>
      </header>
      {rows.length === 0 ? (
        <div className="empty">
          <p>{t('list.empty')}</p>
          <button type="button" onClick={clearFilters}>
            {t('list.clear')}
          </button>
        </div>
      ) : (
        <div
          ref={scroller}
          className="list-scroller"
          style={{ height: Math.min(rows.length * ROW_HEIGHT, 480) }}
        >
          <ul aria-label={t('list.title')} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const entry = rows[item.index];
              if (!entry) return null;
              const { properties } = entry.project;
              const districtNames = entry.districts
                .map((id) => localized(districtsById.get(id)?.properties.name, lang) || id)
                .join(', ');
              return (
                <li
                  key={entry.id}
                  aria-setsize={rows.length}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                >
                  <button
                    type="button"
                    className="project-row"
                    onClick={() => open(entry)}
                    onMouseEnter={() => hoverProject(entry.id)}
                    onMouseLeave={() => hoverProject(undefined)}
                    onFocus={() => hoverProject(entry.id)}
                    onBlur={() => hoverProject(undefined)}
                  >
                    <CategoryIcon category={entry.category} color={CATEGORY_COLORS[entry.category]} />
                    <span className="row-text">
                      <span className="row-name">{localized(properties.name, lang)}</span>
                      <span className="row-meta">
                        <span className={`status-dot status-${entry.status}`}>
                          {t(`status.${entry.status}`)}
                        </span>
                        {' · '}
                        {districtNames}
                        {' · '}
                        {years(entry, (year) => t('list.since', { year }))}
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <div className="downloads" role="group" aria-label={t('list.download')}>
        <span aria-hidden="true">{t('list.download')}:</span>
        <button
          type="button"
          className="link-button"
          onClick={() => download('geojson')}
          disabled={rows.length === 0}
        >
          {t('list.geojson')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => download('csv')}
          disabled={rows.length === 0}
        >
          {t('list.csv')}
        </button>
      </div>
    </section>
  );
}
