/** One cited source: its title (a link on the web, text at the kiosk), publisher and date. */
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../lib/dates.ts';
import { useAppStore } from '../store/app-store.ts';

export interface CitedSource {
  title: string;
  url: string;
  publisher?: string;
  date?: string;
}

export function SourceLine({ source, linksAllowed }: { source: CitedSource; linksAllowed: boolean }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  return (
    <>
      {linksAllowed ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          <bdi>{source.title}</bdi> <span className="visually-hidden">{t('project.opensInNewTab')}</span>
        </a>
      ) : (
        <bdi>{source.title}</bdi>
      )}
      {(source.publisher || source.date) && (
        <span className="source-meta">
          {' — '}
          {source.publisher && <bdi>{source.publisher}</bdi>}
          {source.publisher && source.date && t('format.separator')}
          {source.date && <bdi className="date">{formatPartialDate(source.date, lang)}</bdi>}
        </span>
      )}
    </>
  );
}
