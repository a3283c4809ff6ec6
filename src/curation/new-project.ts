/**
 * A project drawn on the map: a unique id, the districts its position lies in and the required fields left
 * empty, so the form shows at once what is still to be written (the checker reports each empty field).
 */
import { DISTRICT_TOLERANCE_KM, type DistrictIndex } from '../data/geo-checks.ts';
import { REQUIRED_LANGUAGES } from '../data/schema.ts';
import type { Position } from 'geojson';
import { containsPoint, distanceToEdgeKm } from '../lib/geo.ts';
import type { EditableCollection, EditableFeature, EditableGeometry } from './workbench-store.ts';

/** The districts a geometry lies in, or within the validator's boundary tolerance of (its vertices). */
export function proposeDistricts(geometry: EditableGeometry, districts: DistrictIndex | undefined): string[] {
  if (!districts) return [];
  const positions: Position[] =
    geometry.type === 'Point' ? [geometry.coordinates] : (geometry.coordinates as Position[]);
  const inside = new Set<string>();
  const near = new Set<string>();
  for (const position of positions) {
    for (const entry of districts.values()) {
      if (containsPoint(entry.area, position)) inside.add(entry.id);
      else if (distanceToEdgeKm(entry.area, position) <= DISTRICT_TOLERANCE_KM) near.add(entry.id);
    }
  }
  // Inside wins; a position only near boundaries (they are 1–4 km off) gets the nearby districts to choose from.
  return [...(inside.size > 0 ? inside : near)];
}

const emptyText = () => Object.fromEntries(REQUIRED_LANGUAGES.map((lang) => [lang, '']));

export function newProjectId(doc: EditableCollection): string {
  const ids = new Set(doc.features.map((feature) => feature.id));
  let n = 1;
  while (ids.has(`new-project-${n}`)) n++;
  return `new-project-${n}`;
}

export function newProject(
  doc: EditableCollection,
  geometry: EditableGeometry,
  districts?: DistrictIndex,
  today = new Date().toISOString().slice(0, 10),
): EditableFeature {
  return {
    type: 'Feature',
    id: newProjectId(doc),
    geometry,
    properties: {
      name: emptyText(),
      summary: emptyText(),
      category: 'housing',
      status: 'planned',
      statusAsOf: today,
      districts: proposeDistricts(geometry, districts),
      precision: 'approximate',
      sources: [{ title: '', url: '' }],
    },
  };
}
