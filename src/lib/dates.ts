/**
 * The data's partial dates (YYYY, YYYY-MM, YYYY-MM-DD) in words, the same in every browser.
 *
 * Why a table and not Intl or a library: Chromium ships Intl without Azerbaijani date names, so
 * `Intl.DateTimeFormat('az')` renders "2021 M10 26" — and Azerbaijani is the kiosk's default language.
 * date-fns has an `az` locale, but with capitalised months ("Oktyabr") and "26-inci Oktyabr 2021 il", not
 * the CLDR forms; the formatjs Intl polyfill has real CLDR data, but its Azerbaijani data alone is about
 * 160 kB and it replaces Intl globally. The app needs three patterns and twelve month names per language:
 * they are copied from CLDR here, and a unit test checks every month and pattern against Node's full ICU
 * (the same CLDR), so the table cannot drift from it unnoticed.
 *
 * Digits are Latin (0–9) in every language, Arabic included: see numbers.ts.
 */
import type { Language } from '../data/schema.ts';

interface DatePatterns {
  /** Month names as used with a day ("26 октября"). */
  months: readonly string[];
  /** Month names standing alone, with a year only ("октябрь 2021 г."); the same as `months` in most languages. */
  standalone?: readonly string[];
  day: (day: number, month: string, year: number) => string;
  month: (month: string, year: number) => string;
}

const PATTERNS: Record<Language, DatePatterns> = {
  // Azerbaijani writes month names in lower case: "26 oktyabr 2021".
  az: {
    months: [
      'yanvar',
      'fevral',
      'mart',
      'aprel',
      'may',
      'iyun',
      'iyul',
      'avqust',
      'sentyabr',
      'oktyabr',
      'noyabr',
      'dekabr',
    ],
    day: (d, m, y) => `${d} ${m} ${y}`,
    month: (m, y) => `${m} ${y}`,
  },
  en: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    day: (d, m, y) => `${m} ${d}, ${y}`,
    month: (m, y) => `${m} ${y}`,
  },
  // Russian: the genitive with a day ("26 октября 2021 г."), the nominative alone ("октябрь 2021 г.").
  ru: {
    months: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    standalone: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
    day: (d, m, y) => `${d} ${m} ${y} г.`,
    month: (m, y) => `${m} ${y} г.`,
  },
  // The month names used across the Arab world outside the Levant and Iraq (CLDR `ar`).
  ar: {
    months: [
      'يناير',
      'فبراير',
      'مارس',
      'أبريل',
      'مايو',
      'يونيو',
      'يوليو',
      'أغسطس',
      'سبتمبر',
      'أكتوبر',
      'نوفمبر',
      'ديسمبر',
    ],
    day: (d, m, y) => `${d} ${m} ${y}`,
    month: (m, y) => `${m} ${y}`,
  },
  tr: {
    months: [
      'Ocak',
      'Şubat',
      'Mart',
      'Nisan',
      'Mayıs',
      'Haziran',
      'Temmuz',
      'Ağustos',
      'Eylül',
      'Ekim',
      'Kasım',
      'Aralık',
    ],
    day: (d, m, y) => `${d} ${m} ${y}`,
    month: (m, y) => `${m} ${y}`,
  },
};

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2021" → "2021", "2021-10" → "oktyabr 2021", "2021-10-26" → "26 oktyabr 2021" (az). Other text stays. */
export function formatPartialDate(value: string, lang: Language): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const year = Number(match[1]);
  if (match[2] === undefined) return String(year);
  const patterns = PATTERNS[lang];
  const index = Number(match[2]) - 1;
  const standalone = (patterns.standalone ?? patterns.months)[index];
  const withDay = patterns.months[index];
  if (standalone === undefined || withDay === undefined) return value;
  if (match[3] === undefined) return patterns.month(standalone, year);
  return patterns.day(Number(match[3]), withDay, year);
}
