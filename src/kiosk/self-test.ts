/**
 * The kiosk's boot self-test: each scene's imagery must be there (a PMTiles archive answers with a valid
 * header; a tile server returns a first tile) — both layers of a comparison, every date of a time-lapse. A
 * scene that fails is left out of the loop rather than shown broken.
 */
import type { ImageryLayer } from '../data/imagery-schema.ts';
import type { Scene } from '../data/scene-schema.ts';
import { resolvePmtilesUrl } from '../lib/raster-source.ts';
import { sceneLayerIds } from '../lib/scene-time.ts';
import type { SceneCheck } from '../store/kiosk-slice.ts';

type Fetcher = (url: string, init?: RequestInit) => Promise<Response>;

const PMTILES_MAGIC = 'PMTiles';

/** Web-Mercator tile of a point at a zoom. */
export function tileOf([lon, lat]: [number, number], zoom: number): { x: number; y: number; z: number } {
  const n = 2 ** zoom;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { x, y, z: zoom };
}

async function checkLayer(
  layer: ImageryLayer,
  centre: [number, number],
  zoom: number,
  fetcher: Fetcher,
  base: string,
) {
  if (layer.type === 'pmtiles') {
    const url = resolvePmtilesUrl(layer.url, base).slice('pmtiles://'.length);
    const response = await fetcher(url, { headers: { Range: 'bytes=0-126' } });
    if (!response.ok) return `archive ${url}: HTTP ${response.status}`;
    const magic = new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()).slice(0, 7));
    return magic === PMTILES_MAGIC ? undefined : `archive ${url} is not a PMTiles file`;
  }
  const { x, y, z } = tileOf(centre, Math.min(layer.maxzoom, Math.max(layer.minzoom, Math.round(zoom))));
  const url = layer.url.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
  const response = await fetcher(url);
  return response.ok ? undefined : `tile ${url}: HTTP ${response.status}`;
}

export async function checkScenes(
  scenes: readonly Scene[],
  layers: readonly ImageryLayer[],
  fetcher: Fetcher = (url, init) => fetch(url, init),
  base = globalThis.location?.href ?? 'http://localhost/',
): Promise<SceneCheck[]> {
  const byId = new Map(layers.map((layer) => [layer.id, layer]));
  return Promise.all(
    scenes.map(async (scene): Promise<SceneCheck> => {
      const problems: string[] = [];
      const ids = sceneLayerIds(scene, { layers });
      if (ids.length < 2) problems.push('fewer than two imagery dates');
      for (const id of ids) {
        const layer = byId.get(id);
        if (!layer) {
          problems.push(`layer ${id} is not in the catalog`);
          continue;
        }
        try {
          const problem = await checkLayer(layer, scene.camera.center, scene.camera.zoom, fetcher, base);
          if (problem) problems.push(problem);
        } catch (error) {
          problems.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return { id: scene.id, ok: problems.length === 0, detail: problems.join('; ') || 'imagery present' };
    }),
  );
}
