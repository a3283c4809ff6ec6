/**
 * The text burned into a saved picture: lines wrapped to the picture's width, and a file name that says the
 * place and the dates in ASCII (it travels through mail and chat apps that mangle other names).
 */

/** Splits `text` into lines no wider than `maxWidth`, breaking at spaces; a single longer word stays whole. */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** `revival-atlas_fuzuli-international-airport_2019-2025.png`: ids are kebab-case ASCII already. */
export function pictureFileName(place: string, dates: readonly string[], extension: string): string {
  const unique = dates.filter((date, i) => dates.indexOf(date) === i);
  const parts = ['revival-atlas', place, unique.join('-')].filter(Boolean);
  return `${parts.join('_').replace(/[^A-Za-z0-9_.-]+/g, '-')}.${extension}`;
}
