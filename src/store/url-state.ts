/**
 * The URL is a public API (links people share, QR codes): parse leniently, ignore what is unknown or bad
 * (and say so in the console), serialise canonically.
 */
import { COMPARE_MODES, type CompareMode } from '../data/scene-schema.ts';
import {
  CATEGORIES,
  LANGUAGES,
  STATUSES,
  type Category,
  type Language,
  type Status,
} from '../data/schema.ts';
import { isIsoDay } from '../lib/day.ts';
import type { MapView } from './ui-slice.ts';

export interface UrlState {
  lang?: Language;
  view?: MapView;
  project?: string;
  /** The open district panel. */
  district?: string;
  /** Filters. */
  categories?: Category[];
  statuses?: Status[];
  districts?: string[];
  q?: string;
  from?: number;
  to?: number;
  kiosk?: boolean;
  /** The reduced atlas other sites show in an iframe (no filters, no list, no service worker). */
  embed?: boolean;
  /** Seconds without a touch before the kiosk's "Still exploring?" (testing, or an operator's choice). */
  idle?: number;
  /** The before/after comparison: open when both layers are given. */
  before?: string;
  after?: string;
  mode?: CompareMode;
  split?: number;
  /** The timeline's day, `YYYY-MM-DD` (absent: today). */
  asOf?: string;
}

export interface ParsedUrl {
  state: UrlState;
  /** Human-readable notes about ignored parameters. */
  ignored: string[];
}

const VIEW_LIMITS = { zoom: [0, 22], lat: [-85, 85], lon: [-180, 180] } as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DISTRICT_ID = /^AZ-[A-Z0-9]{2,3}$/;
const YEARS = [1990, 2100] as const;

/** A real day within the years links may name (imagery starts in 2000; the future is no history). */
export const isAsOfDay = (value: string): boolean =>
  isIsoDay(value) && Number(value.slice(0, 4)) >= YEARS[0] && Number(value.slice(0, 4)) <= YEARS[1];

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
  const district = params.get('district');
  if (district !== null) {
    if (DISTRICT_ID.test(district)) state.district = district;
    else ignored.push(`district="${district}" (not a district id such as AZ-AGM)`);
  }
  /** A comma-separated list: known values are kept, each unknown one is reported. */
  const list = <T extends string>(key: string, valid: (value: string) => boolean): T[] | undefined => {
    const raw = params.get(key);
    if (raw === null) return undefined;
    const values = raw.split(',').filter((value) => value !== '');
    for (const value of values.filter((value) => !valid(value)))
      ignored.push(`${key}: "${value}" is not known`);
    const kept = [...new Set(values.filter(valid))] as T[];
    return kept.length > 0 ? kept : undefined;
  };
  const categories = list<Category>('category', (value) => (CATEGORIES as readonly string[]).includes(value));
  if (categories) state.categories = categories;
  const statuses = list<Status>('status', (value) => (STATUSES as readonly string[]).includes(value));
  if (statuses) state.statuses = statuses;
  const districts = list<string>('districts', (value) => DISTRICT_ID.test(value));
  if (districts) state.districts = districts;
  const q = params.get('q');
  if (q !== null && q.trim() !== '') state.q = q.slice(0, 200);
  for (const key of ['from', 'to'] as const) {
    const raw = params.get(key);
    if (raw === null) continue;
    const year = Number(raw);
    if (Number.isInteger(year) && year >= YEARS[0] && year <= YEARS[1]) state[key] = year;
    else ignored.push(`${key}="${raw}" (expected a year)`);
  }
  const kiosk = params.get('kiosk');
  if (kiosk !== null) {
    if (kiosk === '1') state.kiosk = true;
    else ignored.push(`kiosk="${kiosk}" (expected 1)`);
  }
  const embed = params.get('embed');
  if (embed !== null) {
    if (embed === '1') state.embed = true;
    else ignored.push(`embed="${embed}" (expected 1)`);
  }
  const idle = params.get('idle');
  if (idle !== null) {
    const seconds = Number(idle);
    if (Number.isInteger(seconds) && seconds >= 1 && seconds <= 86_400) state.idle = seconds;
    else ignored.push(`idle="${idle}" (expected whole seconds)`);
  }
  const before = params.get('before');
  const after = params.get('after');
  if (before !== null || after !== null) {
    if (before !== null && after !== null && ID.test(before) && ID.test(after)) {
      state.before = before;
      state.after = after;
    } else ignored.push(`before="${before ?? ''}"/after="${after ?? ''}" (two imagery layer ids are needed)`);
  }
  const mode = params.get('mode');
  if (mode !== null) {
    if ((COMPARE_MODES as readonly string[]).includes(mode)) state.mode = mode as CompareMode;
    else ignored.push(`mode="${mode}" (expected ${COMPARE_MODES.join(', ')})`);
  }
  const split = params.get('split');
  if (split !== null) {
    const value = Number(split);
    if (split.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100) state.split = value;
    else ignored.push(`split="${split}" (expected 0 to 100)`);
  }
  const asOf = params.get('asOf');
  if (asOf !== null) {
    if (isAsOfDay(asOf)) state.asOf = asOf;
    else ignored.push(`asOf="${asOf}" (expected a day YYYY-MM-DD)`);
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
  put('district', state.district);
  put('category', state.categories?.length ? state.categories.join(',') : undefined);
  put('status', state.statuses?.length ? state.statuses.join(',') : undefined);
  put('districts', state.districts?.length ? state.districts.join(',') : undefined);
  put('q', state.q?.trim() ? state.q : undefined);
  put('from', state.from?.toString());
  put('to', state.to?.toString());
  put('before', state.before);
  put('after', state.after);
  put('mode', state.before ? state.mode : undefined);
  put('split', state.before && state.split !== undefined ? String(Math.round(state.split)) : undefined);
  put('asOf', state.asOf);
  put('map', state.view && formatView(state.view));
  const text = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
