/**
 * The curator workbench (`?edit=1`, never at the kiosk): projects.geojson edited on the map and in a form read
 * from the schema, with the checker's rules after each keystroke, undo/redo, a draft kept in the browser and a
 * clean file written back. This module and what it imports form a chunk of their own, loaded only here.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-map-gl/maplibre';
import { useStore } from 'zustand';
import { indexDistricts } from '../data/geo-checks.ts';
import { DATA_FILES } from '../data/load.ts';
import { projectProperties } from '../data/schema.ts';
import { validateProjects } from '../data/validate.ts';
import { useAppStore } from '../store/app-store.ts';
import { dropDraft, readDraft, writeDraft, type Draft } from './draft-storage.ts';
import { fieldModel } from './form-model.ts';
import { FeatureEditor } from './feature-editor.tsx';
import { useTerraDraw, type DrawMode } from './use-terra-draw.ts';
import { SaveControl } from './save-control.tsx';
import { SceneComposer } from './scene-composer.tsx';
import { BoundaryEditor } from './boundary-editor.tsx';
import './workbench.css';
import {
  coordinateDecimals,
  createWorkbenchStore,
  savedText,
  type WorkbenchStore,
} from './workbench-store.ts';

declare global {
  interface Window {
    /** With `?debug=1`: the workbench's store, for browser tests. */
    __revivalAtlasWorkbench?: WorkbenchStore;
  }
}

const FILE = DATA_FILES.projects;
const MODEL = fieldModel(projectProperties);

type Status = 'loading' | 'ready' | 'failed';

