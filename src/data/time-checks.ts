/**
 * Checks of a project's dates that the timeline relies on: a completed project's `end` not after the source
 * that confirmed it, and a Great Return series in date order, each figure with a number. Figures that go down
 * are a warning (a source may count differently), not an error.
 */
import { isBefore } from '../lib/day.ts';
import type { IssueList } from './issues.ts';
import type { JsonPath } from './json-source.ts';
import type { ProjectProperties } from './schema.ts';

type At = (...path: (string | number)[]) => JsonPath;

export function checkStatusDates(
  issues: IssueList,
  properties: ProjectProperties,
  at: At,
  subject: string,
): void {
  const { status, statusAsOf, end } = properties;
  if (status === 'completed' && end !== undefined && isBefore(statusAsOf, end)) {
    issues.warn(
      'end-after-status-date',
      `end "${end}" is after statusAsOf "${statusAsOf}" of a completed project in ${subject} (a source ` +
        'cannot confirm a completion before it happened: correct one of the dates)',
      at('properties', 'end'),
    );
  }
}

export function checkResettlement(
  issues: IssueList,
  properties: ProjectProperties,
  at: At,
  subject: string,
): void {
  const series = properties.resettlement?.series;
  if (!series) return;
  const last: { families?: number; residents?: number } = {};
  series.forEach((point, i) => {
    const here = (...path: (string | number)[]) => at('properties', 'resettlement', 'series', i, ...path);
    if (point.families === undefined && point.residents === undefined) {
      issues.error(
        'missing-figures',
        `resettlement.series[${i}] gives neither families nor residents in ${subject}`,
        here(),
      );
    }
    const previous = series[i - 1];
    if (previous && !isBefore(previous.date, point.date)) {
      issues.error(
        'resettlement-order',
        `resettlement.series[${i}].date "${point.date}" is not after the figure before it ("${previous.date}") ` +
          `in ${subject} (list the figures oldest first, one per date)`,
        here('date'),
      );
    }
    for (const figure of ['families', 'residents'] as const) {
      const value = point[figure];
      if (value === undefined) continue;
      const before = last[figure];
      if (before !== undefined && value < before) {
        issues.warn(
          'resettlement-decrease',
          `resettlement.series[${i}].${figure} ${value} is lower than the earlier ${before} in ${subject} ` +
            '(figures are cumulative: check that both sources count the same thing)',
          here(figure),
        );
      }
      last[figure] = value;
    }
  });
}
