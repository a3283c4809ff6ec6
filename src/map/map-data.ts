/**
 * Pure steps between the validated data and what MapLibre draws: numeric feature ids (feature-state needs
 * them), flat properties (expressions read them), points and lines apart (clusters take points only).
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import { filterProperties, type ProjectEntry } from '../data/project-index.ts';
import { LANGUAGES, type DistrictFeature } from '../data/schema.ts';
import { union } from '@turf/turf';
import { labelPoint } from '../lib/geo.ts';

type Names = Partial<Record<`name_${(typeof LANGUAGES)[number]}`, string>>;

export interface DistrictMapProperties extends Names {
  code: string;
  region: string;
}

export interface ProjectMapProperties extends Names {
  pid: string;
  category: string;
  status: string;
}

function flatNames(name: Partial<Record<(typeof LANGUAGES)[number], string>>): Names {
  const names: Names = {};
  for (const lang of LANGUAGES) {
    // Fallback chosen → en, so every label layer can read one property per language.
    names[`name_${lang}`] = name[lang] ?? name.en;
  }
  return names;
}

/** Numeric ids start at 1: MapLibre treats 0 as a valid id, but a falsy id is easy to mishandle. */
export function districtsToMap(
  districts: readonly DistrictFeature[],
): FeatureCollection<Polygon | MultiPolygon, DistrictMapProperties> {
  return {
    type: 'FeatureCollection',
    features: districts.map((district, index) => ({
      type: 'Feature',
      id: index + 1,
      geometry: district.geometry,
      properties: {
        code: district.id,
        region: district.properties.region,
        ...flatNames(district.properties.name),
      },
    })),
  };
}

export function districtLabelsToMap(
  districts: readonly DistrictFeature[],
): FeatureCollection<Point, DistrictMapProperties> {
  return {
    type: 'FeatureCollection',
    features: districts.map((district, index) => ({
      type: 'Feature',
      id: index + 1,
      geometry: {
        type: 'Point',
        coordinates: labelPoint({ type: 'Feature', geometry: district.geometry, properties: {} }),
      },
      properties: {
        code: district.id,
        region: district.properties.region,
        ...flatNames(district.properties.name),
      },
    })),
  };
}

export interface ProjectMapData {
  points: FeatureCollection<Point, ProjectMapProperties>;
  lines: FeatureCollection<LineString, ProjectMapProperties>;
  /** Project id → numeric feature id and the source holding it, for feature-state. */
  numericIds: ReadonlyMap<string, number>;
  sourceOf: ReadonlyMap<string, 'points' | 'lines'>;
  pointsById: ReadonlyMap<number, Feature<Point, ProjectMapProperties>>;
}

/**
 * Points carry only what their layers draw (they are many; the filter reaches them as data). Routes also
 * carry the filter fields in every language, so the filter expression can run on them as a layer filter.
 */
export function projectsToMap(entries: readonly ProjectEntry[]): ProjectMapData {
  const points: Feature<Point, ProjectMapProperties>[] = [];
  const lines: Feature<LineString, ProjectMapProperties>[] = [];
  const numericIds = new Map<string, number>();
  const sourceOf = new Map<string, 'points' | 'lines'>();
  for (const entry of entries) {
    const { project, numericId } = entry;
    numericIds.set(project.id, numericId);
    const properties: ProjectMapProperties = {
      pid: project.id,
      category: project.properties.category,
      status: project.properties.status,
      ...flatNames(project.properties.name),
    };
    if (project.geometry.type === 'Point') {
      sourceOf.set(project.id, 'points');
      points.push({ type: 'Feature', id: numericId, geometry: project.geometry, properties });
    } else {
      sourceOf.set(project.id, 'lines');
      const filterFields = Object.assign(
        {},
        ...LANGUAGES.map((lang) => filterProperties(entry, lang)),
      ) as object;
      lines.push({
        type: 'Feature',
        id: numericId,
        geometry: project.geometry,
        properties: { ...properties, ...filterFields },
      });
    }
  }
  return {
    points: { type: 'FeatureCollection', features: points },
    lines: { type: 'FeatureCollection', features: lines },
    numericIds,
    sourceOf,
    pointsById: new Map(points.map((feature) => [Number(feature.id), feature])),
  };
}

/**
 * What the clustered point source must add and remove to show exactly the visible projects. Sending a diff
 * instead of new data keeps a filter change cheap on the main thread: ids cross to the worker, not features
 * (except the ones coming back).
 */
export function pointsDiff(
  data: ProjectMapData,
  visible: readonly ProjectEntry[],
  shown: ReadonlySet<number>,
): { diff: GeoJSONSourceDiff | undefined; shown: ReadonlySet<number> } {
  const next = new Set<number>();
  for (const entry of visible) if (data.pointsById.has(entry.numericId)) next.add(entry.numericId);
  const remove: number[] = [];
  for (const id of shown) if (!next.has(id)) remove.push(id);
  const add: Feature<Point, ProjectMapProperties>[] = [];
  for (const id of next) {
    const feature = data.pointsById.get(id);
    if (!shown.has(id) && feature) add.push(feature);
  }
  return { diff: remove.length > 0 || add.length > 0 ? { remove, add } : undefined, shown: next };
}

/** The outer boundary of the liberated territories (Karabakh and East Zangezur), for the vector base. */
export function regionOutline(
  districts: readonly DistrictFeature[],
): FeatureCollection<Polygon | MultiPolygon> {
  const inside = districts.filter((district) => district.properties.region !== 'other');
  if (inside.length === 0) return { type: 'FeatureCollection', features: [] };
  const merged = union({
    type: 'FeatureCollection',
    features: inside.map((district) => ({ type: 'Feature', geometry: district.geometry, properties: {} })),
  });
  return { type: 'FeatureCollection', features: merged ? [merged] : [] };
}
