/**
 * A project's passport: everything the data says about it. Curator text is rendered as text; only the
 * validated https source URLs become links (and not at the kiosk, where nobody may leave the app). Every
 * data text is isolated with its own language and direction (an English fallback in the Arabic interface
 * keeps its order); free text of unknown language (source titles, credits) goes in <bdi>.
 */
import { useTranslation } from 'react-i18next';
import { statusLabel } from '../i18n/status-label.ts';
import { resettlementAsOf } from '../lib/as-of.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { bboxOf } from '../lib/geo.ts';
import { localized } from '../lib/localized.ts';
import { DataText } from '../ui/data-text.tsx';
import { CATEGORY_COLORS } from '../ui/theme.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectStatusAsOf } from '../store/timeline-selectors.ts';
import { CategoryIcon } from '../ui/category-icon.tsx';
import { PROJECT_LIST_ID } from '../ui/page-ids.ts';
import { Panel } from '../ui/panel.tsx';
import { SourceLine } from '../ui/source-line.tsx';
import { CurrentDistrictDetails } from './current-district.tsx';

export function ProjectPassport({ id, linksAllowed = true }: { id: string; linksAllowed?: boolean }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const project = useAppStore((s) => s.data.projectsById.get(id));
  const districtsById = useAppStore((s) => s.data.districtsById);
  const asOf = useAppStore((s) => s.timeline.asOf);
  // On the timeline's day: the status and Great Return figures of that day (today: as curated).
  const statusOnDay = useAppStore((s) => selectStatusAsOf(s, id));
  const { selectProject, selectDistrict, openCompare, requestCamera } = useAppStore.getState();
  // The title takes focus on open; Escape closes and focus goes back to the row (or marker) it came from.
  const chrome = {
    as: 'article',
    className: 'passport',
    closeLabel: t('project.close'),
    onClose: () => selectProject(undefined),
    focus: { fallbackId: PROJECT_LIST_ID },
  } as const;
  if (!project) {
    return (
      <Panel {...chrome} title={id}>
        <p>{t('project.notFound', { id })}</p>
      </Panel>
    );
  }
  const p = project.properties;
  const date = (value: string) => formatPartialDate(value, lang);
  const returned = resettlementAsOf(project, asOf);
  return (
    <Panel
      {...chrome}
      title={<DataText text={p.name} lang={lang} />}
      icon={<CategoryIcon category={p.category} color={CATEGORY_COLORS[p.category]} size={32} />}
    >
      <dl>
        <dt>{t('project.category')}</dt>
        <dd>{t(`category.${p.category}`)}</dd>
        <dt>{t('project.status')}</dt>
        <dd>
          {asOf !== undefined && statusOnDay !== undefined ? (
            <span className={`status-badge status-${statusOnDay}`} data-status={statusOnDay}>
              {t('timeline.statusOn', { status: statusLabel(t, statusOnDay), date: date(asOf) })}
            </span>
          ) : (
            <span className={`status-badge status-${p.status}`} data-status={p.status}>
              {t('project.statusAsOf', { status: t(`status.${p.status}`), date: date(p.statusAsOf) })}
            </span>
          )}
        </dd>
        {p.start && (
          <>
            <dt>{t('project.start')}</dt>
            <dd>{date(p.start)}</dd>
          </>
        )}
        {p.end && (
          <>
            <dt>{t('project.end')}</dt>
            <dd>{date(p.end)}</dd>
          </>
        )}
        <dt>{t('project.districts')}</dt>
        <dd>
          <ul className="inline-list">
            {p.districts.map((districtId) => {
              const district = districtsById.get(districtId);
              return (
                <li key={districtId}>
                  {district ? (
                    <button type="button" className="link-button" onClick={() => selectDistrict(districtId)}>
                      <DataText text={district.properties.name} lang={lang} />
                    </button>
                  ) : (
                    districtId
                  )}
                </li>
              );
            })}
          </ul>
        </dd>
        {p.currentDistrict && (
          <CurrentDistrictDetails
            current={p.currentDistrict}
            mappedNames={p.districts.map(
              (id) => localized(districtsById.get(id)?.properties.name, lang) || id,
            )}
            linksAllowed={linksAllowed}
          />
        )}
        {returned && (
          <>
            <dt>{t('project.resettlement')}</dt>
            <dd>
              {[
                returned.families !== undefined && t('project.families', { count: returned.families }),
                returned.residents !== undefined && t('project.residents', { count: returned.residents }),
              ]
                .filter(Boolean)
                .join(t('format.separator'))}{' '}
              ({t('project.asOf', { date: date(returned.date) })})
            </dd>
          </>
        )}
      </dl>
      <button
        type="button"
        className="before-after"
        onClick={() => {
          // The project's own pair when it has one, else the default pair; framed on the project.
          // The divider keeps clear of the project: it is what the visitor came to see.
          const box = bboxOf({ type: 'Feature', geometry: project.geometry, properties: {} });
          const centre: [number, number] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
          openCompare({ before: p.imagery?.before, after: p.imagery?.after, beside: centre });
          if (project.geometry.type === 'Point') requestCamera({ center: [box[0], box[1]], zoom: 14 });
          else requestCamera({ bounds: box });
        }}
      >
        {t('project.beforeAfter')}
      </button>
      <h3>{t('project.summary')}</h3>
      <DataText as="p" className="summary" text={p.summary} lang={lang} />
      {p.precision === 'approximate' && <p className="note">{t('project.approximate')}</p>}
      {p.precision === 'schematic' && <p className="note schematic-note">{t('trust.schematicRoute')}</p>}
      {p.media && p.media.length > 0 && (
        <>
          <h3>{t('project.media')}</h3>
          {p.media.map((item) => (
            <figure key={item.url} className="media">
              <img src={item.url} alt={localized(item.caption, lang)} loading="lazy" />
              <figcaption>
                <DataText text={item.caption} lang={lang} /> — <bdi>{item.credit}</bdi> (
                <bdi>{item.license}</bdi>)
              </figcaption>
            </figure>
          ))}
        </>
      )}
      <h3>{t('project.sources')}</h3>
      <ul className="sources">
        {p.sources.map((source) => (
          <li key={source.url}>
            <SourceLine source={source} linksAllowed={linksAllowed} lang={lang} />
          </li>
        ))}
      </ul>
    </Panel>
  );
}
