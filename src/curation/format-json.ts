/**
 * The clean file writer: prints a data file the way the shipped files are written (Prettier's JSON style with
 * the project's print width of 110), so that a `git diff` of a saved file shows only what the curator changed
 * and a file saved without an edit is byte-identical. Prettier itself is not shipped to the browser for this
 * (it is several hundred kilobytes); the few rules it applies to JSON are reproduced here and checked against
 * Prettier and against every shipped data file in format-json.test.ts.
 *
 * The rules, as Prettier applies them to JSON:
 * - a non-empty object is always written one key per line (every object in the data files is);
 * - an array is written on one line when it fits in the print width (counting the indentation, the key and a
 *   following comma), otherwise one element per line;
 * - an array of two or more objects or arrays that each have two or more entries always breaks;
 * - an array of numbers that does not fit is filled: as many numbers per line as fit.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export const PRINT_WIDTH = 110;
const INDENT = '  ';

/** Text width as Prettier counts it: one column per code point (the data has no wide East Asian text). */
const widthOf = (text: string) => [...text].length;

/**
 * `prettier`: the hand-curated files. `rings`: districts.geojson as `npm run data:districts` writes it
 * (JSON.stringify's two-space layout, each ring of a polygon on one line, as regenerated rings are diffed whole).
 */
export type FileStyle = 'prettier' | 'rings';

/** The style a data file is written in, from its name. */
export const styleOfFile = (name: string): FileStyle =>
  /districts.*\.geojson$/.test(name) ? 'rings' : 'prettier';

/** The file's text: the formatted value and a final newline. */
export function formatJsonFile(value: JsonValue, style: FileStyle = 'prettier'): string {
  return `${style === 'rings' ? printRings(value, '') : printValue(value, '', 0, 0)}\n`;
}

const isPosition = (item: JsonValue) => Array.isArray(item) && item.every((n) => typeof n === 'number');

/** JSON.stringify(value, null, 2), with arrays of positions (rings) on one line. */
function printRings(value: JsonValue, indent: string): string {
  if (value === null || typeof value !== 'object') return printScalar(value);
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPosition)) return JSON.stringify(value);
    return `[\n${value.map((item) => inner + printRings(item, inner)).join(',\n')}\n${indent}]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  const lines = keys.map((key) => `${inner}${JSON.stringify(key)}: ${printRings(value[key] ?? null, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

function printScalar(value: null | boolean | number | string): string {
  return JSON.stringify(value);
}

/** Whether an array must be written one element per line whatever its width (Prettier's rule). */
function forcedBreak(items: JsonValue[]): boolean {
  if (items.length < 2) return false;
  const first = items[0];
  const kind = Array.isArray(first) ? 'array' : typeof first === 'object' && first !== null ? 'object' : '';
  if (kind === '') return false;
  return items.every((item) => {
    if (Array.isArray(item)) return kind === 'array' && item.length > 1;
    if (typeof item === 'object' && item !== null) return kind === 'object' && Object.keys(item).length > 1;
    return false;
  });
}

/** The value on one line, or undefined when it cannot be (it holds a non-empty object). */
function flat(value: JsonValue): string | undefined {
  if (value === null || typeof value !== 'object') return printScalar(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (forcedBreak(value)) return undefined;
    const parts: string[] = [];
    for (const item of value) {
      const part = flat(item);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    return `[${parts.join(', ')}]`;
  }
  return Object.keys(value).length === 0 ? '{}' : undefined;
}

/**
 * Prints a value that starts at column `column` (after its indentation and key), with `trailing` columns
 * after it on the same line (a comma).
 */
function printValue(value: JsonValue, indent: string, column: number, trailing: number): string {
  if (value === null || typeof value !== 'object') return printScalar(value);
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    const oneLine = flat(value);
    if (oneLine !== undefined && column + widthOf(oneLine) + trailing <= PRINT_WIDTH) return oneLine;
    if (value.length > 1 && value.every((item) => typeof item === 'number')) {
      return `[\n${fillNumbers(value, inner)}\n${indent}]`;
    }
    const lines = value.map((item, index) => {
      const comma = index < value.length - 1 ? 1 : 0;
      return `${inner}${printValue(item, inner, widthOf(inner), comma)}${comma ? ',' : ''}`;
    });
    return `[\n${lines.join('\n')}\n${indent}]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  const lines = keys.map((key, index) => {
    const comma = index < keys.length - 1 ? 1 : 0;
    const head = `${inner}${JSON.stringify(key)}: `;
    return `${head}${printValue(value[key] ?? null, inner, widthOf(head), comma)}${comma ? ',' : ''}`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** Numbers filled into lines of at most the print width, each followed by its comma. */
function fillNumbers(numbers: number[], indent: string): string {
  const lines: string[] = [];
  let line = '';
  numbers.forEach((number, index) => {
    const part = `${printScalar(number)}${index < numbers.length - 1 ? ',' : ''}`;
    const candidate = line === '' ? part : `${line} ${part}`;
    if (line !== '' && widthOf(indent) + widthOf(candidate) > PRINT_WIDTH) {
      lines.push(line);
      line = part;
    } else {
      line = candidate;
    }
  });
  lines.push(line);
  return lines.map((text) => indent + text).join('\n');
}
