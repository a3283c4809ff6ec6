/** District statistics for the district panel: area, projects by status and category, Great Return figures. */
import type { ProjectEntry } from '../data/project-index.ts';
import { CATEGORIES, STATUSES, type Category, type DistrictFeature, type Status } from '../data/schema.ts';
import { areaKm2 } from '../lib/geo.ts';

export interface DistrictStats {
  areaKm2: number;
  projects: number;
  byStatus: { status: Status; count: number }[];
  byCategory: { category: Category; count: number }[];
  /** Sums over the district's resettlement projects, with the latest date among their figures. */
  greatReturn: { families?: number; residents?: number; date: string; projects: number } | undefined;
}

function sumDefined(values: (number | undefined)[]): number | undefined {
  const defined = values.filter((value) => value !== undefined);
  return defined.length > 0 ? defined.reduce((sum, value) => sum + value, 0) : undefined;
}

export function districtStats(district: DistrictFeature, entries: readonly ProjectEntry[]): DistrictStats {
  const mine = entries.filter((entry) => entry.districts.includes(district.id));
  const byStatus = STATUSES.map((status) => ({
    status,
    count: mine.filter((e) => e.status === status).length,
  }));
  const byCategory = CATEGORIES.map((category) => ({
    category,
    count: mine.filter((e) => e.category === category).length,
  }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count);
  const returns = mine.map((entry) => entry.project.properties.resettlement).filter((r) => r !== undefined);
  const greatReturn =
    returns.length === 0
      ? undefined
      : {
          // A figure no project gives stays undefined rather than showing as 0.
          families: sumDefined(returns.map((r) => r.families)),
          residents: sumDefined(returns.map((r) => r.residents)),
          date:
            returns
              .map((r) => r.date)
              .sort()
              .at(-1) ?? '',
          projects: returns.length,
        };
  return {
    areaKm2: areaKm2({ type: 'Feature', geometry: district.geometry, properties: {} }),
    projects: mine.length,
    byStatus,
    byCategory,
    greatReturn,
  };
}
