/**
 * Deterministic synthetic projects spread over the liberated districts, for benchmarks (10 000 by default).
 * `tsx bench/synthetic-projects.ts [COUNT] > file.geojson`
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CATEGORIES, STATUSES, type DistrictFeature } from '../src/data/schema.ts';
import { bboxOf, containsPoint, type Area } from '../src/lib/geo.ts';

/** mulberry32: a tiny seeded PRNG so every run benchmarks the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticProjects(districts: readonly DistrictFeature[], count: number, seed = 2020) {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const areas = districts
    .filter((district) => district.properties.region !== 'other')
    .map((district) => {
      const area: Area = { type: 'Feature', geometry: district.geometry, properties: {} };
      return { id: district.id, area, bbox: bboxOf(area) };
    });
  const features = [];
  for (let i = 0; i < count; i++) {
    const district = pick(areas);
    const [west, south, east, north] = district.bbox;
    let point: [number, number];
    do {
      point = [west + rand() * (east - west), south + rand() * (north - south)];
    } while (!containsPoint(district.area, point));
    const startYear = 2021 + Math.floor(rand() * 5);
    const endYear = startYear + Math.floor(rand() * 4);
    // Picked in the order they always were, so the data set stays the same apart from the end below.
    const category = pick(CATEGORIES);
    const status = pick(STATUSES);
    const n = String(i + 1);
    features.push({
      type: 'Feature',
      id: `synthetic-${n}`,
      geometry: { type: 'Point', coordinates: [Number(point[0].toFixed(5)), Number(point[1].toFixed(5))] },
      properties: {
        name: {
          az: `Sınaq layihəsi ${n}`,
          en: `Synthetic project ${n}`,
          ru: `Тестовый проект ${n}`,
          ar: `مشروع ${n}`,
          tr: `Deneme projesi ${n}`,
        },
        summary: { az: 'Sınaq üçün.', en: 'For benchmarks.', ru: 'Для тестов.' },
        category,
        status,
        statusAsOf: '2026-11-01',
        districts: [district.id],
        start: `${startYear}-0${1 + Math.floor(rand() * 9)}`,
        // A completed project ended before the source that confirmed it (else: end-after-status-date).
        end: `${status === 'completed' ? Math.min(endYear, 2025) : endYear}-12`,
        sources: [{ title: 'Synthetic', url: `https://example.org/synthetic/${n}` }],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const districts = (
    JSON.parse(readFileSync('data/districts.geojson', 'utf8')) as { features: DistrictFeature[] }
  ).features;
  process.stdout.write(
    `${JSON.stringify(syntheticProjects(districts, Number(process.argv[2] ?? 10_000)), null, 1)}\n`,
  );
}
