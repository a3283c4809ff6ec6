/** Data issues: what a curator reads in the CLI and in the app's "Data issues" panel. */
import { closestMatch } from 'leven';
import type { z } from 'zod';
import { hint, type Hint } from './hints.ts';
import type { JsonPath, JsonSource } from './json-source.ts';

export type Severity = 'error' | 'warning';

export interface DataIssue {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** A stable kebab-case code such as `unknown-category`, for scripts and for looking up help. */
  code: string;
  /** Plain text that names the field and says what is wrong. */
  message: string;
  /** What to do about it, for the issues curators meet most (a comma, a quote, a misspelt value). */
  hint?: Hint;
}

export class IssueList {
  readonly items: DataIssue[] = [];
  constructor(
    readonly file: string,
    readonly source: JsonSource | undefined,
  ) {}

  add(severity: Severity, code: string, message: string, path: JsonPath = [], fix?: Hint): void {
    const { line, column } = this.source?.locate(path) ?? { line: 1, column: 1 };
    this.items.push({ file: this.file, line, column, severity, code, message, ...(fix && { hint: fix }) });
  }
  error(code: string, message: string, path: JsonPath = [], fix?: Hint): void {
    this.add('error', code, message, path, fix);
  }
  warn(code: string, message: string, path: JsonPath = [], fix?: Hint): void {
    this.add('warning', code, message, path, fix);
  }
  errorCount(): number {
    return this.items.filter((issue) => issue.severity === 'error').length;
  }
}

/** `name.en`, `sources[1].url` — how a curator would point at a field. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

const NOUNS: Record<string, string> = {
  category: 'a category',
  status: 'a status',
  region: 'a region',
  precision: 'a precision',
  type: 'a type',
  mode: 'a compare mode',
  kind: 'a scene kind',
  dateKind: 'a date kind',
  languages: 'a language',
  defaultLanguage: 'a language',
};

/** The allowed value a misspelt one was most likely meant to be ("Transport", "tranport"), if any is close. */
export function nearest(value: string, allowed: readonly string[]): string | undefined {
  const lower = value.trim().toLowerCase();
  const exact = allowed.find((candidate) => candidate.toLowerCase() === lower);
  if (exact) return exact;
  // Up to a third of the letters wrong: "hospital" is not a misspelt "social".
  return closestMatch(lower, allowed, { maxDistance: Math.max(1, Math.floor(lower.length / 3)) });
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

/** Turns zod's issues into curator-facing ones, located at the offending value in the file. */
export function addZodIssues(
  list: IssueList,
  error: z.ZodError,
  basePath: JsonPath,
  subject: string,
  valueAt: (path: readonly PropertyKey[]) => unknown,
): void {
  for (const issue of error.issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const field = fieldName(path);
    const leaf = [...path].reverse().find((key): key is string => typeof key === 'string') ?? 'value';
    const at = [...basePath, ...path];
    const value = valueAt(path);
    const missing =
      value === undefined &&
      (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value');
    if (missing) {
      list.error(`missing-${leaf}`, `${field} is required in ${subject}`, at);
    } else if (
      (issue.code === 'invalid_value' && 'values' in issue) ||
      (issue.code === 'invalid_union' && 'options' in issue)
    ) {
      // A discriminated union (a scene's `kind`) lists its options like an enum lists its values.
      const options = 'values' in issue ? issue.values : (issue.options as unknown[]);
      const values = options.filter((option) => option !== undefined).map(String);
      const allowed = values.join(', ');
      const suggestion = typeof value === 'string' ? nearest(value, values) : undefined;
      list.error(
        `unknown-${leaf}`,
        `${describe(value)} is not ${NOUNS[leaf] ?? `an allowed ${leaf}`} (allowed: ${allowed}) in ${subject}`,
        at,
        suggestion ? hint('didYouMean', { suggestion, allowed }) : hint('allowedValues', { allowed }),
      );
    } else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        list.error('unknown-field', `"${key}" is not a known field of ${field || 'the item'} in ${subject}`, [
          ...at,
          key,
        ]);
      }
    } else {
      // An item that is not an object at all has no field name: "null: Invalid input… in project #3".
      const what = field ? `${field} ${describe(value)}` : describe(value);
      list.error(`invalid-${leaf}`, `${what}: ${issue.message} in ${subject}`, at);
    }
  }
}

/** Reads a value at a zod path inside an unknown JSON value. */
export function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Issues in reading order: by file as given, then line and column (validators find them out of order). */
export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  const fileOrder = new Map<string, number>();
  for (const issue of issues) if (!fileOrder.has(issue.file)) fileOrder.set(issue.file, fileOrder.size);
  return [...issues].sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line || a.column - b.column,
  );
}
