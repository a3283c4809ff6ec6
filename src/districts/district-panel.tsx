import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../data/schema.ts';
import { LANGUAGE_NAMES } from '../i18n/i18n.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { localized } from '../lib/localized.ts';
import { CATEGORY_COLORS, STATUS_COLORS } from '../ui/theme.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectEntries } from '../store/selectors.ts';
import { PROJECT_LIST_ID } from '../ui/page-ids.ts';
import { Panel } from '../ui/panel.tsx';
import { BarChart } from './bar-chart.tsx';
import { districtStats } from './stats.ts';

/** A district's panel: names, area, liberation date, its projects by status and category, Great Return. */
export function DistrictPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const district = useAppStore((s) => s.data.districtsById.get(id));
  const entries = useAppStore(selectEntries);
  const { selectDistrict, setFilters } = useAppStore.getState();
  const stats = useMemo(() => (district ? districtStats(district, entries) : undefined), [district, entries]);
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
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const filterTo = () => {
    setFilters({ ...useAppStore.getState().filters, districts: [id] });
    selectDistrict(undefined);
  };
  return (
    <Panel {...chrome} title={localized(p.name, lang)}>
      <dl>
        <dt>{t('district.region')}</dt>
        <dd>{t(`district.region_${p.region}`)}</dd>
        <dt>{t('district.area')}</dt>
        <dd>{t('district.areaValue', { value: number.format(stats.areaKm2) })}</dd>
        {p.liberated && (
          <>
            <dt>{t('district.liberated')}</dt>
            <dd>{formatPartialDate(p.liberated, lang)}</dd>
          </>
        )}
        <dt>{t('district.names')}</dt>
        <dd>
          <ul className="names">
            {LANGUAGES.filter((code) => p.name[code]).map((code) => (
              <li key={code} lang={code} dir="auto">
                <span className="visually-hidden">{LANGUAGE_NAMES[code]}: </span>
                {p.name[code]}
              </li>
            ))}
          </ul>
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
              .join(', ')}{' '}
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
            title={t('district.byStatus')}
            bars={stats.byStatus.map(({ status, count }) => ({
              key: status,
              label: t(`status.${status}`),
              count,
              color: STATUS_COLORS[status],
            }))}
          />
          <BarChart
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
      <p className="note">{p.source.note}</p>
    </Panel>
  );
}
