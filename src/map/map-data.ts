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
import { projectLabelText } from './project-label.ts';
import type { AsOfFeatureProperties } from '../lib/status-expression.ts';

type Names = Partial<Record<`name_${(typeof LANGUAGES)[number]}`, string>>;

export interface DistrictMapProperties extends Names {
  code: string;
  region: string;
}

type Labels = Partial<Record<`label_${(typeof LANGUAGES)[number]}`, string>>;

/** Only what the project layers draw and the click handler reads: many features are cloned to the worker. */
export interface ProjectMapProperties extends Partial<Omit<AsOfFeatureProperties, 'status'>>, Labels {
  pid: string;
  category: string;
  status: string;
  /** Routes only: a schematic one is drawn dashed (layers/projects.ts). */
  precision?: string;
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

/**
 * Points carry only what their layers draw (they are many; the filter reaches them as data). Routes also
 * carry the filter fields in every language, so the filter expression can run on them as a layer filter.
 * Both carry the dates the timeline's status expression reads (lib/status-expression.ts): a date step
 * changes the map's global state, never its data.
 */
export function projectsToMap(
  entries: readonly ProjectEntry[],
  asOf: ReadonlyMap<string, AsOfFeatureProperties> = new Map(),
): ProjectMapData {
  const points: Feature<Point, ProjectMapProperties>[] = [];
  const lines: Feature<LineString, ProjectMapProperties>[] = [];
  const numericIds = new Map<string, number>();
  const sourceOf = new Map<string, 'points' | 'lines'>();
  for (const entry of entries) {
    const { project, numericId } = entry;
    numericIds.set(project.id, numericId);
    const properties: ProjectMapProperties = {
      ...asOf.get(project.id),
      pid: project.id,
      category: project.properties.category,
      status: project.properties.status,
    };
    if (project.geometry.type === 'Point') {
      sourceOf.set(project.id, 'points');
      // Markers carry their label in every language: a language switch changes a layer, not the data.
      const labels: Labels = {};
      for (const lang of LANGUAGES) {
        labels[`label_${lang}`] = projectLabelText(
          project.properties.name[lang] ?? project.properties.name.en,
        );
      }
      points.push({
        type: 'Feature',
        id: numericId,
        geometry: project.geometry,
        properties: { ...properties, ...labels },
      });
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
        properties: { ...properties, precision: project.properties.precision, ...filterFields },
      });
    }
  }
  return {
    points: { type: 'FeatureCollection', features: points },
    lines: { type: 'FeatureCollection', features: lines },
    numericIds,
    sourceOf,
  };
}

/**
 * What the clustered point source must add and remove to show exactly the visible projects. Sending a diff
 * instead of new data keeps a filter change cheap on the main thread: ids cross to the worker, not features
 * (except the ones coming back). `shown` is a flag per numeric id (1 = in the source), updated in place.
 */
export function pointsDiff(
  data: ProjectMapData,
  visible: readonly ProjectEntry[],
  shown: Uint8Array,
): GeoJSONSourceDiff | undefined {
  const next = new Uint8Array(shown.length);
  for (const entry of visible) if (entry.numericId < next.length) next[entry.numericId] = 1;
  const remove: number[] = [];
  const add: Feature<Point, ProjectMapProperties>[] = [];
  for (const feature of data.points.features) {
    const id = feature.id as number;
    if (shown[id] === next[id]) continue;
    if (next[id]) add.push(feature);
    else remove.push(id);
    shown[id] = next[id] ?? 0;
  }
  return remove.length > 0 || add.length > 0 ? { remove, add } : undefined;
}

/** Flags for a source that shows every point of `data`. */
export function allPointsShown(data: ProjectMapData): Uint8Array {
  let max = 0;
  for (const feature of data.points.features) max = Math.max(max, feature.id as number);
  const shown = new Uint8Array(max + 1);
  for (const feature of data.points.features) shown[feature.id as number] = 1;
  return shown;
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
