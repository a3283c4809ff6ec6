/**
 * What the public notice says about the data: for each file, truthfully, what the visitor does not see
 * because of it. A file that could not be fetched or read shows nothing; a file with bad entries shows the
 * others; a file whose errors leave nothing out (a default imagery pair that falls back) is said to be shown.
 */
import type { DataIssue } from '../data/issues.ts';
import type { LoadFailure } from '../data/load.ts';
import type { DataKind, FileSummary } from '../data/validate-files.ts';

/**
 * The kinds of file whose content visitors see on the map (kiosk settings change nothing a web visitor
 * sees; the about panel says itself when its files are missing).
 */
export type ShownKind = Exclude<DataKind, 'kiosk' | 'about' | 'corrections'>;

export type NoticeLine = { kind: ShownKind; file: string } & (
  | { what: 'not-loaded'; message: string }
  | { what: 'unreadable' }
  | { what: 'left-out'; count: number }
  | { what: 'errors-all-shown' }
);

const shown = (kind: DataKind): kind is ShownKind =>
  kind !== 'kiosk' && kind !== 'about' && kind !== 'corrections';

export function noticeLines(
  failures: readonly LoadFailure[],
  files: Readonly<Record<string, FileSummary>>,
  issues: readonly DataIssue[],
): NoticeLine[] {
  const lines: NoticeLine[] = [];
  for (const { kind, file, message } of failures) {
    if (shown(kind)) lines.push({ kind, file, what: 'not-loaded', message });
  }
  for (const [file, { kind, valid, total }] of Object.entries(files)) {
    if (!shown(kind) || !issues.some((issue) => issue.file === file && issue.severity === 'error')) continue;
    if (total === undefined) lines.push({ kind, file, what: 'unreadable' });
    else if (total > valid) lines.push({ kind, file, what: 'left-out', count: total - valid });
    else lines.push({ kind, file, what: 'errors-all-shown' });
  }
  return lines;
}
