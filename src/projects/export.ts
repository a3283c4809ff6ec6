/** The filtered projects as files people can take away: GeoJSON as curated, and CSV for spreadsheets. */
import { along, length } from '@turf/turf';
import type { ProjectEntry } from '../data/project-index.ts';
import type { DistrictFeature, Language, ProjectFeature } from '../data/schema.ts';
import { localized } from '../lib/localized.ts';

export function toGeoJson(entries: readonly ProjectEntry[]): string {
  return `${JSON.stringify({ type: 'FeatureCollection', features: entries.map((entry) => entry.project) }, null, 2)}\n`;
}

/** A point to put in lon/lat columns: the point itself, or the middle of a route. */
export function representativePoint(project: ProjectFeature): [number, number] {
  const { geometry } = project;
  if (geometry.type === 'Point') return [geometry.coordinates[0], geometry.coordinates[1]];
  const line = { type: 'Feature' as const, geometry, properties: {} };
  const [lon = NaN, lat = NaN] = along(line, length(line) / 2).geometry.coordinates;
  return [Number(lon.toFixed(5)), Number(lat.toFixed(5))];
}

function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  // Quote when needed; a leading =, +, -, @, tab or CR would be run as a formula by spreadsheet programs.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'id',
  'name',
  'category',
  'status',
  'status_as_of',
  'start',
  'end',
  'districts',
  'lon',
  'lat',
  'geometry',
  'precision',
  'families',
  'residents',
  'sources',
] as const;

/**
 * UTF-8 with a byte-order mark, so that spreadsheet programs read ə, ğ, ş and Cyrillic correctly; CRLF line
 * ends as RFC 4180 asks.
 */
export function toCsv(
  entries: readonly ProjectEntry[],
  lang: Language,
  districtsById: ReadonlyMap<string, DistrictFeature>,
): string {
  const rows = entries.map(({ project }) => {
    const p = project.properties;
    const [lon, lat] = representativePoint(project);
    const districts = p.districts.map((id) => localized(districtsById.get(id)?.properties.name, lang) || id);
    return [
      project.id,
      localized(p.name, lang),
      p.category,
      p.status,
      p.statusAsOf,
      p.start,
      p.end,
      districts.join('; '),
      lon,
      lat,
      project.geometry.type,
      p.precision,
      p.resettlement?.families,
      p.resettlement?.residents,
      p.sources.map((source) => source.url).join(' '),
    ].map(csvCell);
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n')}\r\n`;
}
