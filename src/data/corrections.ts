/**
 * The public corrections log (data/corrections.json): what was corrected in the published data, when and on
 * which sources. Entries are structured (subjects, kind, field, before/after) so that the app can render
 * them in every language from templates and the localised names of the subjects; `note` is for curators.
 */
import { z } from 'zod';
import { sourceRef } from './schema-primitives.ts';
import { partialDate, text } from './schema-primitives.ts';

export const CORRECTION_KINDS = [
  'position',
  'route',
  'district',
  'current-district',
  'date',
  'figure',
  'status',
  'name',
  'wording',
  'boundary-note',
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const correctionSubject = z.strictObject({
  kind: z.enum(['project', 'scene', 'district']),
  id: text,
});

export const correction = z.strictObject({
  date: partialDate,
  subjects: z.array(correctionSubject).min(1),
  kind: z.enum(CORRECTION_KINDS),
  /** The corrected field, e.g. geometry, districts, start, caption, source.note. */
  field: text,
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  note: text,
  sources: z.array(sourceRef).min(1, { message: 'needs at least one source' }),
});
export type Correction = z.infer<typeof correction>;

export const correctionsFile = z.strictObject({
  about: text.optional(),
  corrections: z.array(correction),
});
