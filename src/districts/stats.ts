/** District statistics for the district panel: area, projects by status and category, Great Return figures. */
import type { ProjectEntry } from '../data/project-index.ts';
import { CATEGORIES, STATUSES, type Category, type DistrictFeature } from '../data/schema.ts';
import { resettlementAsOf, type AsOfStatus } from '../lib/as-of.ts';
import { areaKm2 } from '../lib/geo.ts';

export interface DistrictStats {
  areaKm2: number;
  projects: number;
  /** The curated statuses, and "date unknown" when the timeline's day gives it to some projects. */
  byStatus: { status: AsOfStatus; count: number }[];
  byCategory: { category: Category; count: number }[];
  /** Sums over the district's resettlement projects, with the latest date among their figures. */
  greatReturn: { families?: number; residents?: number; date: string; projects: number } | undefined;
}

function sumDefined(values: (number | undefined)[]): number | undefined {
  const defined = values.filter((value) => value !== undefined);
  return defined.length > 0 ? defined.reduce((sum, value) => sum + value, 0) : undefined;
}

/**
 * `entries` are those of the timeline's day (store/dated-entries.ts) and `asOf` its day: the figures are
 * the ones reported by then (undefined: the latest).
 */
export function districtStats(
  district: DistrictFeature,
  entries: readonly ProjectEntry[],
  asOf?: string,
): DistrictStats {
  const mine = entries.filter((entry) => entry.districts.includes(district.id));
  const unknown = mine.filter((e) => e.status === 'date-unknown').length;
  const byStatus: DistrictStats['byStatus'] = STATUSES.map((status) => ({
    status,
    count: mine.filter((e) => e.status === status).length,
  }));
  if (unknown > 0) byStatus.push({ status: 'date-unknown', count: unknown });
  const byCategory = CATEGORIES.map((category) => ({
    category,
    count: mine.filter((e) => e.category === category).length,
  }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count);
  const returns = mine.map((entry) => resettlementAsOf(entry.project, asOf)).filter((r) => r !== undefined);
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
