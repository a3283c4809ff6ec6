/**
 * Field types shared by the data schemas (schema.ts and the *-schema.ts files beside it): dates as curators
 * write them, plain text, https links, text in several languages, sources and coordinates.
 */
import { z } from 'zod';
import { isPartialDate } from '../lib/day.ts';

// The production Content-Security-Policy forbids eval. Zod would probe `Function('')` on the first parse
// (a reported CSP violation) before falling back to parsing without compiled code: in the browser, say so
// up front. Every schema file imports this one, so the setting is in place before any parse. Node (the
// curator CLI) keeps the faster compiled parsers.
if (typeof window !== 'undefined') z.config({ jitless: true });

export const partialDate = z
  .string()
  .refine(isPartialDate, { message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' });

export const text = z.string().trim().min(1, { message: 'must not be empty' });

export const httpsUrl = z
  .string()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    message: 'must be an https:// URL',
  });

/** Ids of projects, layers, families and scenes. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
export const position = z.union([
  z.tuple([z.number().finite(), z.number().finite()]),
  z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]),
]);

/** A camera's or a home view's centre. */
export const lonLat = z.tuple([z.number().finite(), z.number().finite()]);

export const sourceRef = z.strictObject({
  title: text,
  url: httpsUrl,
  publisher: text.optional(),
  date: partialDate.optional(),
});
