/**
 * Checks that keep the data trustworthy where the audit of issue 16 found faults a rule can catch:
 * - a position more than the tolerance away from every district (a typo, swapped or shifted coordinates)
 *   is an error, whatever districts the project names;
 * - a scene caption that gives figures while none of the scene's sources is dated (a figure is true on a
 *   date) is a warning;
 * - a project marked `approximate` although its `site` records where the site itself is, is a warning.
 */
import type { Position } from 'geojson';
import { bboxContains, containsPoint, distanceToEdgeKm } from '../lib/geo.ts';
import {
  checkDistrictPlacement,
  checkInRegion,
  DISTRICT_TOLERANCE_KM,
  type DistrictIndex,
} from './geo-checks.ts';
import { hint } from './hints.ts';
import type { IssueList } from './issues.ts';
import type { JsonPath } from './json-source.ts';
import type { Scene } from './scene-schema.ts';
import type { LocalizedText } from './schema-primitives.ts';
import type { ProjectFeature } from './schema.ts';

type At = (...path: (string | number)[]) => JsonPath;

function positionsOf(geometry: ProjectFeature['geometry']): { position: Position; path: number[] }[] {
  return geometry.type === 'Point'
    ? [{ position: geometry.coordinates, path: [] }]
    : geometry.coordinates.map((position, i) => ({ position, path: [i] }));
}

/** Whether a position is inside a district or within the tolerance of one (bounding boxes first: cheap). */
function nearSomeDistrict(index: DistrictIndex, position: Position): boolean {
  for (const entry of index.values()) {
    if (!bboxContains(entry.padded, position)) continue;
    if (bboxContains(entry.bbox, position) && containsPoint(entry.area, position)) return true;
    if (distanceToEdgeKm(entry.area, position) <= DISTRICT_TOLERANCE_KM) return true;
  }
  return false;
}

/**
 * Reports the first position of a project that is more than the tolerance from every district (unless the
 * nearest is one it names); returns whether there was none, so that the named-district check does not
 * report the same position again.
 */
export function checkNearSomeDistrict(
  issues: IssueList,
  index: DistrictIndex,
  project: ProjectFeature,
  at: At,
  subject: string,
): boolean {
  if (index.size === 0) return true;
  // Nearly every position lies in a district it names: that is tested first, and settles it.
  const named = project.properties.districts.flatMap((id) => index.get(id) ?? []);
  const inNamed = (position: Position) =>
    named.some((entry) => bboxContains(entry.bbox, position) && containsPoint(entry.area, position));
  for (const { position, path } of positionsOf(project.geometry)) {
    if (inNamed(position) || nearSomeDistrict(index, position)) continue;
    let nearest = { id: '', name: '', km: Infinity };
    for (const entry of index.values()) {
      const km = distanceToEdgeKm(entry.area, position);
      if (km < nearest.km) nearest = { id: entry.id, name: entry.name, km };
    }
    // The nearest district is one it names: outside-district (geo-checks.ts) says the same, with the distance.
    if (named.some((entry) => entry.id === nearest.id)) return true;
    const km = nearest.km.toFixed(1);
    issues.error(
      'far-from-districts',
      `position [${position.join(', ')}] is ${km} km from the nearest district, ${nearest.name} (${nearest.id}), ` +
        `more than ${DISTRICT_TOLERANCE_KM} km from every district in districts.geojson in ${subject}`,
      [...at('geometry', 'coordinates'), ...path],
      hint('farFromDistricts', { km, district: nearest.id }),
    );
    return false;
  }
  return true;
}

/**
 * Where a project lies: inside the region, near some district, then in (or near) the districts it names.
 * Each step runs only when the one before passed, so a wrong position is reported once.
 */
export function checkPlacement(
  issues: IssueList,
  index: DistrictIndex | undefined,
  project: ProjectFeature,
  at: At,
  subject: string,
): void {
  if (!checkInRegion(issues, project.geometry, at('geometry', 'coordinates'), subject) || !index) return;
  const near = checkNearSomeDistrict(issues, index, project, at, subject);
  // A district id that districts.geojson lacks is reported (unknown-district) even far from every district.
  const unknownDistrict = project.properties.districts.some((id) => index.get(id) === undefined);
  if (near || unknownDistrict) checkDistrictPlacement(issues, index, project, at, subject);
}

/** The first figure in a text (a number with its neighbouring word), or undefined when it has none. */
export function firstFigure(text: string): string | undefined {
  return /(?:\S+\s)?\d[\d.,–-]*(?:\s\S+)?/u.exec(text)?.[0];
}

/** A caption with figures needs a dated source: the date the figures were true (or reported). */
export function checkSceneFigures(issues: IssueList, scene: Scene, at: At, subject: string): void {
  if (scene.sources.some((source) => source.date !== undefined)) return;
  const captions: { text: LocalizedText; path: JsonPath }[] = [{ text: scene.caption, path: at('caption') }];
  if (scene.kind === 'time-lapse') {
    scene.captions?.forEach((entry, i) =>
      captions.push({ text: entry.caption, path: at('captions', i, 'caption') }),
    );
  }
  for (const { text, path } of captions) {
    const figure = firstFigure(text.en);
    if (figure === undefined) continue;
    issues.warn(
      'undated-figure',
      `the caption gives figures ("${figure}") but none of the sources of ${subject} has a date: ` +
        `a figure is true on a date`,
      [...path, 'en'],
      hint('undatedFigure'),
    );
    return;
  }
}

/** A project whose site is recorded belongs there, marked exact. */
export function checkRecordedSite(issues: IssueList, project: ProjectFeature, at: At, subject: string): void {
  const { site, precision } = project.properties;
  if (!site || precision !== 'approximate') return;
  const position = site.position.join(', ');
  issues.warn(
    'approximate-with-site',
    `${subject} is marked approximate although site records the site's position [${position}] ` +
      `(from "${site.source.title}")`,
    at('properties', 'precision'),
    hint('approximateWithSite', { position: `[${position}]` }),
  );
}
