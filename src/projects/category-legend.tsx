import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../data/schema.ts';
import { CATEGORY_COLORS } from '../map/theme.ts';

export function CategoryLegend() {
  const { t } = useTranslation();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        {CATEGORIES.map((category) => (
          <li key={category}>
            <span className="swatch" style={{ background: CATEGORY_COLORS[category] }} aria-hidden="true" />
            {t(`category.${category}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
