/**
 * data/about.json lists the places outside their own district's polygon for the district panel: the list
 * must be what the gazetteer and the polygons measure (every such place, its district, distance and the
 * polygon it falls in).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aboutFile } from '../../src/data/about-schema.ts';
import { readInputs, townOffsets } from './town-offsets.ts';

describe('data/about.json townsOutside', () => {
  it('matches the offsets measured on the gazetteer positions', () => {
    const { places, districts } = readInputs();
    const byName = new Map(places.map((place) => [place.name, place.id]));
    const measured = townOffsets(places, districts)
      .filter((offset) => offset.km > 0)
      .map((offset) => ({
        place: byName.get(offset.name),
        district: offset.district,
        km: Number(offset.km.toFixed(1)),
        liesIn: offset.liesIn,
      }))
      .sort((a, b) => String(a.place).localeCompare(String(b.place)));
    const about = aboutFile.parse(JSON.parse(readFileSync('data/about.json', 'utf8')));
    const listed = about.townsOutside
      .map(({ place, district, km, liesIn }) => ({ place, district, km, liesIn }))
      .sort((a, b) => a.place.localeCompare(b.place));
    expect(listed).toEqual(measured);
  });
});
