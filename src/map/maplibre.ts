/**
 * The MapLibre set-up module: loaded lazily (its own chunk) and run once before any map is created.
 * maplibre-gl 6 has no default export, and under Vite its worker is only found through an explicit URL.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Protocol } from 'pmtiles';
import { labelImageFor } from './label-images.ts';
import { answerOrphanedRequests } from './orphaned-requests.ts';

maplibregl.setWorkerUrl(workerUrl);

/** One pmtiles protocol for the whole app: archives it opens are cached across maps. */
export const pmtilesProtocol = new Protocol();
maplibregl.addProtocol('pmtiles', pmtilesProtocol.tile);

class AtlasMap extends maplibregl.Map {
  constructor(options: maplibregl.MapOptions) {
    super(options);
    // Labels are images drawn on demand. The resolver must exist before the first tile asks for one:
    // a 'styleimagemissing' listener added later cannot supply the image for that request.
    this.setMissingStyleImageResolver((id) => {
      const label = labelImageFor(id);
      if (label && !this.hasImage(id)) this.addImage(id, label.image, label.options);
    });
  }

  // MapLibre leaves the worker's requests for a removed map unanswered (see orphaned-requests.ts).
  override remove(): void {
    // After a lost WebGL context the style is gone (null, though typed otherwise): nothing to answer for.
    const dispatcher = (this.style as maplibregl.Map['style'] | null)?.dispatcher;
    // Taken before removing: removal empties the list.
    const workers = dispatcher?.actors.map((actor) => actor.target) ?? [];
    super.remove();
    if (dispatcher) answerOrphanedRequests(workers, dispatcher.id);
  }
}

/** What react-map-gl's `mapLib` receives: MapLibre with the app's Map class. */
export const mapLib = { ...maplibregl, Map: AtlasMap };
