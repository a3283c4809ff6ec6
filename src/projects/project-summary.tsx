import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../lib/dates.ts';
import { localized } from '../lib/localized.ts';
import { CATEGORY_COLORS } from '../map/theme.ts';
import { useAppStore } from '../store/app-store.ts';

/** The small panel of an opened project: name, category, status and dates. */
export function ProjectSummary({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const project = useAppStore((s) => s.data.projectsById.get(id));
  const selectProject = useAppStore((s) => s.selectProject);
  const close = (
    <button
      type="button"
      className="icon-button"
      aria-label={t('project.close')}
      onClick={() => selectProject(undefined)}
    >
      <span aria-hidden="true">×</span>
    </button>
  );
  if (!project) {
    return (
      <article className="project-summary" aria-label={id}>
        {close}
        <p>{t('project.notFound', { id })}</p>
      </article>
    );
  }
  const { properties } = project;
  const name = localized(properties.name, lang);
  const date = (value: string) => formatPartialDate(value, lang);
  return (
    <article className="project-summary" aria-labelledby="project-summary-title">
      <header>
        <h2 id="project-summary-title">{name}</h2>
        {close}
      </header>
      <dl>
        <dt>{t('project.category')}</dt>
        <dd>
          <span
            className="swatch"
            style={{ background: CATEGORY_COLORS[properties.category] }}
            aria-hidden="true"
          />
          {t(`category.${properties.category}`)}
        </dd>
        <dt>{t('project.status')}</dt>
        <dd>
          <span className={`status-badge status-${properties.status}`}>
            {t('project.statusAsOf', {
              status: t(`status.${properties.status}`),
              date: date(properties.statusAsOf),
            })}
          </span>
        </dd>
        {properties.start && (
          <>
            <dt>{t('project.start')}</dt>
            <dd>{date(properties.start)}</dd>
          </>
        )}
        {properties.end && (
          <>
            <dt>{t('project.end')}</dt>
            <dd>{date(properties.end)}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
