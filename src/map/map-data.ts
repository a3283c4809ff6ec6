/**
 * Pure steps between the validated data and what MapLibre draws: numeric feature ids (feature-state needs
 * them), flat properties (expressions read them), points and lines apart (clusters take points only).
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { LANGUAGES, type DistrictFeature, type ProjectFeature } from '../data/schema.ts';
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
}

export function projectsToMap(projects: readonly ProjectFeature[]): ProjectMapData {
  const points: Feature<Point, ProjectMapProperties>[] = [];
  const lines: Feature<LineString, ProjectMapProperties>[] = [];
  const numericIds = new Map<string, number>();
  const sourceOf = new Map<string, 'points' | 'lines'>();
  projects.forEach((project, index) => {
    numericIds.set(project.id, index + 1);
    sourceOf.set(project.id, project.geometry.type === 'Point' ? 'points' : 'lines');
    const properties: ProjectMapProperties = {
      pid: project.id,
      category: project.properties.category,
      status: project.properties.status,
      ...flatNames(project.properties.name),
    };
    if (project.geometry.type === 'Point') {
      points.push({ type: 'Feature', id: index + 1, geometry: project.geometry, properties });
    } else {
      lines.push({ type: 'Feature', id: index + 1, geometry: project.geometry, properties });
    }
  });
  return {
    points: { type: 'FeatureCollection', features: points },
    lines: { type: 'FeatureCollection', features: lines },
    numericIds,
    sourceOf,
  };
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
