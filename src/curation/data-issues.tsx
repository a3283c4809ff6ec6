/**
 * The curator's view of the data: a button that says how many errors and warnings there are, and a list of
 * them by file, errors first, each with its line and column, what to do about it (translated) and the
 * validator's own message (English, as `npm run check-data` prints it). Everything is rendered as text:
 * issue messages quote curator input.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hintTranslationKey } from '../data/hints.ts';
import type { DataIssue } from '../data/issues.ts';
import { isolateIn } from '../lib/bidi.ts';
import { useAppStore } from '../store/app-store.ts';
import { PROJECT_LIST_ID } from '../ui/page-ids.ts';
import { Panel } from '../ui/panel.tsx';
import { countsOf, groupIssues, totalCounts, type IssueCounts } from './issue-groups.ts';

const openedByUrl = (search: string) => new URLSearchParams(search).get('issues') === '1';

/** Shown in development, whenever a file has errors, or with `?issues=1` (a curator checking a deployment). */
export function issuesButtonVisible(
  issues: readonly DataIssue[],
  failures: number,
  search: string,
  dev: boolean,
): boolean {
  if (dev || failures > 0 || issues.some((issue) => issue.severity === 'error')) return true;
  return openedByUrl(search);
}

/** "1 error, 68 warnings": the counts say which is which, in words. */
function useCountsText(): (counts: IssueCounts) => string {
  const { t } = useTranslation();
  return ({ errors, warnings }) =>
    [t('issues.errorCount', { count: errors }), t('issues.warningCount', { count: warnings })].join(
      t('format.separator'),
    );
}

function useGroups() {
  const issues = useAppStore((s) => s.data.issues);
  const failures = useAppStore((s) => s.data.failures);
  return useMemo(() => groupIssues(issues, failures), [issues, failures]);
}

export function DataIssuesButton() {
  const { t } = useTranslation();
  const groups = useGroups();
  const issues = useAppStore((s) => s.data.issues);
  const failures = useAppStore((s) => s.data.failures);
  const open = useAppStore((s) => s.ui.issuesOpen);
  const setIssuesOpen = useAppStore((s) => s.setIssuesOpen);
  const countsText = useCountsText();
  // `?issues=1` opens the list, as the README promises (the button alone is easy to miss).
  useEffect(() => {
    if (openedByUrl(window.location.search)) setIssuesOpen(true);
  }, [setIssuesOpen]);
  if (!issuesButtonVisible(issues, failures.length, window.location.search, import.meta.env.DEV)) return null;
  const counts = totalCounts(groups);
  return (
    <button
      type="button"
      className="issues-button"
      aria-expanded={open}
      aria-controls="data-issues"
      onClick={() => setIssuesOpen(!open)}
    >
      {t('issues.button')}{' '}
      <span className={counts.errors > 0 ? 'badge badge-error' : 'badge'}>{countsText(counts)}</span>
    </button>
  );
}

function IssueItem({ issue }: { issue: DataIssue }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const { hint } = issue;
  const params = hint
    ? Object.fromEntries(
        Object.entries(hint.params).map(([k, v]) => [k, typeof v === 'string' ? isolateIn(lang, v) : v]),
      )
    : {};
  return (
    <li className={`issue issue-${issue.severity}`}>
      <span className="issue-where">{t('issues.at', { line: issue.line, column: issue.column })}</span>
      {hint && (
        <p className="issue-fix">{t('issues.fix', { hint: t(hintTranslationKey(hint.key), params) })}</p>
      )}
      <p className="issue-message" lang="en" dir="ltr">
        <code>{issue.code}</code> {issue.message}
      </p>
    </li>
  );
}

export function DataIssuesPanel() {
  const { t } = useTranslation();
  const groups = useGroups();
  const lang = useAppStore((s) => s.ui.lang);
  const setIssuesOpen = useAppStore((s) => s.setIssuesOpen);
  const countsText = useCountsText();
  return (
    // Like every panel: focus moves in when the button opens it, Escape closes, focus goes back to the button.
    <Panel
      id="data-issues"
      className="data-issues"
      title={t('issues.title')}
      closeLabel={t('issues.close')}
      onClose={() => setIssuesOpen(false)}
      focus={{ fallbackId: PROJECT_LIST_ID }}
    >
      <p>{t('issues.intro')}</p>
      {groups.length === 0 && <p>{t('issues.none')}</p>}
      {groups.map((group) => (
        <section key={group.file} aria-label={group.file} className="issue-file">
          <h3>
            <bdi className="issue-file-name">{group.file}</bdi>{' '}
            <span className="issue-counts">{countsText(countsOf(group))}</span>
          </h3>
          {(group.failures.length > 0 || group.errors.length > 0) && (
            <>
              <h4>{t('issues.errors')}</h4>
              <ul>
                {group.failures.map((failure) => (
                  <li key={failure.message} className="issue issue-error">
                    <p className="issue-fix">
                      {t('issues.notLoaded', { message: isolateIn(lang, failure.message) })}
                    </p>
                  </li>
                ))}
                {group.errors.map((issue, index) => (
                  <IssueItem key={index} issue={issue} />
                ))}
              </ul>
            </>
          )}
          {group.warnings.length > 0 && (
            <>
              <h4>{t('issues.warnings')}</h4>
              <ul>
                {group.warnings.map((issue, index) => (
                  <IssueItem key={index} issue={issue} />
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </Panel>
  );
}
