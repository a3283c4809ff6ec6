/**
 * How far the generalised district polygons are off, measured on gazetteer positions
 * (scripts/districts/gazetteer.json): the distance from each place to the polygon of the district it belongs
 * to. The district check's tolerance (src/data/geo-checks.ts) is chosen from these figures.
 *
 *   npx tsx scripts/districts/town-offsets.ts     # prints the table for scripts/districts/README.md
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface Place {
  id: string;
  name: string;
  district: string;
  position: Position;
  source: string;
}
type District = Feature<Polygon | MultiPolygon> & { id: string };

export interface Offset {
  name: string;
  district: string;
  /** Kilometres outside the district's polygon; 0 when inside. */
  km: number;
  /** The polygon the position falls in, if any. */
  liesIn?: string;
}

export function townOffsets(places: readonly Place[], districts: readonly District[]): Offset[] {
  return places.map(({ name, district, position }) => {
    const own = districts.find((d) => d.id === district);
    if (!own) throw new Error(`${name}: district ${district} is not in districts.geojson`);
    const km = Math.max(0, pointToPolygonDistance(position, own, { units: 'kilometers' }));
    const liesIn = districts.find((d) => booleanPointInPolygon(position, d))?.id;
    return { name, district, km, ...(liesIn ? { liesIn } : {}) };
  });
}

export function readInputs(root = '.'): { places: Place[]; districts: District[] } {
  const places = (
    JSON.parse(readFileSync(`${root}/scripts/districts/gazetteer.json`, 'utf8')) as { places: Place[] }
  ).places;
  const districts = (
    JSON.parse(readFileSync(`${root}/data/districts.geojson`, 'utf8')) as { features: District[] }
  ).features;
  return { places, districts };
}

if (process.argv[1]?.endsWith('town-offsets.ts')) {
  const { places, districts } = readInputs();
  console.log('| place | district | outside its polygon by | falls in |\n| --- | --- | --- | --- |');
  for (const o of townOffsets(places, districts)
    .filter((o) => o.km > 0)
    .sort((a, b) => b.km - a.km)) {
    console.log(
      `| ${o.name} | ${o.district} | ${o.km.toFixed(1)} km | ${o.liesIn ?? 'no district (beyond the border)'} |`,
    );
  }
}
