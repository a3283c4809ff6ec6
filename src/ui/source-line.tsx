/** One cited source: its title (a link on the web, text at the kiosk), publisher and date. */
import { useTranslation } from 'react-i18next';
import type { Language } from '../data/schema.ts';
import { formatPartialDate } from '../lib/dates.ts';

export interface CitedSource {
  title: string;
  url: string;
  publisher?: string;
  date?: string;
}

export function SourceLine({
  source,
  linksAllowed,
  lang,
}: {
  source: CitedSource;
  linksAllowed: boolean;
  lang: Language;
}) {
  const { t } = useTranslation();
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
