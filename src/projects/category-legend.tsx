/**
 * The map's key. Markers are coloured by category: each colour of the data's categories is named here, with
 * the category's icon (as in the list and the filters), so that nobody has to tell colours apart. Folded by
 * default in the map's top corner; while a comparison uses the top of the map it is one more control of the
 * comparison's toolbar (`inCompare`), opening under it, so that it takes none of the imagery until asked.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../data/schema.ts';
import { CATEGORY_COLORS, MAP_COLORS } from '../ui/theme.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectEntries } from '../store/selectors.ts';
import { CategoryIcon } from '../ui/category-icon.tsx';

export function CategoryLegend({ inCompare = false }: { inCompare?: boolean }) {
  const { t } = useTranslation();
  const entries = useAppStore(selectEntries);
  const comparing = useAppStore((s) => s.compare.open);
  const present = useMemo(() => {
    const used = new Set(entries.map((entry) => entry.category));
    return CATEGORIES.filter((category) => used.has(category));
  }, [entries]);
  const schematic = useMemo(
    () => entries.some((entry) => entry.project.properties.precision === 'schematic'),
    [entries],
  );
  if (comparing !== inCompare || present.length === 0) return null;
  return (
    <details className={inCompare ? 'map-legend compare-legend' : 'map-legend'}>
      <summary>{t('legend.title')}</summary>
      <ul>
        {present.map((category) => (
          <li key={category}>
            <CategoryIcon category={category} color={CATEGORY_COLORS[category]} />
            {t(`category.${category}`)}
          </li>
        ))}
        <li>
          <span className="legend-cluster" aria-hidden="true">
            3
          </span>
          {t('legend.cluster')}
        </li>
        {schematic && (
          <li className="legend-schematic">
            <SchematicSwatch />
            {t('trust.schematicLegend')}
          </li>
        )}
      </ul>
    </details>
  );
}

/** The dashed line the map draws for a schematic route (map/layers/projects.ts), over its white casing. */
function SchematicSwatch() {
  return (
    <svg width="20" height="10" viewBox="0 0 20 10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="19"
        y2="5"
        stroke={MAP_COLORS.markerStroke}
        strokeWidth="5"
        strokeLinecap="round"
      />
      <line x1="1" y1="5" x2="19" y2="5" stroke="#444" strokeWidth="3" strokeDasharray="5 4" />
    </svg>
  );
}
