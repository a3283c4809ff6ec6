/** The data issues as the curator's list shows them: by file, errors before warnings, with their counts. */
import type { DataIssue } from '../data/issues.ts';
import type { LoadFailure } from '../data/load.ts';

export interface FileIssues {
  file: string;
  /** Files that could not be fetched: each is an error with no line. */
  failures: LoadFailure[];
  errors: DataIssue[];
  warnings: DataIssue[];
}

export interface IssueCounts {
  errors: number;
  warnings: number;
}

export const countsOf = (group: FileIssues): IssueCounts => ({
  errors: group.failures.length + group.errors.length,
  warnings: group.warnings.length,
});

export function totalCounts(groups: readonly FileIssues[]): IssueCounts {
  return groups.reduce(
    (sum, group) => {
      const counts = countsOf(group);
      return { errors: sum.errors + counts.errors, warnings: sum.warnings + counts.warnings };
    },
    { errors: 0, warnings: 0 },
  );
}

/** Files with errors first (in the order the issues came), then files with warnings only. */
export function groupIssues(issues: readonly DataIssue[], failures: readonly LoadFailure[]): FileIssues[] {
  const groups = new Map<string, FileIssues>();
  const groupOf = (file: string) => {
    let group = groups.get(file);
    if (!group) {
      group = { file, failures: [], errors: [], warnings: [] };
      groups.set(file, group);
    }
    return group;
  };
  for (const failure of failures) groupOf(failure.file).failures.push(failure);
  for (const issue of issues) {
    const group = groupOf(issue.file);
    (issue.severity === 'error' ? group.errors : group.warnings).push(issue);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => countsOf(g).errors > 0), ...all.filter((g) => countsOf(g).errors === 0)];
}
