/**
 * `tsx bench/keystroke-validate.ts`: the workbench validates the edited project after each keystroke; this
 * measures that against a full validation of a 10 000-project file, interleaved in one run so machine load
 * affects both alike (the target: a keystroke costs at most 0.1 × a full validation).
 */
import { readFileSync } from 'node:fs';
import { validateFeature } from '../src/curation/validate-feature.ts';
import { indexDistricts } from '../src/data/geo-checks.ts';
import { validateDistricts, validateProjects } from '../src/data/validate.ts';
import { median } from './lib/stats.ts';
import { syntheticProjects } from './synthetic-projects.ts';

export function keystrokeValidate(count = 10_000, runs = 5) {
  const districts = validateDistricts(readFileSync('data/districts.geojson', 'utf8'), 'districts').value;
  const context = { districts: indexDistricts(districts) };
  const collection = syntheticProjects(districts, count);
  const text = JSON.stringify(collection, null, 1);
  const ids = new Set(collection.features.map((feature) => feature.id));
  const full: number[] = [];
  const keystroke: number[] = [];
  for (let run = 0; run < runs; run++) {
    let t0 = performance.now();
    const { value } = validateProjects(text, 'synthetic.geojson', context);
    full.push(performance.now() - t0);
    if (value.length !== count) throw new Error(`only ${value.length} of ${count} projects are valid`);
    // A curator typing into one project: each keystroke changes its English name, then validates it.
    const feature = structuredClone(collection.features[run % count]);
    if (!feature) throw new Error('no project to edit');
    ids.delete(feature.id);
    const KEYS = 50;
    t0 = performance.now();
    for (let key = 0; key < KEYS; key++) {
      feature.properties.name.en = `${feature.properties.name.en.slice(0, 20)} ${key}`;
      const issues = validateFeature(feature, context, ids);
      if (issues.some((issue) => issue.severity === 'error'))
        throw new Error('the edited project is invalid');
    }
    keystroke.push((performance.now() - t0) / KEYS);
    ids.add(feature.id);
  }
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    count,
    fullMs: round(median(full)),
    keystrokeMs: round(median(keystroke)),
    ratio: Number((median(keystroke) / median(full)).toPrecision(2)),
  };
}

if (process.argv[1]?.endsWith('keystroke-validate.ts')) console.log(keystrokeValidate());
