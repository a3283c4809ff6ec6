/**
 * A project's recorded site: the position a source or gazetteer gives for the site itself (an airport's
 * published reference point, a plant's or a dam's coordinates, a building's address point), with that
 * source. A project whose `site` is recorded is placed there and is `exact`; the validator warns when one
 * is still marked `approximate` (trust-checks.ts).
 */
import { z } from 'zod';
import { httpsUrl, partialDate, text } from './schema-primitives.ts';

export const projectSite = z.strictObject({
  /** [longitude, latitude], as in GeoJSON. */
  position: z.tuple([z.number().finite(), z.number().finite()]),
  // The fields of schema.ts's sourceRef, spelled out: schema.ts imports this file, not the other way round.
  source: z.strictObject({
    title: text,
    url: httpsUrl,
    publisher: text.optional(),
    date: partialDate.optional(),
  }),
});
export type ProjectSite = z.infer<typeof projectSite>;
