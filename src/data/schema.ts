/**
 * The data contract of districts and projects, with the vocabularies every data file shares (languages,
 * categories, statuses). Imagery, scenes, the kiosk settings and the Great Return figures have their own
 * *-schema.ts files beside this one. The app and the curator CLI (both through validate-files.ts) and the
 * editor JSON Schemas (scripts/build-schemas.ts → data/schema/) are all derived from these zod schemas.
 */
import { z } from 'zod';
import { resettlement } from './resettlement-schema.ts';
import {
  httpsUrl,
  KEBAB_ID,
  localizedText,
  partialDate,
  position,
  sourceRef,
  text,
} from './schema-primitives.ts';
import { projectSite } from './site-schema.ts';

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

/** Lon/lat box of the liberated territories (Fuzuli reaches 47.63 E); geometry outside it is an error. */
export const REGION_BOUNDS = { west: 45.4, south: 38.8, east: 47.7, north: 40.6 } as const;

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
    id: z.string().regex(KEBAB_ID, { message: 'must be a kebab-case id such as aghali-smart-village' }),
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
