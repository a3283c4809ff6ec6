import type { DataIssue } from '../../src/data/issues.ts';

/**
 * `data/projects.geojson:123:17 error unknown-category "hospital" is not a category (allowed: …)`, one line
 * per problem (editors and CI read it as FILE:LINE:COL), then, for the problems curators meet most, what to
 * do in plain words on an indented line of its own: `  fix: did you mean "transport"? …`.
 */
export function formatIssue(issue: DataIssue): string {
  const line = `${issue.file}:${issue.line}:${issue.column} ${issue.severity} ${issue.code} ${issue.message}`;
  return issue.hint ? `${line}\n  fix: ${issue.hint.text}` : line;
}

export function summary(issues: readonly DataIssue[], counts: Record<string, number>): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const checked = Object.entries(counts)
    .map(([file, n]) => `${file}: ${n} valid`)
    .join(', ');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${checked ? ` (${checked})` : ''}`;
}
