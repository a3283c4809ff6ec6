/** The kiosk's settings (data/kiosk.json): timers, languages, featured scenes, offline archives, home view. */
import { z } from 'zod';
import { PIN_HASH_PATTERN } from '../lib/pin-hash.ts';
import { ARCHIVE_URL_MESSAGE, isArchiveUrl } from './imagery-schema.ts';
import { LANGUAGES } from './schema.ts';
import { httpsUrl, lonLat, text } from './schema-primitives.ts';

export const kioskSettings = z.strictObject({
  idleSeconds: z.number().int().min(5).max(3600).default(90),
  countdownSeconds: z.number().int().min(3).max(120).default(10),
  languages: z.array(z.enum(LANGUAGES)).min(1).max(2).default(['az', 'en']),
  defaultLanguage: z.enum(LANGUAGES).default('az'),
  featuredScenes: z.array(text).default([]),
  publicBaseUrl: httpsUrl,
  // Served to every browser: a salted hash (lib/pin-hash.ts), never the PIN itself.
  operatorPinHash: z.string().regex(PIN_HASH_PATTERN, {
    message: 'must be the line that `npm run kiosk:pin` prints (pbkdf2-sha256$…)',
  }),
  offlineArchives: z
    .array(z.strictObject({ layer: text, url: text.refine(isArchiveUrl, { message: ARCHIVE_URL_MESSAGE }) }))
    .default([]),
  home: z.strictObject({ center: lonLat, zoom: z.number().min(0).max(22) }),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export type KioskSettings = z.infer<typeof kioskSettings>;
