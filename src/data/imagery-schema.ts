/** An imagery layer of data/imagery.json, and the catalog around the layers. */
import { z } from 'zod';
import { httpsUrl, KEBAB_ID, localizedText, partialDate, text } from './schema-primitives.ts';

/** What an imagery layer's `date` is: when it was captured (a yearly mosaic's year) or when it was released. */
export const DATE_KINDS = ['capture', 'release'] as const;
export type DateKind = (typeof DATE_KINDS)[number];

const TILE_TEMPLATE = /\{z\}.*\{(x|y)\}.*\{(x|y)\}/;

/** A PMTiles archive: `pmtiles://` (relative to the app or absolute) or an https URL (a bucket, a CDN). */
export const isArchiveUrl = (url: string) =>
  url.startsWith('pmtiles://') || (URL.canParse(url) && new URL(url).protocol === 'https:');
export const ARCHIVE_URL_MESSAGE = 'a pmtiles layer needs a pmtiles:// or an https:// URL';

export const imageryLayer = z
  .strictObject({
    id: z.string().regex(KEBAB_ID, { message: 'must be a kebab-case id such as s2-2024' }),
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
    /**
     * The licence allows a visitor to save a picture or an animation of the view with the attribution burned
     * in (CC BY, CC BY-NC-SA, public domain). Off unless a curator has read the terms: Esri's forbid it.
     */
    savePictures: z.boolean().default(false),
    resolution: text.optional(),
    note: localizedText.partial().optional(),
    /**
     * The time series the layer belongs to: layers of one family are steps of the timeline and frames of a
     * time-lapse (`s2-cloudless` yearly mosaics, `wayback` releases). A layer without one is for comparisons only.
     */
    family: z
      .string()
      .regex(KEBAB_ID, { message: 'must be a kebab-case id such as s2-cloudless' })
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
