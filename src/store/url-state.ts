/**
 * The URL is a public API (links people share, QR codes): parse leniently, ignore what is unknown or bad
 * (and say so in the console), serialise canonically.
 */
import { LANGUAGES, type Language } from '../data/schema.ts';
import type { MapView } from './ui-slice.ts';

export interface UrlState {
  lang?: Language;
  view?: MapView;
  project?: string;
}

export interface ParsedUrl {
  state: UrlState;
  /** Human-readable notes about ignored parameters. */
  ignored: string[];
}

const VIEW_LIMITS = { zoom: [0, 22], lat: [-85, 85], lon: [-180, 180] } as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseView(value: string): MapView | undefined {
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((part) => part.trim() === '')) return undefined;
  const [zoom = NaN, lat = NaN, lon = NaN] = parts.map(Number);
  const within = (n: number, [min, max]: readonly [number, number]) =>
    Number.isFinite(n) && n >= min && n <= max;
  if (!within(zoom, VIEW_LIMITS.zoom) || !within(lat, VIEW_LIMITS.lat) || !within(lon, VIEW_LIMITS.lon)) {
    return undefined;
  }
  return { zoom, lat, lon };
}

/** `map=8.00/39.6200/46.7500`: 2 decimals of zoom, 4 of degrees (about 10 m) keep links short. */
export function formatView({ zoom, lat, lon }: MapView): string {
  return `${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`;
}

export function parseUrl(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const ignored: string[] = [];
  const lang = params.get('lang');
  if (lang !== null) {
    if ((LANGUAGES as readonly string[]).includes(lang)) state.lang = lang as Language;
    else ignored.push(`lang="${lang}" (expected one of ${LANGUAGES.join(', ')})`);
  }
  const map = params.get('map');
  if (map !== null) {
    const view = parseView(map);
    if (view) state.view = view;
    else ignored.push(`map="${map}" (expected ZOOM/LAT/LON)`);
  }
  const project = params.get('project');
  if (project !== null) {
    if (ID.test(project)) state.project = project;
    else ignored.push(`project="${project}" (not a project id)`);
  }
  return { state, ignored };
}

/**
 * Writes the app's parameters into `search`, keeping parameters this module does not own (so later
 * features and external tools can add theirs) and dropping ones equal to the default.
 */
export function serializeUrl(state: UrlState, search = '', defaults: { lang?: Language } = {}): string {
  const params = new URLSearchParams(search);
  const put = (key: string, value: string | undefined) =>
    value === undefined ? params.delete(key) : params.set(key, value);
  put('lang', state.lang === defaults.lang ? undefined : state.lang);
  put('project', state.project);
  put('map', state.view && formatView(state.view));
  const text = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
