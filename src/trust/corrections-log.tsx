/**
 * The public corrections log (data/corrections.json), newest first: when, what kind of correction, to
 * which projects, scenes or districts (by their names in the visitor's language), what changed where the
 * entry says it briefly, and on which sources. The curators' explanation is English: it is offered folded,
 * marked as English.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Correction } from '../data/corrections.ts';
import { isolateIn } from '../lib/bidi.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { localized } from '../lib/localized.ts';
import { formatNumber } from '../lib/numbers.ts';
import { useAppStore } from '../store/app-store.ts';
import { changeOf, newestFirst } from './data-facts.ts';
import { SourceLine } from '../ui/source-line.tsx';

function useSubjectName(): (subject: Correction['subjects'][number]) => string {
  const lang = useAppStore((s) => s.ui.lang);
  const projectsById = useAppStore((s) => s.data.projectsById);
  const districtsById = useAppStore((s) => s.data.districtsById);
  const scenes = useAppStore((s) => s.data.scenes);
  return ({ kind, id }) => {
    const name =
      kind === 'project'
        ? projectsById.get(id)?.properties.name
        : kind === 'district'
          ? districtsById.get(id)?.properties.name
          : scenes.find((scene) => scene.id === id)?.title;
    return isolateIn(lang, localized(name, lang) || id);
  };
}

function ChangeText({ entry }: { entry: Correction }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const districtsById = useAppStore((s) => s.data.districtsById);
  const change = changeOf(entry);
  const districts = (ids: readonly string[]) =>
    ids
      .map((id) => isolateIn(lang, localized(districtsById.get(id)?.properties.name, lang) || id))
      .join(t('format.separator'));
  switch (change.kind) {
    case 'moved':
      return <p>{t('trust.change.moved', { km: formatNumber(change.km, lang, change.km < 1 ? 2 : 1) })}</p>;
    case 'dates':
      return (
        <p>
          {t('trust.change.fromTo', {
            before: formatPartialDate(change.before, lang),
            after: formatPartialDate(change.after, lang),
          })}
        </p>
      );
    case 'districts':
      return (
        <p>
          {t('trust.change.fromTo', { before: districts(change.before), after: districts(change.after) })}
        </p>
      );
    case 'text':
      return (
        <p>
          {t('trust.change.fromTo', {
            before: isolateIn(lang, change.before),
            after: isolateIn(lang, change.after),
          })}
        </p>
      );
    default:
      return null;
  }
}

export function CorrectionsLog({ linksAllowed }: { linksAllowed: boolean }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const corrections = useAppStore((s) => s.data.corrections);
  const ordered = useMemo(() => newestFirst(corrections), [corrections]);
  const subjectName = useSubjectName();
  if (ordered.length === 0) return <p>{t('trust.noCorrections')}</p>;
  return (
    <ol className="corrections-log">
      {ordered.map((entry, i) => (
        <li key={i} className="correction">
          <p className="correction-head">
            <bdi className="date">{formatPartialDate(entry.date, lang)}</bdi>
            {' · '}
            <span className="correction-kind">{t(`trust.kind.${entry.kind}`)}</span>
            {' · '}
            {entry.subjects.map(subjectName).join(t('format.separator'))}
          </p>
          <ChangeText entry={entry} />
          <ul className="sources">
            {entry.sources.map((source) => (
              <li key={source.url}>
                <SourceLine source={source} linksAllowed={linksAllowed} lang={lang} />
              </li>
            ))}
          </ul>
          <details>
            <summary>{t('trust.curatorNote')}</summary>
            <p lang="en" dir="ltr">
              {entry.note}
            </p>
          </details>
        </li>
      ))}
    </ol>
  );
}
