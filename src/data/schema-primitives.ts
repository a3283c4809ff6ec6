/** Field types shared by the data schemas (schema.ts): dates as curators write them, plain text, https links. */
import { z } from 'zod';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

export const partialDate = z
  .string()
  .refine(isRealDate, { message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' });

export const text = z.string().trim().min(1, { message: 'must not be empty' });

export const httpsUrl = z
  .string()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    message: 'must be an https:// URL',
  });
