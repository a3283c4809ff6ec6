/** The rules the data audit asked for: far from every district, undated figures, unused recorded sites. */
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../tests/fixture-files.ts';
import type { DataIssue } from './issues.ts';
import { firstFigure } from './trust-checks.ts';
import { validateDistricts, validateProjects, validateScenes } from './validate.ts';
import { indexDistricts } from './geo-checks.ts';

const districts = indexDistricts(
  validateDistricts(fixtureText('districts.geojson'), 'districts.geojson').value,
);

type Raw = {
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
};

function projectsWith(change: (feature: Raw) => void, id = 'fixture-airport'): DataIssue[] {
  const collection = JSON.parse(fixtureText('projects.geojson')) as { features: Raw[] };
  const feature = collection.features.find((candidate) => candidate.id === id);
  if (!feature) throw new Error(id);
  change(feature);
  return validateProjects(JSON.stringify(collection, null, 2), 'projects.geojson', { districts }).issues;
}

function scenesWith(change: (scene: Record<string, unknown>) => void): DataIssue[] {
  const file = JSON.parse(fixtureText('scenes.json')) as { scenes: Record<string, unknown>[] };
  const [first] = file.scenes;
  if (!first) throw new Error('no scene');
  change(first);
  return validateScenes(JSON.stringify(file, null, 2), 'scenes.json').issues;
}

const codes = (issues: DataIssue[]) => issues.map((issue) => issue.code);

describe('far-from-districts', () => {
  // The fixture's Beylagan (AZ-BEY) reaches 39.94 N at most, north of the others; far to its north-west is
  // still inside the region's box but no district is near.
  const far: [number, number] = [45.6, 40.5];

  it('is an error naming the nearest district and its distance, with a hint', () => {
    const issues = projectsWith((feature) => {
      feature.geometry = { type: 'Point', coordinates: far };
    });
    const error = issues.find((issue) => issue.code === 'far-from-districts');
    expect(error?.severity).toBe('error');
    expect(error?.message).toMatch(
      /^position \[45\.6, 40\.5\] is \d+\.\d km from the nearest district, \w+ \(AZ-[A-Z]+\), more than 4 km from every district/,
    );
    expect(error?.hint?.key).toBe('farFromDistricts');
    // Reported once: the named-district check does not repeat it.
    expect(codes(issues)).not.toContain('outside-district');
  });

  it('is one error, and none for a position within the tolerance of a district it does not name', () => {
    const result = projectsWith((feature) => {
      feature.geometry = { type: 'Point', coordinates: far };
    });
    expect(result.filter((issue) => issue.severity === 'error')).toHaveLength(1);
    // The fixture airport moved into Aghdam: wrong district (outside-district), but near one.
    const wrongDistrict = projectsWith((feature) => {
      feature.geometry = { type: 'Point', coordinates: [47.0, 40.12] };
    });
    expect(codes(wrongDistrict)).toContain('outside-district');
    expect(codes(wrongDistrict)).not.toContain('far-from-districts');
  });

  it('applies to every vertex of a route, also when its districts are unknown', () => {
    const issues = projectsWith((feature) => {
      const coordinates = feature.geometry.coordinates as number[][];
      feature.geometry = { type: 'LineString', coordinates: [...coordinates, far] };
      feature.properties.districts = ['AZ-NOP'];
    }, 'fixture-road');
    expect(codes(issues)).toContain('far-from-districts');
  });
});

describe('undated-figure', () => {
  it('warns when the caption gives figures and no source is dated', () => {
    const issues = scenesWith((scene) => {
      scene.caption = { az: '41 körpü', en: 'The line has 41 bridges and three tunnels.', ru: '41 мост' };
      scene.sources = [{ title: 'Railway', url: 'https://example.org/rail', publisher: 'Agency' }];
    });
    const warning = issues.find((issue) => issue.code === 'undated-figure');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toBe(
      'the caption gives figures ("has 41 bridges") but none of the sources of scene "fixture-fuzuli" has a date: a figure is true on a date',
    );
    expect(warning?.hint?.key).toBe('undatedFigure');
  });

  it('accepts figures with a dated source, and an undated source for a caption without figures', () => {
    const dated = scenesWith((scene) => {
      scene.caption = { az: '41 körpü', en: 'The line has 41 bridges.', ru: '41 мост' };
      scene.sources = [{ title: 'Railway', url: 'https://example.org/rail', date: '2023-02' }];
    });
    expect(codes(dated)).not.toContain('undated-figure');
    const words = scenesWith((scene) => {
      scene.caption = { az: 'Körpülər', en: 'The line crosses the Araz valley.', ru: 'Мосты' };
      scene.sources = [{ title: 'Railway', url: 'https://example.org/rail' }];
    });
    expect(codes(words)).not.toContain('undated-figure');
  });

  it('finds a figure with its neighbouring words', () => {
    expect(firstFigure('opened on 26 October 2021')).toBe('on 26 October');
    expect(firstFigure('no figures here')).toBeUndefined();
  });
});

describe('approximate-with-site', () => {
  const site = {
    position: [47.196, 39.594],
    source: { title: 'Airport reference point', url: 'https://example.org/arp', date: '2021' },
  };

  it('warns when a project with a recorded site is still approximate, and says where it belongs', () => {
    const issues = projectsWith((feature) => {
      feature.properties.precision = 'approximate';
      feature.properties.site = site;
    });
    const warning = issues.find((issue) => issue.code === 'approximate-with-site');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toBe(
      'project "fixture-airport" is marked approximate although site records the site\'s position [47.196, 39.594] (from "Airport reference point")',
    );
    expect(warning?.hint?.text).toBe(
      'place the project at its site.position ([47.196, 39.594]) and set precision to "exact"',
    );
  });

  it('is quiet for an exact project with a site and for an approximate one without', () => {
    const exact = projectsWith((feature) => {
      feature.properties.precision = 'exact';
      feature.properties.site = site;
    });
    const approximate = projectsWith((feature) => {
      feature.properties.precision = 'approximate';
    });
    expect(codes([...exact, ...approximate])).not.toContain('approximate-with-site');
  });

  it('rejects a site without a source', () => {
    const issues = projectsWith((feature) => {
      feature.properties.site = { position: [47.196, 39.594] };
    });
    expect(codes(issues)).toContain('missing-source');
  });
});
