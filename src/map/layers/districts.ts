/** District layers: context fill, liberated district fill with hover, outlines, region outline, labels. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Language } from '../../data/schema.ts';
import { MAP_COLORS } from '../../ui/theme.ts';

export const DISTRICTS_SOURCE = 'districts';
export const DISTRICT_LABELS_SOURCE = 'district-labels';
export const REGION_SOURCE = 'region-outline';

export const DISTRICT_FILL = 'district-fill';
export const DISTRICT_LINE = 'district-line';
export const REGION_LINE = 'region-line';
export const DISTRICT_LABEL = 'district-label';

/** Prefix of the label images drawn on demand (see label-images.ts): no glyph server is needed. */
export const LABEL_IMAGE_PREFIX = 'label:';

const isContext = ['==', ['get', 'region'], 'other'];
const hovered = ['boolean', ['feature-state', 'hover'], false];
const selected = ['boolean', ['feature-state', 'selected'], false];

export function districtLayers(lang: Language): LayerSpecification[] {
  return [
    {
      id: DISTRICT_FILL,
      type: 'fill',
      source: DISTRICTS_SOURCE,
      paint: {
        'fill-color': [
          'case',
          hovered,
          MAP_COLORS.highlight,
          isContext,
          MAP_COLORS.contextFill,
          MAP_COLORS.districtFill,
        ],
        // Translucent over imagery; the land colour shows through on the vector base.
        'fill-opacity': ['case', hovered, 0.45, isContext, 0.25, 0.18],
      },
    },
    {
      id: DISTRICT_LINE,
      type: 'line',
      source: DISTRICTS_SOURCE,
      paint: {
        'line-width': ['case', selected, 4, hovered, 3, 1.2],
        'line-color': ['case', selected, MAP_COLORS.highlight, MAP_COLORS.districtLine],
        'line-opacity': ['case', isContext, 0.5, 0.9],
      },
    },
    {
      id: REGION_LINE,
      type: 'line',
      source: REGION_SOURCE,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': MAP_COLORS.regionOutline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 2, 12, 4],
      },
    },
    {
      id: DISTRICT_LABEL,
      type: 'symbol',
      source: DISTRICT_LABELS_SOURCE,
      minzoom: 7,
      layout: {
        'icon-image': ['concat', LABEL_IMAGE_PREFIX, ['get', `name_${lang}`]],
        'icon-allow-overlap': false,
        'icon-padding': 4,
      },
      paint: { 'icon-opacity': ['case', isContext, 0.7, 1] },
    },
  ] as LayerSpecification[];
}
