/**
 * What the overlay map draws above the imagery: districts, their labels, the region outline, project
 * routes and clustered points. Sources get their data once per data change; the filter reaches them
 * through FilterSync (map-view.tsx), never as new data per hover or selection.
 */
import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import { RTL_LANGUAGES } from '../i18n/i18n.ts';
import { useAppStore } from '../store/app-store.ts';
import { useLabelsOnScreen } from './labels-on-screen.ts';
import {
  DISTRICT_LABEL,
  DISTRICT_LABELS_SOURCE,
  districtLayers,
  DISTRICTS_SOURCE,
  REGION_SOURCE,
} from './layers/districts.ts';
import {
  CLUSTER_OPTIONS,
  PROJECT_LINES_SOURCE,
  PROJECT_POINTS_SOURCE,
  projectLayers,
} from './layers/projects.ts';
import type { OverlayData } from './use-map-data.ts';

/**
 * The deepest zoom MapLibre cuts these sources into tiles; deeper views over-zoom those tiles. MapLibre's
 * worker keeps every tile it has cut for as long as the data stands, so on a kiosk whose flights pass
 * through new views all day the default (18) let the worker's heap grow without end. Boundaries are
 * known to about a kilometre: zoom 12 tiles (2.4 m a unit) draw them as finely. Routes keep zoom 14
 * (0.6 m). Points keep the default: a marker is placed exactly where its source says.
 */
const AREA_MAXZOOM = 12;
const ROUTE_MAXZOOM = 14;

export function OverlayLayers({ data }: { data: OverlayData }) {
  const lang = useAppStore((s) => s.ui.lang);
  // District names over the markers and clusters: a name is never hidden under a cluster's circle.
  const layers = useMemo(() => {
    const districts = districtLayers(lang);
    const labels = districts.filter((layer) => layer.id === DISTRICT_LABEL);
    // Above the projects' names too: MapLibre places the upper layer's symbols first, so a project's name
    // yields to a district's and is left out where it would cover one.
    return [
      ...districts.filter((layer) => layer.id !== DISTRICT_LABEL),
      ...projectLayers(lang, RTL_LANGUAGES.has(lang)),
      ...labels,
    ];
  }, [lang]);
  const labelFilter = useLabelsOnScreen(data.labelData, lang);
  return (
    <>
      {/* Sources first, then every layer in drawing order (layers name their source). */}
      <Source id={DISTRICTS_SOURCE} type="geojson" data={data.districtData} maxzoom={AREA_MAXZOOM} />
      <Source id={REGION_SOURCE} type="geojson" data={data.outline} maxzoom={AREA_MAXZOOM} />
      <Source id={DISTRICT_LABELS_SOURCE} type="geojson" data={data.labelData} maxzoom={AREA_MAXZOOM} />
      <Source
        id={PROJECT_LINES_SOURCE}
        type="geojson"
        data={data.projectData.lines}
        maxzoom={ROUTE_MAXZOOM}
      />
      <Source id={PROJECT_POINTS_SOURCE} type="geojson" data={data.projectData.points} {...CLUSTER_OPTIONS} />
      {layers.map((layer) => (
        <Layer
          key={layer.id}
          {...layer}
          {...(layer.id === DISTRICT_LABEL && labelFilter ? { filter: labelFilter } : {})}
        />
      ))}
    </>
  );
}
