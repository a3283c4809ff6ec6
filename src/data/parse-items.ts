/** Each item of a file's list (features, layers, scenes) parsed on its own, so one bad item spares the rest. */
import type { z } from 'zod';
import { addZodIssues, valueAtPath, type IssueList } from './issues.ts';
import type { JsonPath } from './json-source.ts';
import type { LocalizedText } from './schema-primitives.ts';
import { LANGUAGES, REQUIRED_LANGUAGES } from './schema.ts';

/** How a message names an item: by its id, else by its place in the file. */
export function subjectOf(kind: string, id: unknown, index: number): string {
  return typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind} #${index + 1}`;
}

/** Parses each item with zod; the valid ones come back with their index in the file. */
export function parseItems<T>(
  items: unknown[],
  schema: z.ZodType<T>,
  issues: IssueList,
  basePath: JsonPath,
  kind: string,
  skip: Set<number> = new Set(),
): { item: T; index: number; subject: string }[] {
  const valid: { item: T; index: number; subject: string }[] = [];
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    if (skip.has(index)) return;
    const id = (raw as { id?: unknown } | null)?.id;
    const subject = subjectOf(kind, id, index);
    const result = schema.safeParse(raw);
    if (!result.success) {
      addZodIssues(issues, result.error, [...basePath, index], subject, (path) => valueAtPath(raw, path));
      return;
    }
    if (typeof id === 'string') {
      if (seen.has(id)) {
        issues.error('duplicate-id', `id "${id}" is used twice: ids must be unique`, [
          ...basePath,
          index,
          'id',
        ]);
        return;
      }
      seen.add(id);
    }
    valid.push({ item: result.data, index, subject });
  });
  return valid;
}

/** Optional languages missing from a text: a warning, since the app falls back to English. */
export function warnMissingTranslations(
  issues: IssueList,
  text: LocalizedText | undefined,
  path: JsonPath,
  subject: string,
): void {
  if (!text) return;
  const missing = LANGUAGES.filter((lang) => !REQUIRED_LANGUAGES.includes(lang as 'az') && !text[lang]);
  if (missing.length > 0) {
    issues.warn(
      'missing-translation',
      `${path.at(-1)} has no ${missing.join(', ')} text in ${subject} (the app falls back to English)`,
      path,
    );
  }
}
