/**
 * A project's current district when the district polygons do not show it (Aghdara, re-created in December
 * 2023 with no sourced boundary): the passport says so in words, names the polygon the map files it under,
 * and gives the law's sources (as text at the kiosk, where nobody may leave the app).
 */
import { useTranslation } from 'react-i18next';
import type { CurrentDistrict } from '../data/schema.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { isolateIn } from '../lib/bidi.ts';
import { localized } from '../lib/localized.ts';
import { useAppStore } from '../store/app-store.ts';

interface Props {
  current: CurrentDistrict;
  /** The polygons the project is filed under on the map (its `districts`), by name. */
  mappedNames: readonly string[];
  linksAllowed: boolean;
}

export function CurrentDistrictDetails({ current, mappedNames, linksAllowed }: Props) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const name = isolateIn(lang, localized(current.name, lang));
  return (
    <>
      <dt>{t('trust.currentDistrict')}</dt>
      <dd className="current-district">
        <span className="current-district-name">
          {t('trust.currentDistrictValue', { district: name, year: current.since.slice(0, 4) })}
        </span>{' '}
        <span className="note">
          {t('trust.currentDistrictMapped', {
            districts: mappedNames.map((mapped) => isolateIn(lang, mapped)).join(t('format.separator')),
            date: formatPartialDate(current.since, lang),
          })}
        </span>
        <ul className="sources">
          {current.sources.map((source) => (
            <li key={source.url}>
              {linksAllowed ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  <bdi>{source.title}</bdi>{' '}
                  <span className="visually-hidden">{t('project.opensInNewTab')}</span>
                </a>
              ) : (
                <bdi>{source.title}</bdi>
              )}
              {source.publisher && (
                <>
                  {' — '}
                  <bdi>{source.publisher}</bdi>
                </>
              )}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
