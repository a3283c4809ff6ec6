/** Field types shared by the data schemas (schema.ts): dates as curators write them, plain text, https links. */
import { z } from 'zod';
import { isPartialDate } from '../lib/day.ts';

export const partialDate = z
  .string()
  .refine(isPartialDate, { message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' });

export const text = z.string().trim().min(1, { message: 'must not be empty' });

export const httpsUrl = z
  .string()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    message: 'must be an https:// URL',
  });
