import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { statusLabel } from '../i18n/status-label.ts';
import { directionOf } from '../lib/bidi.ts';
import { isCuratorView } from '../lib/curator-view.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { formatNumber } from '../lib/numbers.ts';
import { DataText } from '../ui/data-text.tsx';
import { CATEGORY_COLORS, STATUS_COLORS } from '../ui/theme.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectDatedEntries } from '../store/dated-entries.ts';
import { PROJECT_LIST_ID } from '../ui/page-ids.ts';
import { Panel } from '../ui/panel.tsx';
import { BarChart } from './bar-chart.tsx';
import { BoundaryNote } from './boundary-note.tsx';
import { DistrictNames } from './district-names.tsx';
import { districtStats } from './stats.ts';

/** Projects whose status on the timeline's day is unknown: a neutral grey. */
const UNKNOWN_COLOR = '#adb5bd';

/**
 * A district's panel: names, area, liberation date, its projects by status and category, Great Return, and
 * how precise the boundary is — in words a visitor understands. The curator's source note (Natural Earth
 * codes and corrections, in English) shows only in the curator view.
 */
export function DistrictPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const district = useAppStore((s) => s.data.districtsById.get(id));
  const entries = useAppStore(selectDatedEntries);
  const asOf = useAppStore((s) => s.timeline.asOf);
  const kiosk = useAppStore((s) => s.kiosk.enabled);
  const { selectDistrict, setFilters } = useAppStore.getState();
  const stats = useMemo(
    () => (district ? districtStats(district, entries, asOf) : undefined),
    [district, entries, asOf],
  );
  // As the passport: the title takes focus on open, Escape closes, focus goes back where it came from.
  const chrome = {
    as: 'article',
    className: 'district-panel',
    closeLabel: t('district.close'),
    onClose: () => selectDistrict(undefined),
    focus: { fallbackId: PROJECT_LIST_ID },
  } as const;
  if (!district || !stats) return <Panel {...chrome} title={id} />;
  const p = district.properties;
  const filterTo = () => {
    setFilters({ ...useAppStore.getState().filters, districts: [id] });
    selectDistrict(undefined);
  };
  return (
    <Panel {...chrome} title={<DataText text={p.name} lang={lang} />}>
      <dl>
        <dt>{t('district.region')}</dt>
        <dd>{t(`district.region_${p.region}`)}</dd>
        <dt>{t('district.area')}</dt>
        <dd>{t('district.areaValue', { value: formatNumber(stats.areaKm2, lang) })}</dd>
        {p.liberated && (
          <>
            <dt>{t('district.liberated')}</dt>
            <dd>{formatPartialDate(p.liberated, lang)}</dd>
          </>
        )}
        <dt>{t('district.names')}</dt>
        <dd>
          <DistrictNames names={p.name} separator={t('format.separator')} />
        </dd>
      </dl>
      {stats.greatReturn && (
        <section aria-label={t('district.greatReturn')}>
          <h3>{t('district.greatReturn')}</h3>
          <p>
            {[
              stats.greatReturn.families !== undefined &&
                t('project.families', { count: stats.greatReturn.families }),
              stats.greatReturn.residents !== undefined &&
                t('project.residents', { count: stats.greatReturn.residents }),
            ]
              .filter(Boolean)
              .join(t('format.separator'))}{' '}
            ({t('project.asOf', { date: formatPartialDate(stats.greatReturn.date, lang) })})
          </p>
        </section>
      )}
      {stats.projects === 0 ? (
        <p>{t('district.none')}</p>
      ) : (
        <>
          <p>{t('district.projects', { count: stats.projects })}</p>
          <BarChart
            rtl={directionOf(lang) === 'rtl'}
            title={t('district.byStatus')}
            bars={stats.byStatus.map(({ status, count }) => ({
              key: status,
              label: statusLabel(t, status),
              count,
              color:
                status === 'date-unknown' || status === 'not-started' ? UNKNOWN_COLOR : STATUS_COLORS[status],
            }))}
          />
          <BarChart
            rtl={directionOf(lang) === 'rtl'}
            title={t('district.byCategory')}
            bars={stats.byCategory.map(({ category, count }) => ({
              key: category,
              label: t(`category.${category}`),
              count,
              color: CATEGORY_COLORS[category],
            }))}
          />
          <button type="button" onClick={filterTo}>
            {t('district.filterTo')}
          </button>
        </>
      )}
      <BoundaryNote districtId={id} />
      {p.source.note && isCuratorView(window.location.search, kiosk) && (
        <details className="curator-note">
          <summary>{t('district.curatorNote')}</summary>
          <p lang="en" dir="ltr">
            {p.source.note}
          </p>
        </details>
      )}
    </Panel>
  );
}