export default function Workbench() {
  const { t } = useTranslation();
  const [store] = useState(createWorkbenchStore);
  const [status, setStatus] = useState<Status>('loading');
  const [draft, setDraft] = useState<Draft | undefined>();
  const [mode, setMode] = useState<DrawMode>('select');
  const [kind, setKind] = useState<'point' | 'linestring'>('point');
  const [draftWrites, setDraftWrites] = useState(0);
  // While district boundaries are edited, their own Terra Draw has the map and Ctrl/⌘+Z is theirs.
  const [boundaries, setBoundaries] = useState(false);
  const original = useStore(store, (s) => s.original);
  const doc = useStore(store, (s) => s.doc);
  const selectedId = useStore(store, (s) => s.selectedId);
  const canUndo = useStore(store, (s) => s.past.length > 0);
  const canRedo = useStore(store, (s) => s.future.length > 0);
  const districts = useAppStore((s) => s.data.districts);
  const layers = useAppStore((s) => s.data.imagery.layers);
  const context = useMemo(
    () => ({
      districts: districts.length > 0 ? indexDistricts(districts) : undefined,
      imageryIds: layers.length > 0 ? new Set(layers.map((layer) => layer.id)) : undefined,
    }),
    [districts, layers],
  );
  const decimals = useMemo(() => coordinateDecimals(original), [original]);
  const map = useMap().main?.getMap();
  const view = useCallback(
    () =>
      map && {
        center: map.getCenter(),
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      },
    [map],
  );

  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('debug')) window.__revivalAtlasWorkbench = store;
    let live = true;
    fetch(`${import.meta.env.BASE_URL}${FILE}`, { cache: 'no-cache' })
      .then((response) =>
        response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
      )
      .then(async (text) => {
        // The draft is read before the file is opened: opening is not an edit and must not overwrite it.
        const found = await readDraft(FILE, text);
        if (!live) return;
        store.getState().open(FILE, text);
        setDraft(found);
        setStatus('ready');
      })
      .catch(() => live && setStatus('failed'));
    return () => {
      live = false;
    };
  }, [store]);

  // Every change is kept as the draft, so a reload or a crashed tab loses nothing.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        // Opening a file replaces the document too, but only an edit of the opened file is a draft.
        if (state.doc === previous.doc || state.original !== previous.original) return;
        void writeDraft(FILE, {
          original: state.original,
          text: savedText(state),
          savedAt: new Date().toISOString(),
        }).then(() => setDraftWrites((n) => n + 1));
      }),
    [store],
  );

  // Ctrl/⌘+Z and Ctrl/⌘+Shift+Z: the workbench's history, also inside the form (each keystroke is a step).
  useEffect(() => {
    if (boundaries) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      // The scene form is not part of the projects file: its fields keep the browser's own undo.
      if (event.target instanceof Element && event.target.closest('.scene-composer')) return;
      event.preventDefault();
      if (event.shiftKey) store.getState().redo();
      else store.getState().undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, boundaries]);

  const onDrawn = useCallback(() => setMode('select'), []);
  useTerraDraw(
    status === 'ready' && !boundaries ? map : undefined,
    store,
    mode,
    decimals,
    context.districts,
    onDrawn,
  );

  const restore = () => {
    if (!draft) return;
    const text = draft.text;
    store.getState().edit((doc) => {
      Object.assign(doc, JSON.parse(text) as object);
    });
    setDraft(undefined);
  };

  const selected = doc.features.find((feature) => feature.id === selectedId);
  return (
    <section
      className="workbench"
      aria-labelledby="workbench-title"
      data-status={status}
      data-draft-writes={draftWrites}
      data-draw-mode={mode}
    >
      <h2 id="workbench-title">{t('workbench.title')}</h2>
      {status === 'failed' && <p role="alert">{t('workbench.loadFailed')}</p>}
      {draft && (
        <div role="status" className="workbench-draft">
          <p>{t('workbench.draftFound', { date: new Date(draft.savedAt).toLocaleString() })}</p>
          <button type="button" onClick={restore}>
            {t('workbench.restoreDraft')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(undefined);
              void dropDraft(FILE);
            }}
          >
            {t('workbench.discardDraft')}
          </button>
        </div>
      )}
      <div className="workbench-toolbar" role="toolbar" aria-label={t('workbench.title')}>
        <label>
          {t('workbench.drawAs')}{' '}
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value === 'linestring' ? 'linestring' : 'point')}
          >
            <option value="point">{t('workbench.point')}</option>
            <option value="linestring">{t('workbench.line')}</option>
          </select>
        </label>
        <button
          type="button"
          aria-pressed={mode !== 'select'}
          onClick={() => setMode(mode === 'select' ? kind : 'select')}
        >
          {t('workbench.addProject')}
        </button>
        <button type="button" disabled={!canUndo} onClick={() => store.getState().undo()}>
          {t('workbench.undo')}
        </button>
        <button type="button" disabled={!canRedo} onClick={() => store.getState().redo()}>
          {t('workbench.redo')}
        </button>
        <SaveControl
          fileName={FILE}
          label={t('workbench.save')}
          text={() => savedText(store.getState())}
          check={(text) => validateProjects(text, FILE, context).issues}
          onWritten={() => dropDraft(FILE)}
        />
      </div>
      {mode !== 'select' && (
        <p role="status">{t(mode === 'point' ? 'workbench.drawPoint' : 'workbench.drawLine')}</p>
      )}
      <label className="workbench-list">
        {t('workbench.projects')}
        <select
          size={8}
          value={selectedId ?? ''}
          onChange={(e) => store.getState().select(e.target.value || undefined)}
        >
          {doc.features.map((feature) => (
            <option key={feature.id} value={feature.id}>
              {feature.id}
            </option>
          ))}
        </select>
      </label>
      {selected && (
        // No key from the id: typing a new id must not remount the form (the field would lose focus).
        <FeatureEditor store={store} feature={selected} model={MODEL} context={context} decimals={decimals} />
      )}
      <SceneComposer view={view} />
      <details
        className="workbench-boundaries"
        open={boundaries}
        onToggle={(event) => setBoundaries(event.currentTarget.open)}
      >
        <summary>{t('boundaries.title')}</summary>
        {/* Mounted only while open: its Terra Draw and its file load when the curator asks for them. */}
        {boundaries && <BoundaryEditor map={status === 'ready' ? map : undefined} />}
      </details>
    </section>
  );
}
