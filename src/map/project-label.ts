/**
 * A project's name as its map label: short enough to find room beside its marker. The words in brackets
 * (the name's explanation) go, and a long name is wrapped on two lines and then cut at a word with "…".
 * The passport and the list still give the whole name.
 */

const LINE = 24;
const LINES = 2;

export function projectLabelText(name: string, line = LINE, lines = LINES): string {
  const words = name
    .replace(/\s*[([][^)\]]*[)\]]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    // A single word longer than a line is kept whole.
    if (next.length <= line || !current) {
      current = next;
      continue;
    }
    if (out.length === lines - 1) {
      out.push(`${current}…`);
      return out.join('\n');
    }
    out.push(current);
    current = word;
  }
  if (current) out.push(current);
  return out.join('\n');
}
