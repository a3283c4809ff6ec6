/**
 * The curator's view of the data: a button with a count badge, and a list of every problem with its file,
 * line, column and field. Everything is rendered as text: issue messages quote curator input.
 */
import { useTranslation } from 'react-i18next';
import type { DataIssue } from '../data/issues.ts';
import { useAppStore } from '../store/app-store.ts';
import { PROJECT_LIST_ID } from '../ui/page-ids.ts';
import { Panel } from '../ui/panel.tsx';

/** Shown in development, whenever a file has errors, or with `?issues=1` (a curator checking a deployment). */
export function issuesButtonVisible(
  issues: readonly DataIssue[],
  failures: number,
  search: string,
  dev: boolean,
): boolean {
  if (dev || failures > 0 || issues.some((issue) => issue.severity === 'error')) return true;
  return new URLSearchParams(search).get('issues') === '1' && issues.length > 0;
}

export function DataIssuesButton() {
  const { t } = useTranslation();
  const issues = useAppStore((s) => s.data.issues);
  const failures = useAppStore((s) => s.data.failures);
  const open = useAppStore((s) => s.ui.issuesOpen);
  const setIssuesOpen = useAppStore((s) => s.setIssuesOpen);
  const count = issues.length + failures.length;
  if (!issuesButtonVisible(issues, failures.length, window.location.search, import.meta.env.DEV)) return null;
  const errors = failures.length + issues.filter((issue) => issue.severity === 'error').length;
  return (
    <button
      type="button"
      className="issues-button"
      aria-expanded={open}
      aria-controls="data-issues"
      onClick={() => setIssuesOpen(!open)}
    >
      {t('issues.button')}{' '}
      <span className={errors > 0 ? 'badge badge-error' : 'badge'} aria-label={t('issues.badge', { count })}>
        {count}
      </span>
    </button>
  );
}

export function DataIssuesPanel() {
  const { t } = useTranslation();
  const issues = useAppStore((s) => s.data.issues);
  const failures = useAppStore((s) => s.data.failures);
  const setIssuesOpen = useAppStore((s) => s.setIssuesOpen);
  const files = [
    ...new Set([...failures.map((failure) => failure.file), ...issues.map((issue) => issue.file)]),
  ];
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
      {files.length === 0 && <p>{t('issues.none')}</p>}
      {files.map((file) => (
        <section key={file} aria-label={file}>
          <h3>{file}</h3>
          <ul>
            {failures
              .filter((failure) => failure.file === file)
              .map((failure) => (
                <li key={failure.message} className="issue issue-error">
                  {t('errors.fileFailed', { file, message: failure.message })}
                </li>
              ))}
            {issues
              .filter((issue) => issue.file === file)
              .map((issue, index) => (
                <li key={index} className={`issue issue-${issue.severity}`}>
                  <span className="issue-where">
                    {t('issues.where', { file: issue.file, line: issue.line, column: issue.column })}
                  </span>{' '}
                  <strong>{t(`issues.${issue.severity}`)}</strong> <code>{issue.code}</code> {issue.message}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Panel>
  );
}
