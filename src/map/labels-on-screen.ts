/**
 * District names whose whole label lies on the screen. MapLibre draws a point label while any part of it is
 * on screen, so a neighbour's name at the edge of a phone shows cut ("Agh…"): unreadable, and its anchor is
 * off the map. Such names are left out until a move brings them in whole. Checked when a move ends, not
 * during it, so names do not blink while the map is dragged.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { Language } from '../data/schema.ts';
import { labelImageFor } from './label-images.ts';
import { LABEL_IMAGE_PREFIX } from './layers/districts.ts';
import type { DistrictMapProperties } from './map-data.ts';

interface Box {
  width: number;
  height: number;
}

/** Whether a label of `size` centred on `at` lies whole inside `screen`. */
export function fitsOnScreen(at: { x: number; y: number }, size: Box, screen: Box): boolean {
  const halfWidth = size.width / 2;
  const halfHeight = size.height / 2;
  return (
    at.x - halfWidth >= 0 &&
    at.x + halfWidth <= screen.width &&
    at.y - halfHeight >= 0 &&
    at.y + halfHeight <= screen.height
  );
}

/** CSS px size of a label image, drawn now if no tile has asked for it yet. */
function labelSize(map: MapLibreMap, id: string): Box | undefined {
  if (!map.hasImage(id)) {
    const label = labelImageFor(id);
    if (label) map.addImage(id, label.image, label.options);
  }
  const image = map.getImage(id);
  if (!image) return undefined;
  return { width: image.data.width / image.pixelRatio, height: image.data.height / image.pixelRatio };
}

function codesOnScreen(
  map: MapLibreMap,
  labels: FeatureCollection<Point, DistrictMapProperties>,
  lang: Language,
): string[] {
  const canvas = map.getCanvas();
  const screen = { width: canvas.clientWidth, height: canvas.clientHeight };
  return labels.features
    .filter((feature) => {
      const name = feature.properties[`name_${lang}`];
      const size = name ? labelSize(map, `${LABEL_IMAGE_PREFIX}${name}`) : undefined;
      const [lon = 0, lat = 0] = feature.geometry.coordinates;
      return size !== undefined && fitsOnScreen(map.project([lon, lat]), size, screen);
    })
    .map((feature) => feature.properties.code);
}

/** The label layer's filter: only the names that fit whole on the screen (undefined before the map is). */
export function useLabelsOnScreen(
  labels: FeatureCollection<Point, DistrictMapProperties>,
  lang: Language,
): ExpressionSpecification | undefined {
  const map = useMap().current?.getMap();
  const [codes, setCodes] = useState<string[] | undefined>(undefined);
  useEffect(() => {
    if (!map) return;
    const update = () => {
      const next = codesOnScreen(map, labels, lang);
      setCodes((previous) => (previous?.join() === next.join() ? previous : next));
    };
    update();
    map.on('moveend', update);
    map.on('resize', update);
    return () => {
      map.off('moveend', update);
      map.off('resize', update);
    };
  }, [map, labels, lang]);
  return codes && ['in', ['get', 'code'], ['literal', codes]];
}
