/**
 * Downloads of the listed projects (what passes the filters, in the list's order) as GeoJSON or CSV. Never at
 * the kiosk: nothing leaves it as a file (a visitor takes a view home by its QR code).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectEntry } from '../data/project-index.ts';
import { downloadText } from '../lib/download.ts';
import { useAppStore } from '../store/app-store.ts';
import { toCsv, toGeoJson } from './export.ts';

export function ListDownloads({ rows }: { rows: readonly ProjectEntry[] }) {
  const { t } = useTranslation();
  const kiosk = useAppStore((s) => s.kiosk.enabled);
  const download = (kind: 'geojson' | 'csv') => {
    const { ui, data } = useAppStore.getState();
    // The visitor's local date (toISOString would give yesterday's date just after midnight in Baku).
    const now = new Date();
    const stamp = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    if (kind === 'geojson')
      downloadText(`revival-atlas-projects-${stamp}.geojson`, toGeoJson(rows), 'application/geo+json');
    else
      downloadText(
        `revival-atlas-projects-${stamp}.csv`,
        toCsv(rows, ui.lang, data.districtsById),
        'text/csv;charset=utf-8',
      );
  };
  // Translated once per language: the rows change with every filter change.
  const text = useMemo(
    () => ({ download: t('list.download'), geojson: t('list.geojson'), csv: t('list.csv') }),
    [t],
  );
  if (kiosk) return null;
  return (
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
  );
}
