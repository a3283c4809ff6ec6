/** Time to validate N synthetic projects with the app's validator (target: 10 000 in under 1 s). */
import { readFileSync } from 'node:fs';
import { indexDistricts } from '../src/data/geo-checks.ts';
import { validateDistricts, validateProjects } from '../src/data/validate.ts';
import { median } from './lib/stats.ts';
import { syntheticProjects } from './synthetic-projects.ts';

export function validateSpeed(count = 10_000, runs = 5): { count: number; runs: number[]; median: number } {
  const districts = validateDistricts(readFileSync('data/districts.geojson', 'utf8'), 'districts').value;
  const text = JSON.stringify(syntheticProjects(districts, count), null, 1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { value } = validateProjects(text, 'synthetic.geojson', { districts: indexDistricts(districts) });
    times.push(Math.round(performance.now() - t0));
    if (value.length !== count)
      throw new Error(`only ${value.length} of ${count} synthetic projects are valid`);
  }
  return { count, runs: times, median: median(times) };
}
