/**
 * Terra Draw for district boundaries: the chosen district's outer ring on the map, its vertices draggable, a
 * vertex added by dragging the middle of a side, deleted by right-clicking it. The boundary store is the truth:
 * each finished gesture is one step there (`reshape`), and undo, redo or another district redraw the polygon.
 * It runs only while the boundary editor is open; the projects' Terra Draw is stopped meanwhile (one drawing
 * library instance owns the map's pointer events at a time).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode, type GeoJSONStoreFeatures } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { useStore } from 'zustand';
import { BOUNDARY_DECIMALS, currentPolygon, type BoundaryStore, type Ring } from './boundary-store.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function useBoundaryDraw(map: MapLibreMap | undefined, store: BoundaryStore): void {
  const drawRef = useRef<TerraDraw | undefined>(undefined);
  const shownRef = useRef<{ id: string; ring: Ring } | undefined>(undefined);
  const districtId = useStore(store, (s) => s.districtId);
  const polygon = useStore(store, (s) => (s.districtId ? currentPolygon(s, s.districtId) : undefined));

  useEffect(() => {
    if (!map) return;
    let counter = 0;
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: BOUNDARY_DECIMALS }),
      // District ids (AZ-LAC) are the polygons' ids; Terra Draw's own points (vertices, midpoints) get these.
      idStrategy: {
        isValidId: (id) => typeof id === 'string' && id !== '',
        getId: () => `boundary-point-${++counter}`,
      },
      modes: [
        // Not for drawing: Terra Draw validates and styles polygons through their mode.
        new TerraDrawPolygonMode(),
        new TerraDrawSelectMode({
          flags: {
            polygon: {
              feature: { coordinates: { draggable: true, midpoints: { draggable: true }, deletable: true } },
            },
          },
        }),
      ],
    });
    draw.start();
    draw.setMode('select');
    drawRef.current = draw;
    // Dragging out the middle of a side is reported as an insert, then a drag: one gesture, one undo step.
    let inserted = false;
    const gestureEnd = () => {
      inserted = false;
    };
    draw.on('finish', (id, context) => {
      if (context.action === 'draw') return;
      const feature = draw.getSnapshotFeature(id);
      const ring = (feature?.geometry.coordinates as Ring[] | undefined)?.[0];
      if (ring) store.getState().reshape(ring, today(), inserted && context.action === 'dragCoordinate');
      inserted = context.action === 'insertMidpoint';
    });
    // Terra Draw reports a drag's end on the map's pointerup; this runs after it, as the event bubbles up.
    window.addEventListener('pointerup', gestureEnd);
    return () => {
      window.removeEventListener('pointerup', gestureEnd);
      draw.stop();
      drawRef.current = undefined;
      shownRef.current = undefined;
    };
  }, [map, store]);

  // The store → Terra Draw: the chosen district's ring, redrawn when it changes (an edit, undo, redo).
  useEffect(() => {
    const draw = drawRef.current;
    if (!draw) return;
    const ring = polygon?.coordinates[0];
    const shown = shownRef.current;
    if (shown && shown.id === districtId && shown.ring === ring) return;
    if (shown && (!ring || shown.id !== districtId)) {
      if (draw.hasFeature(shown.id)) draw.removeFeatures([shown.id]);
      shownRef.current = undefined;
    }
    if (!ring || !districtId) return;
    const geometry = { type: 'Polygon' as const, coordinates: [ring] };
    if (shownRef.current) {
      draw.updateFeatureGeometry(districtId, geometry);
    } else {
      draw.addFeatures([
        {
          id: districtId,
          type: 'Feature',
          geometry,
          properties: { mode: 'polygon' },
        } as GeoJSONStoreFeatures,
      ]);
    }
    shownRef.current = { id: districtId, ring };
    draw.selectFeature(districtId);
  }, [polygon, districtId, map]);
}
