import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDistricts } from '../data/geo-checks.ts';
import { validateDistricts, validateProjects } from '../data/validate.ts';
import { validateFeature } from './validate-feature.ts';

const districts = indexDistricts(
  validateDistricts(readFileSync('data/districts.geojson', 'utf8'), 'districts.geojson').value,
);
const projectsText = readFileSync('data/projects.geojson', 'utf8');
const features = (JSON.parse(projectsText) as { features: Record<string, unknown>[] }).features;
const first = () => structuredClone(features[0]) as { id: string; properties: Record<string, unknown> };

describe('validateFeature', () => {
  it('finds nothing wrong with a shipped project', () => {
    expect(validateFeature(first(), { districts }).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('names the field of an error, as check-data words it', () => {
    const feature = first();
    (feature.properties.name as Record<string, string>).en = '   ';
    feature.properties.end = '2021-13';
    const issues = validateFeature(feature, { districts });
    expect(issues.map((i) => [i.path.join('.'), i.severity])).toEqual(
      expect.arrayContaining([
        ['properties.name.en', 'error'],
        ['properties.end', 'error'],
      ]),
    );
    // The same messages as validating the whole file with the feature in it.
    const whole = validateProjects(
      JSON.stringify({ type: 'FeatureCollection', features: [feature] }),
      'projects.geojson',
      { districts },
    ).issues.map((i) => i.message);
    expect(issues.map((i) => i.message)).toEqual(whole);
  });

  it('places a point outside its district as an error at the coordinates', () => {
    const feature = first() as unknown as { geometry: { coordinates: number[] } };
    feature.geometry.coordinates = [46.0, 40.3];
    const issues = validateFeature(feature, { districts });
    expect(issues.some((i) => i.path.join('.').startsWith('geometry') && i.severity === 'error')).toBe(true);
  });

  it('reports an id another project has', () => {
    const feature = first();
    const issues = validateFeature(feature, { districts }, new Set([feature.id]));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'duplicate-id', path: ['id'] }));
  });
});
