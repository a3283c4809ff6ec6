/**
 * The public notice about the data: what is not shown, and why, in a sentence per file ("projects.geojson
 * could not be read: no projects are shown"). At the kiosk it speaks to visitors and names no file.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isolateIn } from '../lib/bidi.ts';
import { useAppStore } from '../store/app-store.ts';
import { noticeLines, type NoticeLine } from './notice-lines.ts';

export function DataNotice() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const kiosk = useAppStore((s) => s.kiosk.enabled);
  const failures = useAppStore((s) => s.data.failures);
  const files = useAppStore((s) => s.data.files);
  const issues = useAppStore((s) => s.data.issues);
  const lines = useMemo(() => noticeLines(failures, files, issues), [failures, files, issues]);
  if (lines.length === 0) return null;
  if (kiosk) {
    return (
      <div className="data-notice" role="status">
        <p>{t('notice.updating')}</p>
      </div>
    );
  }
  const sentence = (line: NoticeLine) => {
    const file = isolateIn(lang, line.file);
    const lost = t(`notice.lost_${line.kind}`);
    if (line.what === 'not-loaded')
      return t('notice.notLoaded', { file, message: isolateIn(lang, line.message), lost });
    if (line.what === 'unreadable') return t('notice.unreadable', { file, lost });
    if (line.what === 'left-out') return t(`notice.leftOut_${line.kind}`, { file, count: line.count });
    return t('notice.allShown', { file });
  };
  return (
    <div className="data-notice" role="status">
      <ul>
        {lines.map((line) => (
          <li key={line.file}>{sentence(line)}</li>
        ))}
      </ul>
    </div>
  );
}
