/**
 * The one data contract. The app (validate.ts in the browser), the curator CLI (scripts/check-data.ts) and the
 * editor JSON Schemas (scripts/build-schemas.ts → data/schema/) are all derived from these zod schemas.
 */
import { z } from 'zod';

// The production Content-Security-Policy forbids eval. Zod would probe `Function('')` on the first parse
// (a reported CSP violation) before falling back to parsing without compiled code: in the browser, say so
// up front. Node (the curator CLI) keeps the faster compiled parsers.
if (typeof window !== 'undefined') z.config({ jitless: true });

export const LANGUAGES = ['az', 'en', 'ru', 'ar', 'tr'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Languages every name, title and caption must have; ar and tr are welcome (missing ones are warnings). */
export const REQUIRED_LANGUAGES = ['az', 'en', 'ru'] as const;

export const CATEGORIES = [
  'housing',
  'transport',
  'energy',
  'agriculture',
  'industry',
  'social',
  'heritage',
  'urban',
  'demining',
  'tourism',
  'water',
  'digital',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['planned', 'under-construction', 'completed'] as const;
export type Status = (typeof STATUSES)[number];

export const REGIONS = ['karabakh', 'east-zangezur', 'other'] as const;
export type Region = (typeof REGIONS)[number];

export const PRECISIONS = ['exact', 'approximate'] as const;
export const COMPARE_MODES = ['swipe', 'fade', 'side-by-side'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

/** Lon/lat box of the liberated territories (Fuzuli reaches 47.63 E); geometry outside it is an error. */
export const REGION_BOUNDS = { west: 45.4, south: 38.8, east: 47.7, north: 40.6 } as const;

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

export const partialDate = z
  .string()
  .refine(isRealDate, { message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' });

const text = z.string().trim().min(1, { message: 'must not be empty' });

export const httpsUrl = z
  .string()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    message: 'must be an https:// URL',
  });

/** Text in several languages. Unknown keys are errors so that a typo such as "eng" is caught. */
export const localizedText = z.strictObject({
  az: text,
  en: text,
  ru: text,
  ar: text.optional(),
  tr: text.optional(),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** [longitude, latitude] or [longitude, latitude, altitude], as GeoJSON (and check-geojson) allow. */
const position = z.union([
  z.tuple([z.number().finite(), z.number().finite()]),
  z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]),
]);

export const sourceRef = z.strictObject({
  title: text,
  url: httpsUrl,
  publisher: text.optional(),
  date: partialDate.optional(),
});

const PROJECT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DISTRICT_ID = /^AZ-[A-Z0-9]{2,3}$/;

export const projectProperties = z.strictObject({
  name: localizedText,
  summary: localizedText,
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  /** The date the status was last confirmed by a source. */
  statusAsOf: partialDate,
  districts: z
    .array(z.string().regex(DISTRICT_ID, { message: 'must be a district id such as AZ-AGM' }))
    .min(1),
  /** When work began; optional because not every project's start is on the public record (warned). */
  start: partialDate.optional(),
  end: partialDate.optional(),
  precision: z.enum(PRECISIONS).default('exact'),
  sources: z.array(sourceRef).min(1, { message: 'needs at least one source' }),
  resettlement: z
    .strictObject({
      families: z.number().int().nonnegative().optional(),
      residents: z.number().int().nonnegative().optional(),
      date: partialDate,
    })
    .optional(),
  imagery: z.strictObject({ before: text, after: text }).optional(),
  /** Photos or drawings shown in the passport; each names its author and licence. */
  media: z
    .array(
      z.strictObject({
        url: httpsUrl,
        caption: localizedText,
        credit: text,
        license: text,
      }),
    )
    .optional(),
});
export type ProjectProperties = z.infer<typeof projectProperties>;

export const projectFeature = z.object({
  type: z.literal('Feature'),
  id: z.string().regex(PROJECT_ID, { message: 'must be a kebab-case id such as aghali-smart-village' }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Point'), coordinates: position }),
    z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  ]),
  properties: projectProperties,
});
export type ProjectFeature = z.infer<typeof projectFeature>;

export const districtProperties = z.strictObject({
  name: localizedText,
  region: z.enum(REGIONS),
  liberated: partialDate.optional(),
  source: z.strictObject({ title: text, url: httpsUrl, license: text, note: text.optional() }),
});
export type DistrictProperties = z.infer<typeof districtProperties>;

export const districtFeature = z.object({
  type: z.literal('Feature'),
  id: z.string().regex(DISTRICT_ID, { message: 'must be an ISO 3166-2 code such as AZ-AGM' }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }),
  ]),
  properties: districtProperties,
});
export type DistrictFeature = z.infer<typeof districtFeature>;

