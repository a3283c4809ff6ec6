import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';

/** Names each data file that could not be loaded; the rest of the app keeps working. */
export function DataNotice() {
  const { t } = useTranslation();
  const failures = useAppStore((s) => s.data.failures);
  const issues = useAppStore((s) => s.data.issues);
  const brokenFiles = [
    ...new Set(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.file)),
  ];
  if (failures.length === 0 && brokenFiles.length === 0) return null;
  return (
    <div className="data-notice" role="status">
      <ul>
        {failures.map((failure) => (
          <li key={failure.file}>
            {t('errors.fileFailed', { file: failure.file, message: failure.message })}
          </li>
        ))}
        {brokenFiles.map((file) => (
          <li key={file}>
            {t('errors.fileInvalid', {
              file,
              count: issues.filter((issue) => issue.file === file && issue.severity === 'error').length,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
