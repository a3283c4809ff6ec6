import type { ImageryLayer } from '../data/schema.ts';
import type { ImageryCatalog } from '../data/validate.ts';

/** The satellite base layer: the newest layer of the default pair (the latest cloudless mosaic). */
export function baseImageryLayer(catalog: ImageryCatalog): ImageryLayer | undefined {
  return catalog.layers.find((layer) => layer.id === catalog.defaultPair.after) ?? catalog.layers.at(-1);
}
