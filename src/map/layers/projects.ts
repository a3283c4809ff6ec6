/** Project layers: clustered point markers coloured by category, and routes (roads, railways) as lines. */
import type { LayerSpecification } from 'maplibre-gl';
import { CATEGORIES, type Language } from '../../data/schema.ts';
import { statusAsOfExpression } from '../../lib/status-expression.ts';
import { CATEGORY_COLORS, MAP_COLORS, STATUS_COLORS } from '../../ui/theme.ts';

export const PROJECT_POINTS_SOURCE = 'project-points';
export const PROJECT_LINES_SOURCE = 'project-lines';

export const PROJECT_LINE_CASING = 'project-line-casing';
export const PROJECT_LINE = 'project-line';
export const PROJECT_CLUSTER = 'project-cluster';
export const PROJECT_CLUSTER_COUNT = 'project-cluster-count';
export const PROJECT_POINT = 'project-point';
export const PROJECT_LABEL = 'project-label';

export const COUNT_IMAGE_PREFIX = 'count:';
/** Prefix of a project's name drawn as an image (label-images.ts), smaller than a district's. */
export const PROJECT_LABEL_IMAGE_PREFIX = 'project-label:';

/** Layers a pointer can hit, in priority order (the first hit wins). */
export const PROJECT_INTERACTIVE_LAYERS = [PROJECT_CLUSTER, PROJECT_POINT, PROJECT_LINE] as const;

export const CLUSTER_OPTIONS = { cluster: true, clusterRadius: 40, clusterMaxZoom: 13 } as const;

const categoryColor = [
  'match',
  ['get', 'category'],
  ...CATEGORIES.flatMap((category) => [category, CATEGORY_COLORS[category]]),
  MAP_COLORS.cluster,
];
/**
 * The status on the timeline's day (the map's global state `asOf`; today without one). The marker's ring
 * says it: orange while under construction, grey when planned, and a faded marker when the date that
 * would decide is unknown. A date step changes the global state only, never the data.
 */
const statusOnDay = statusAsOfExpression();
const statusRing = [
  'match',
  statusOnDay,
  'under-construction',
  STATUS_COLORS['under-construction'],
  'planned',
  STATUS_COLORS.planned,
  'date-unknown',
  STATUS_COLORS.planned,
  MAP_COLORS.markerStroke,
];
const statusOpacity = ['match', statusOnDay, 'date-unknown', 0.5, 1];
/**
 * A route not started by the day is drawn fully transparent rather than filtered out: a filter that reads
 * the day makes MapLibre cut the routes' tiles again on every date step, and a re-cut that meets a camera
 * move in the same frame leaves the old tile in MapLibre's worker for good (the kiosk's worker heap grew by
 * about one tile per scene). The pointer ignores such routes (use-map-pointer.ts).
 */
const routeOpacity = ['match', statusOnDay, 'not-started', 0, 'date-unknown', 0.5, 1];
const casingOpacity = ['match', statusOnDay, 'not-started', 0, 1];
const hovered = ['boolean', ['feature-state', 'hover'], false];
const selected = ['boolean', ['feature-state', 'selected'], false];

/** Dash and gap lengths in line widths: the schematic route's dashes, and an unbroken line. */
export const SCHEMATIC_DASH = ['literal', [2, 1.5]];
const SOLID_DASH = ['literal', [1, 0]];

/**
 * Routes get the filter as a layer filter at run time (map/filter-sync.tsx): they are not clustered.
 * `lang` names the markers; `rtl` puts the name on the marker's reading-order side.
 */
export function projectLayers(lang: Language = 'en', rtl = false): LayerSpecification[] {
  return [
    {
      id: PROJECT_LINE_CASING,
      type: 'line',
      source: PROJECT_LINES_SOURCE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': MAP_COLORS.markerStroke,
        'line-width': ['case', selected, 9, hovered, 8, 6],
        'line-opacity': casingOpacity,
      },
    },
    {
      id: PROJECT_LINE,
      type: 'line',
      source: PROJECT_LINES_SOURCE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': categoryColor,
        'line-width': ['case', selected, 6, hovered, 5, 3.5],
        'line-opacity': routeOpacity,
        // A schematic route (drawn through the towns it links, not surveyed) is dashed so that nobody takes
        // it for the real alignment; the gaps show the casing beneath.
        'line-dasharray': ['case', ['==', ['get', 'precision'], 'schematic'], SCHEMATIC_DASH, SOLID_DASH],
      },
    },
    {
      id: PROJECT_CLUSTER,
      type: 'circle',
      source: PROJECT_POINTS_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': MAP_COLORS.cluster,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 24],
        'circle-stroke-color': MAP_COLORS.markerStroke,
        'circle-stroke-width': 2,
      },
    },
    {
      id: PROJECT_CLUSTER_COUNT,
      type: 'symbol',
      source: PROJECT_POINTS_SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        'icon-image': ['concat', COUNT_IMAGE_PREFIX, ['get', 'point_count_abbreviated']],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: PROJECT_POINT,
      type: 'circle',
      source: PROJECT_POINTS_SOURCE,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': categoryColor,
        'circle-radius': ['case', selected, 11, hovered, 10, 8],
        'circle-opacity': statusOpacity,
        'circle-stroke-color': ['case', selected, MAP_COLORS.highlight, statusRing],
        'circle-stroke-width': ['case', selected, 4, 3],
      },
    },
    {
      // A marker's name where there is room: never over another name. District names are laid above this
      // layer (overlay-layers.tsx), so MapLibre places them first and a project's name yields to them.
      id: PROJECT_LABEL,
      type: 'symbol',
      source: PROJECT_POINTS_SOURCE,
      filter: ['!', ['has', 'point_count']],
      minzoom: 9,
      layout: {
        'icon-image': ['concat', PROJECT_LABEL_IMAGE_PREFIX, ['get', `label_${lang}`]],
        'icon-anchor': rtl ? 'right' : 'left',
        // Beside the marker (radius 11 when selected, and its ring), not on it.
        'icon-offset': [rtl ? -14 : 14, 0],
        'icon-allow-overlap': false,
        'icon-padding': 2,
      },
      paint: { 'icon-opacity': statusOpacity },
    },
  ] as LayerSpecification[];
}
