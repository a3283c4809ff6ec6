/** The fixture data set the browser specs run on (tests/fixtures/data), and facts about it. */
export const FIXTURE_DATA = {
  'districts.geojson': { fixture: 'data/districts.geojson' },
  'projects.geojson': { fixture: 'data/projects.geojson' },
  'imagery.json': { fixture: 'data/imagery.json' },
  'scenes.json': { fixture: 'data/scenes.json' },
  'kiosk.json': { fixture: 'data/kiosk.json' },
  'about.json': { fixture: 'data/about.json' },
  'corrections.json': { fixture: 'data/corrections.json' },
} as const;

export const AIRPORT = { id: 'fixture-airport', lon: 47.196, lat: 39.594, name: 'Fixture airport' } as const;
export const VILLAGE = { id: 'fixture-village', lon: 46.766, lat: 39.174 } as const;
/** A point on the fixture map that no district covers (south of the Araz river). */
export const OUTSIDE = { lon: 46.2, lat: 38.75 } as const;
/** Inside Aghdam district, away from markers and labels. */
export const IN_AGHDAM = { lon: 47.0, lat: 40.12 } as const;
