/**
 * "About the data": the date the data is current to, where to report a correction, the licence of the
 * atlas's own data and of each kind of source, and the public corrections log. Everything comes from the
 * data files (about.json, corrections.json, the projects' dates). At the kiosk nothing is a link: the
 * report address and the sources are text.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS } from '../data/about-schema.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { useAppStore } from '../store/app-store.ts';
import { DataText } from '../ui/data-text.tsx';
import { PROJECT_LIST_ID } from '../ui/page-ids.ts';
import { Panel } from '../ui/panel.tsx';
import { CorrectionsLog } from './corrections-log.tsx';
import { dataDates } from './data-facts.ts';

export const ABOUT_PANEL_ID = 'about-data';

function ReportCorrection({ address, linksAllowed }: { address: string; linksAllowed: boolean }) {
  const { t } = useTranslation();
  // A mailto: address is shown without its scheme when it is written out as text.
  const written = address.replace(/^mailto:/, '').replace(/\?.*$/, '');
  if (!linksAllowed) return <p className="report-correction">{t('trust.reportAt', { address: written })}</p>;
  return (
    <p className="report-correction">
      <a href={address}>{t('trust.report')}</a>
    </p>
  );
}

function Licences({ linksAllowed }: { linksAllowed: boolean }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const about = useAppStore((s) => s.data.about);
  if (!about) return <p>{t('trust.aboutMissing')}</p>;
  const link = (url: string | undefined, label: string) =>
    linksAllowed && url ? (
      <a href={url} target="_blank" rel="noopener noreferrer">
        {label} <span className="visually-hidden">{t('project.opensInNewTab')}</span>
      </a>
    ) : (
      label
    );
  const ordered = SOURCE_KINDS.flatMap((kind) => about.sourceLicenses.filter((entry) => entry.kind === kind));
  return (
    <dl className="licences">
      <dt>{t('trust.ownData')}</dt>
      <dd>{link(about.dataLicense.url, about.dataLicense.name)}</dd>
      {ordered.map((entry) => (
        <div key={entry.kind}>
          <dt>{t(`trust.sourceKind.${entry.kind}`)}</dt>
          <dd>
            <DataText text={entry.license} lang={lang} />
            {entry.url && <> ({link(entry.url, t('trust.licenceTerms'))})</>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AboutDataPanel({ linksAllowed }: { linksAllowed: boolean }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const projects = useAppStore((s) => s.data.projects);
  const corrections = useAppStore((s) => s.data.corrections);
  const about = useAppStore((s) => s.data.about);
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  const dates = useMemo(() => dataDates(projects, corrections), [projects, corrections]);
  useCloseOnSelection(() => setAboutOpen(false));
  return (
    <Panel
      id={ABOUT_PANEL_ID}
      className="about-data"
      title={t('trust.aboutTitle')}
      closeLabel={t('trust.close')}
      onClose={() => setAboutOpen(false)}
      focus={{ fallbackId: PROJECT_LIST_ID }}
    >
      {dates.currentTo && (
        <p className="data-date">
          <strong>{t('trust.currentTo', { date: formatPartialDate(dates.currentTo, lang) })}</strong>
        </p>
      )}
      <p>{t('trust.datesNote')}</p>
      {about && <ReportCorrection address={about.reportCorrection} linksAllowed={linksAllowed} />}
      <h3>{t('trust.licences')}</h3>
      <Licences linksAllowed={linksAllowed} />
      <h3>
        {t('trust.correctionsTitle', { count: corrections.length })}
        {dates.lastCorrection && (
          <span className="note">
            {' '}
            {t('trust.lastCorrection', { date: formatPartialDate(dates.lastCorrection, lang) })}
          </span>
        )}
      </h3>
      <p>{t('trust.correctionsIntro')}</p>
      <CorrectionsLog linksAllowed={linksAllowed} />
    </Panel>
  );
}

/** A project or district chosen on the map while the panel is open takes the side panel. */
function useCloseOnSelection(close: () => void) {
  const selection = useAppStore((s) => `${s.ui.selectedProjectId ?? ''}|${s.ui.selectedDistrictId ?? ''}`);
  const first = useRef(selection);
  useEffect(() => {
    if (selection !== first.current) close();
  }, [selection, close]);
}
