/**
 * data/about.json: what the atlas says about its own data — the licence of its own data, the licence of
 * each kind of source it rests on, where to report a correction, and the towns that the generalised
 * district polygons leave outside their own district (measured in scripts/districts, shown in the
 * district panel's precision note).
 */
import { z } from 'zod';
import { httpsUrl, localizedText, text } from './schema-primitives.ts';

/** The kinds of source the atlas rests on; each has a label and an explanation in every UI language. */
export const SOURCE_KINDS = ['official-and-news', 'boundaries', 'gazetteer', 'imagery'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A report address: an e-mail (`mailto:`) or a web form / issue tracker (`https://`). */
export const reportAddress = z
  .string()
  .refine(
    (value) =>
      URL.canParse(value) && ['mailto:', 'https:'].includes(new URL(value).protocol) && value.length > 8,
    { message: 'must be a mailto: or an https:// address' },
  );

const districtId = z
  .string()
  .regex(/^AZ-[A-Z0-9]{2,3}$/, { message: 'must be a district id such as AZ-AGM' });

export const aboutFile = z.strictObject({
  about: text.optional(),
  /** The licence of the atlas's own data: positions, summaries, notes, the corrections log. */
  dataLicense: z.strictObject({ name: text, url: httpsUrl }),
  sourceLicenses: z
    .array(z.strictObject({ kind: z.enum(SOURCE_KINDS), license: localizedText, url: httpsUrl.optional() }))
    .min(1),
  /** Where visitors report a correction (shown as a link on the web, never at the kiosk). */
  reportCorrection: reportAddress,
  /** Places outside their own district's polygon (scripts/districts/README.md; checked by a test). */
  townsOutside: z
    .array(
      z.strictObject({
        /** The place's id in scripts/districts/gazetteer.json. */
        place: text,
        name: localizedText,
        district: districtId,
        km: z.number().positive(),
        /** The polygon the place falls in instead, if any. */
        liesIn: districtId.optional(),
      }),
    )
    .default([]),
});
export type About = z.infer<typeof aboutFile>;