const TILE_TEMPLATE = /\{z\}.*\{(x|y)\}.*\{(x|y)\}/;

/** A PMTiles archive: `pmtiles://` (relative to the app or absolute) or an https URL (a bucket, a CDN). */
const isArchiveUrl = (url: string) =>
  url.startsWith('pmtiles://') || (URL.canParse(url) && new URL(url).protocol === 'https:');
const ARCHIVE_URL_MESSAGE = 'a pmtiles layer needs a pmtiles:// or an https:// URL';

export const imageryLayer = z
  .strictObject({
    id: z.string().regex(PROJECT_ID, { message: 'must be a kebab-case id such as s2-2024' }),
    source: text,
    title: localizedText,
    date: partialDate,
    type: z.enum(['xyz', 'wmts', 'pmtiles']),
    url: text,
    tileSize: z.union([z.literal(256), z.literal(512)]).default(256),
    minzoom: z.number().int().min(0).max(24).default(0),
    maxzoom: z.number().int().min(0).max(24).default(18),
    bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    attribution: text,
    license: text,
    licenseUrl: httpsUrl,
    /** The licence forbids commercial use (EOX 2018+ mosaics): the README and the about text say so. */
    nonCommercial: z.boolean().default(false),
    termsUrl: httpsUrl.optional(),
    resolution: text.optional(),
    note: localizedText.partial().optional(),
  })
  .superRefine((layer, ctx) => {
    if (layer.type === 'pmtiles' ? !isArchiveUrl(layer.url) : !TILE_TEMPLATE.test(layer.url)) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message:
          layer.type === 'pmtiles' ? ARCHIVE_URL_MESSAGE : 'must be a tile template with {z}, {x} and {y}',
      });
    }
    if (layer.minzoom > layer.maxzoom) {
      ctx.addIssue({ code: 'custom', path: ['minzoom'], message: 'must not be greater than maxzoom' });
    }
  });
export type ImageryLayer = z.infer<typeof imageryLayer>;

export const imageryCatalog = z.object({
  metadata: z.record(z.string(), z.unknown()).optional(),
  defaultPair: z.strictObject({ before: text, after: text }),
  layers: z.array(z.unknown()),
});

const lonLat = z.tuple([z.number().finite(), z.number().finite()]);

export const scene = z.strictObject({
  id: z.string().regex(PROJECT_ID, { message: 'must be a kebab-case id such as shusha' }),
  title: localizedText,
  caption: localizedText,
  camera: z.strictObject({
    center: lonLat,
    zoom: z.number().min(0).max(22),
    bearing: z.number().min(-360).max(360).default(0),
    pitch: z.number().min(0).max(85).default(0),
  }),
  imagery: z.strictObject({ before: text, after: text, mode: z.enum(COMPARE_MODES).default('swipe') }),
  projects: z.array(text).optional(),
  seconds: z.number().positive().max(600).default(20),
});
export type Scene = z.infer<typeof scene>;

export const scenesFile = z.object({
  metadata: z.record(z.string(), z.unknown()).optional(),
  scenes: z.array(z.unknown()),
});

export const kioskSettings = z.strictObject({
  idleSeconds: z.number().int().min(5).max(3600).default(90),
  countdownSeconds: z.number().int().min(3).max(120).default(10),
  languages: z.array(z.enum(LANGUAGES)).min(1).max(2).default(['az', 'en']),
  defaultLanguage: z.enum(LANGUAGES).default('az'),
  featuredScenes: z.array(text).default([]),
  publicBaseUrl: httpsUrl,
  operatorPin: z.string().regex(/^\d{4,8}$/, { message: 'must be 4 to 8 digits' }),
  offlineArchives: z
    .array(z.strictObject({ layer: text, url: text.refine(isArchiveUrl, { message: ARCHIVE_URL_MESSAGE }) }))
    .default([]),
  home: z.strictObject({ center: lonLat, zoom: z.number().min(0).max(22) }),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export type KioskSettings = z.infer<typeof kioskSettings>;
