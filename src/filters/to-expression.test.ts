import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterProperties, indexProjects, type ProjectEntry } from '../data/project-index.ts';
import { CATEGORIES, STATUSES, type Language, type ProjectFeature } from '../data/schema.ts';
import { emptyFilters, type FilterState } from '../store/filter-slice.ts';
import { predicate } from '../store/filter-predicate.ts';
import { toExpression } from './to-expression.ts';

/** The shipped projects: real names in five scripts, real years and districts. */
const shipped = (JSON.parse(readFileSync('data/projects.geojson', 'utf8')) as { features: ProjectFeature[] })
  .features;
const fixtures = (
  JSON.parse(readFileSync('tests/fixtures/data/projects.geojson', 'utf8')) as { features: ProjectFeature[] }
).features;
const entries = indexProjects([...shipped, ...fixtures]);

function mapIds(filters: FilterState, lang: Language, items: readonly ProjectEntry[]): string[] {
  const { filter } = featureFilter(toExpression(filters, lang), 'layers[0].filter');
  return items
    .filter((entry) => filter({ zoom: 10 }, { type: 1, properties: filterProperties(entry, lang) }))
    .map((entry) => entry.id);
}

const listIds = (filters: FilterState, lang: Language, items: readonly ProjectEntry[]) =>
  items.filter(predicate(filters, lang)).map((entry) => entry.id);

/** Deterministic pseudo-random filter states covering every dimension and their combinations. */
function* filterStates(count: number): Generator<FilterState> {
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const some = <T>(items: readonly T[]) => items.filter(() => rand() < 0.3);
  const districts = [...new Set(entries.flatMap((entry) => entry.districts))];
  const texts = ['', '', 'Agali', 'Şuşa', 'Шуша', 'airport', 'road', 'Fuzuli', 'xyzzy', 'ə'];
  for (let i = 0; i < count; i++) {
    const from = rand() < 0.4 ? 2019 + Math.floor(rand() * 8) : undefined;
    const to = rand() < 0.4 ? 2020 + Math.floor(rand() * 8) : undefined;
    yield {
      categories: some(CATEGORIES),
      statuses: some(STATUSES),
      districts: some(districts),
      from,
      to: from !== undefined && to !== undefined && to < from ? from : to,
      text: texts[Math.floor(rand() * texts.length)] ?? '',
    };
  }
}

describe('the list predicate and the map expression agree', () => {
  it.each(['en', 'az', 'ru', 'ar', 'tr'] as const)('on 300 filter states (%s)', (lang) => {
    let nonTrivial = 0;
    for (const filters of filterStates(300)) {
      const list = listIds(filters, lang, entries);
      expect(mapIds(filters, lang, entries), JSON.stringify(filters)).toEqual(list);
      if (list.length > 0 && list.length < entries.length) nonTrivial++;
    }
    // The states really filter (an agreement on "everything" or "nothing" proves little).
    expect(nonTrivial).toBeGreaterThan(60);
  });

  it('with no filter, everything passes', () => {
    expect(mapIds(emptyFilters, 'en', entries)).toHaveLength(entries.length);
  });
});

describe('filters', () => {
  const only = (filters: Partial<FilterState>, lang: Language = 'en') =>
    listIds({ ...emptyFilters, ...filters }, lang, entries);

  it('search is diacritic- and script-tolerant', () => {
    expect(only({ text: 'Agali' }, 'az')).toContain('aghali-smart-village');
    expect(only({ text: 'Шуша' })).toEqual(only({ text: 'Shusha' }));
    expect(only({ text: 'Susa' }, 'az')).toEqual(only({ text: 'Şuşa' }, 'az'));
    expect(only({ text: 'Шуша' }).length).toBeGreaterThan(3);
  });

  it('years select projects active in the range', () => {
    const ids = only({ from: 2021, to: 2021 });
    expect(ids).toContain('fixture-airport'); // 2021-01 to 2021-09
    expect(ids).not.toContain('fixture-mosque'); // starts 2025
    expect(only({ from: 2030 })).toContain('fixture-village'); // under construction, no end: still active
  });

  it('districts match any of the chosen ones', () => {
    const ids = only({ districts: ['AZ-FUZ', 'AZ-SUS'] });
    expect(ids).toContain('fixture-airport');
    expect(ids).toContain('fixture-mosque');
    expect(ids).not.toContain('fixture-village');
  });
});
