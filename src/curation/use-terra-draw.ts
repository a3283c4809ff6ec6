/**
 * Terra Draw on the main map: the workbench's document is the truth, Terra Draw shows and edits its
 * geometries. A finished drawing becomes a new project; a finished drag, vertex move, vertex insert or delete
 * becomes one history step (Terra Draw reports the end of a gesture with `finish`, so a drag is one step).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { useStore } from 'zustand';
import type { DistrictIndex } from '../data/geo-checks.ts';
import { newProject } from './new-project.ts';
import type { EditableFeature, EditableGeometry, WorkbenchStore } from './workbench-store.ts';

export type DrawMode = 'select' | 'point' | 'linestring';

const toDrawFeature = (feature: EditableFeature): GeoJSONStoreFeatures =>
  ({
    id: feature.id,
    type: 'Feature',
    geometry: feature.geometry,
    properties: { mode: feature.geometry.type === 'Point' ? 'point' : 'linestring' },
  }) as GeoJSONStoreFeatures;

export function useTerraDraw(
  map: MapLibreMap | undefined,
  store: WorkbenchStore,
  mode: DrawMode,
  decimals: number,
  districts: DistrictIndex | undefined,
  onDrawn: () => void,
): void {
  const drawRef = useRef<TerraDraw | undefined>(undefined);
  const shown = useRef(new Map<string, EditableGeometry>());
  const doc = useStore(store, (s) => s.doc);
  const selectedId = useStore(store, (s) => s.selectedId);

  useEffect(() => {
    if (!map) return;
    let counter = 0;
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: decimals }),
      // Projects keep their own kebab-case ids; drawn features get a temporary one until they become projects.
      idStrategy: {
        isValidId: (id) => typeof id === 'string' && id !== '',
        getId: () => `drawn-${Date.now().toString(36)}-${++counter}`,
      },
      modes: [
        new TerraDrawPointMode(),
        new TerraDrawLineStringMode(),
        new TerraDrawSelectMode({
          flags: {
            point: { feature: { draggable: true } },
            linestring: {
              feature: {
                draggable: true,
                coordinates: { draggable: true, deletable: true, midpoints: true },
              },
            },
          },
        }),
      ],
    });
    draw.start();
    drawRef.current = draw;
    const known = shown.current;
    draw.on('finish', (id, context) => {
      const feature = draw.getSnapshotFeature(id);
      if (!feature) return;
      const geometry = feature.geometry as EditableGeometry;
      if (context.action === 'draw') {
        draw.removeFeatures([id]);
        const project = newProject(store.getState().doc, geometry, districts);
        store.getState().edit((draft) => {
          // First in the file: the new lines are only added (appending would also turn the last "}" into "},").
          draft.features.unshift(project);
        });
        store.getState().select(project.id);
        onDrawn();
        return;
      }
      const index = store.getState().doc.features.findIndex((f) => f.id === id);
      if (index < 0) return;
      known.set(String(id), geometry);
      store.getState().edit((draft) => {
        const target = draft.features[index];
        if (target) target.geometry = geometry;
      });
    });
    draw.on('select', (id) => store.getState().select(String(id)));
    return () => {
      draw.stop();
      known.clear();
      drawRef.current = undefined;
    };
    // The map and the file's precision are fixed while the workbench is open.
  }, [map, store, decimals, districts, onDrawn]);

  // The document → Terra Draw: add, update and remove what changed (undo, redo, form edits, a draft).
  useEffect(() => {
    const draw = drawRef.current;
    if (!draw) return;
    const known = shown.current;
    const ids = new Set<string>();
    const added: GeoJSONStoreFeatures[] = [];
    for (const feature of doc.features) {
      // While a new id is typed it may pass through an id another project has; Terra Draw shows the first.
      if (ids.has(feature.id)) continue;
      ids.add(feature.id);
      const before = known.get(feature.id);
      if (before === feature.geometry) continue;
      known.set(feature.id, feature.geometry);
      if (before && draw.hasFeature(feature.id)) draw.updateFeatureGeometry(feature.id, feature.geometry);
      else added.push(toDrawFeature(feature));
    }
    if (added.length > 0) draw.addFeatures(added);
    const removed = [...known.keys()].filter((id) => !ids.has(id));
    removed.forEach((id) => known.delete(id));
    if (removed.length > 0) draw.removeFeatures(removed.filter((id) => draw.hasFeature(id)));
  }, [doc, map]);

  useEffect(() => {
    drawRef.current?.setMode(mode);
  }, [mode, map]);

  useEffect(() => {
    const draw = drawRef.current;
    if (!draw || !selectedId || !draw.hasFeature(selectedId) || mode !== 'select') return;
    draw.selectFeature(selectedId);
  }, [selectedId, mode, map]);
}
