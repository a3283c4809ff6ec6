/**
 * Validation of the files behind the "About the data" panel: data/about.json (licences, the report
 * address, towns outside their polygons) and data/corrections.json (the public corrections log). Like the
 * other validators, a bad correction entry is left out and the rest are shown.
 */
import { aboutFile, type About } from './about-schema.ts';
import { z } from 'zod';
import { correction, type Correction } from './corrections.ts';
import { addZodIssues, IssueList, valueAtPath } from './issues.ts';
import { parseJsonSource } from './json-source.ts';
import { parseItems } from './parse-items.ts';
import { readDocument } from './read-document.ts';
import { text as nonEmpty } from './schema-primitives.ts';
import type { Validated } from './validate.ts';
import { isBefore } from '../lib/day.ts';

export function validateAbout(text: string, file: string): Validated<About | undefined> {
  const issues = new IssueList(file, parseJsonSource(text));
  const doc = readDocument(text, issues);
  if (!doc) return { value: undefined, issues: issues.items };
  const result = aboutFile.safeParse(doc.value);
  if (!result.success) {
    addZodIssues(issues, result.error, [], 'the about file', (path) => valueAtPath(doc.value, path));
    return { value: undefined, issues: issues.items, total: 1 };
  }
  return { value: result.data, issues: issues.items, total: 1 };
}

/** The ids a correction may name, by kind; a kind without ids (its file unreadable) is not checked. */
export interface CorrectionContext {
  project?: ReadonlySet<string>;
  scene?: ReadonlySet<string>;
  district?: ReadonlySet<string>;
}

/** The log's frame; its entries are parsed one by one (corrections.ts) so that one bad entry spares the rest. */
const correctionsTop = z.strictObject({ about: nonEmpty.optional(), corrections: z.array(z.unknown()) });

export function validateCorrections(
  text: string,
  file: string,
  context: CorrectionContext = {},
): Validated<Correction[]> {
  const issues = new IssueList(file, parseJsonSource(text));
  const doc = readDocument(text, issues);
  if (!doc) return { value: [], issues: issues.items };
  const top = correctionsTop.safeParse(doc.value);
  if (!top.success) {
    addZodIssues(issues, top.error, [], 'the corrections log', (path) => valueAtPath(doc.value, path));
    return { value: [], issues: issues.items };
  }
  const list = top.data.corrections;
  const value: Correction[] = [];
  let previous: string | undefined;
  for (const { item, index } of parseItems(list, correction, issues, ['corrections'], 'correction')) {
    const subject = `correction #${index + 1}`;
    if (previous && isBefore(item.date, previous)) {
      issues.warn(
        'corrections-not-in-order',
        `date "${item.date}" is before the entry above it ("${previous}") in ${subject}: keep the log in date order, newest last`,
        ['corrections', index, 'date'],
      );
    }
    previous = item.date;
    item.subjects.forEach((named, i) => {
      const ids = context[named.kind];
      if (ids && !ids.has(named.id)) {
        issues.warn(
          'unknown-subject',
          `${named.kind} "${named.id}" is not in the data in ${subject} (the entry is shown without its name)`,
          ['corrections', index, 'subjects', i, 'id'],
        );
      }
    });
    value.push(item);
  }
  return { value, issues: issues.items, total: list.length };
}
