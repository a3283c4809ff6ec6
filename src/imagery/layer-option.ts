/**
 * A compare select's option: its date first, so the year stays readable however narrow the select and
 * however long the language's title ("2019 · Sentinel-2 cloudless"). The date is taken out of the title
 * where the title repeats it, so it is not read twice.
 */

/** `title` without `date` (or the date's year in brackets) and the separators left around it. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `title` without `date` (or the date's year, bare or in brackets) and the separators left around it. */
export function titleWithoutDate(title: string, date: string): string {
  let stripped = title;
  for (const token of new Set([date, date.slice(0, 4)])) {
    const word = escape(token);
    stripped = stripped
      .replace(new RegExp(`\\(\\s*${word}\\s*\\)`, 'g'), ' ')
      // Only a whole word: "20190" keeps its digits.
      .replace(new RegExp(`(^|\\s)${word}(?=\\s|$)`, 'g'), ' ');
  }
  stripped = stripped
    .replace(/\s+/g, ' ')
    // A dash, colon or comma left dangling where the date was.
    .replace(/^[\s—–:,·-]+|[\s—–:,·-]+$/g, '');
  return stripped || title;
}
