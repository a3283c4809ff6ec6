/**
 * The one data contract. The app and the curator CLI (both through validate-files.ts) and the
 * editor JSON Schemas (scripts/build-schemas.ts → data/schema/) are all derived from these zod schemas.
 */
import { z } from 'zod';
import { httpsUrl, partialDate, text } from './schema-primitives.ts';
import { projectSite } from './site-schema.ts';

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

/** `schematic`: a route drawn through the towns and passes it links, not a surveyed alignment (routes only). */
export const PRECISIONS = ['exact', 'approximate', 'schematic'] as const;
export type Precision = (typeof PRECISIONS)[number];
export const COMPARE_MODES = ['swipe', 'fade', 'side-by-side'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];
/** What an imagery layer's `date` is: when it was captured (a yearly mosaic's year) or when it was released. */
export const DATE_KINDS = ['capture', 'release'] as const;
export type DateKind = (typeof DATE_KINDS)[number];
export const SCENE_KINDS = ['compare', 'time-lapse'] as const;
export type SceneKind = (typeof SCENE_KINDS)[number];

/** Lon/lat box of the liberated territories (Fuzuli reaches 47.63 E); geometry outside it is an error. */
export const REGION_BOUNDS = { west: 45.4, south: 38.8, east: 47.7, north: 40.6 } as const;

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

/** A place's current district when the polygons lack it (Aghdara, 2023); `districts` keeps the polygon id. */
export const currentDistrict = z.strictObject({
  name: localizedText,
  since: partialDate, // the date of the law or decision
  sources: z.array(sourceRef).min(1, { message: 'needs at least one source' }),
});
export type CurrentDistrict = z.infer<typeof currentDistrict>;

const count = z.number().int().nonnegative();

/** One sourced Great Return figure: how many had moved in by `date` (cumulative). */
export const resettlementPoint = z.strictObject({
  date: partialDate,
  families: count.optional(),
  residents: count.optional(),
  sources: z.array(sourceRef).min(1, { message: 'needs at least one source' }),
});
export type ResettlementPoint = z.infer<typeof resettlementPoint>;

/** The parsed Great Return figures: the latest figure, and the series when the file gives one. */
export interface Resettlement {
  families?: number;
  residents?: number;
  date: string;
  series?: ResettlementPoint[];
}

/**
 * A settlement's Great Return figures: one figure (`families`, `residents`, `date`; its sources are the
 * project's) or a `series` of dated, sourced figures, oldest first. Either way the parsed value carries the
 * latest figure in `families`, `residents` and `date`, so whatever shows "today" reads one shape; `series`
 * is kept when the file gives one (resettlement-checks.ts checks its order).
 */
export const resettlement = z
  .strictObject({
    families: count.optional(),
    residents: count.optional(),
    date: partialDate.optional(),
    series: z.array(resettlementPoint).min(1, { message: 'needs at least one figure' }).optional(),
  })
  .superRefine((value, ctx) => {
    const single = value.date !== undefined || value.families !== undefined || value.residents !== undefined;
    if (value.series && single) {
      ctx.addIssue({
        code: 'custom',
        path: ['series'],
        message: 'give either one figure (date, families, residents) or a series of dated figures, not both',
      });
    } else if (!value.series && value.date === undefined) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['date'] });
    }
  })
  .transform(({ series, ...single }): Resettlement => {
    const latest = series?.at(-1);
    if (!series || !latest) return { ...single, date: single.date ?? '' };
    const { families, residents, date } = latest;
    return {
      ...(families === undefined ? {} : { families }),
      ...(residents === undefined ? {} : { residents }),
      date,
      series,
    };
  });

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
  currentDistrict: currentDistrict.optional(),
  site: projectSite.optional(),
  sources: z.array(sourceRef).min(1, { message: 'needs at least one source' }),
  resettlement: resettlement.optional(),
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

export const projectFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.string().regex(PROJECT_ID, { message: 'must be a kebab-case id such as aghali-smart-village' }),
    geometry: z.discriminatedUnion('type', [
      z.object({ type: z.literal('Point'), coordinates: position }),
      z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
    ]),
    properties: projectProperties,
  })
  // A site is placed exactly or approximately; only a route can be drawn schematically.
  .refine((feature) => feature.geometry.type !== 'Point' || feature.properties.precision !== 'schematic', {
    path: ['properties', 'precision'],
    message: 'a Point cannot be schematic (use "exact" or "approximate"; "schematic" is for routes)',
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
    /**
     * The time series the layer belongs to: layers of one family are steps of the timeline and frames of a
     * time-lapse (`s2-cloudless` yearly mosaics, `wayback` releases). A layer without one is for comparisons only.
     */
    family: z
      .string()
      .regex(PROJECT_ID, { message: 'must be a kebab-case id such as s2-cloudless' })
      .optional(),
    /** `capture`: `date` is when the imagery was taken (a mosaic's year); `release`: when it was published. */
    dateKind: z.enum(DATE_KINDS).optional(),
  })
  .superRefine((layer, ctx) => {
    if (layer.family !== undefined && layer.dateKind === undefined) {
      // A family's dates are shown on the timeline, labelled as capture or release dates.
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['dateKind'] });
    }
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

const sceneFields = {
  id: z.string().regex(PROJECT_ID, { message: 'must be a kebab-case id such as shusha' }),
  title: localizedText,
  /** The caption; a time-lapse shows it until the first of its `captions` applies. */
  caption: localizedText,
  camera: z.strictObject({
    center: lonLat,
    zoom: z.number().min(0).max(22),
    bearing: z.number().min(-360).max(360).default(0),
    pitch: z.number().min(0).max(85).default(0),
  }),
  projects: z.array(text).optional(),
  /** Where the caption's facts and figures come from, shown with the caption (like a project's sources). */
  sources: z.array(sourceRef).min(1, { message: 'needs at least one source' }),
};

/** A before/after comparison of two layers (the kind of a scene without `kind`). */
export const compareScene = z.strictObject({
  kind: z.literal('compare').default('compare'),
  ...sceneFields,
  imagery: z.strictObject({ before: text, after: text, mode: z.enum(COMPARE_MODES).default('swipe') }),
  seconds: z.number().positive().max(600).default(20),
});
export type CompareScene = z.infer<typeof compareScene>;

/** A caption that applies from a date on (the frames of a time-lapse dated `from` or later). */
export const datedCaption = z.strictObject({ from: partialDate, caption: localizedText });
export type DatedCaption = z.infer<typeof datedCaption>;

/** The layers of one imagery family dated from `from` to `to`, one frame each (scene-checks.ts). */
export const timeLapseScene = z.strictObject({
  kind: z.literal('time-lapse'),
  ...sceneFields,
  timeLapse: z.strictObject({
    family: text,
    from: partialDate,
    to: partialDate,
    secondsPerFrame: z.number().min(0.5).max(60).default(3),
  }),
  captions: z.array(datedCaption).min(1).optional(),
  /** Time on screen; by default every frame once (frames × secondsPerFrame). */
  seconds: z.number().positive().max(600).optional(),
});
export type TimeLapseScene = z.infer<typeof timeLapseScene>;

export const scene = z.discriminatedUnion('kind', [compareScene, timeLapseScene]);
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
