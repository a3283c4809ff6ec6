/**
 * The one data contract. The app and the curator CLI (both through validate-files.ts) and the
 * editor JSON Schemas (scripts/build-schemas.ts → data/schema/) are all derived from these zod schemas.
 */
import { z } from 'zod';
import { httpsUrl, partialDate, text } from './schema-primitives.ts';

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
    if (layer.type === 'pmtiles' ? !layer.url.startsWith('pmtiles://') : !TILE_TEMPLATE.test(layer.url)) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message:
          layer.type === 'pmtiles'
            ? 'a pmtiles layer needs a pmtiles:// URL'
            : 'must be a tile template with {z}, {x} and {y}',
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
  /** Where the caption's facts and figures come from, shown with the caption (like a project's sources). */
  sources: z.array(sourceRef).min(1, { message: 'needs at least one source' }),
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
  offlineArchives: z.array(z.strictObject({ layer: text, url: text })).default([]),
  home: z.strictObject({ center: lonLat, zoom: z.number().min(0).max(22) }),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export type KioskSettings = z.infer<typeof kioskSettings>;
