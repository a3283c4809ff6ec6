/**
 * District boundaries in the workbench: the curator chooses a district and moves, adds or deletes the vertices
 * of its boundary on the map (Terra Draw), with the pipeline's geometry checks after every change, undo and
 * redo, and the correction's date, note, precision note and sources in a form read from the schema. Saving
 * writes data/boundary-corrections.json, which `npm run data:districts` applies after every build.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  BOUNDARY_CORRECTIONS_FILE,
  boundaryCorrection,
  validateBoundaryCorrections,
  type DistrictArea,
} from '../data/boundary-corrections.ts';
import { DATA_FILES } from '../data/load.ts';
import { localized } from '../lib/localized.ts';
import { useAppStore } from '../store/app-store.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { liveFindings, type LiveFinding } from './boundary-checks.ts';
import { boundaryText, createBoundaryStore, entryIndex, type BoundaryStore } from './boundary-store.ts';
import { fieldModel } from './form-model.ts';
import { SaveControl } from './save-control.tsx';
import { SchemaField } from './schema-form.tsx';
import { useBoundaryDraw } from './use-boundary-draw.ts';
import { withFieldPaths } from './validate-feature.ts';

declare global {
  interface Window {
    /** With `?debug=1`: the boundary editor's store, for browser tests. */
    __revivalAtlasBoundaries?: BoundaryStore;
  }
}

const FILE = BOUNDARY_CORRECTIONS_FILE;
/** The form's fields: the district is chosen above it, the geometry is drawn on the map. */
const FIELDS = (() => {
  const model = fieldModel(boundaryCorrection);
  return model.kind === 'object'
    ? model.fields.filter(([key]) => key !== 'district' && key !== 'geometry')
    : [];
})();

async function fetchText(file: string): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}${file}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return response.text();
}

function useFindingText() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.ui.lang);
  const byId = useAppStore((s) => s.data.districtsById);
  const nameOf = (id: string) => localized(byId.get(id)?.properties.name, lang) || id;
  return (finding: LiveFinding) => {
    const district = nameOf(finding.id);
    if (finding.kind === 'overlap') {
      const km2 = finding.km2.toLocaleString(lang, { maximumFractionDigits: finding.km2 < 0.1 ? 3 : 2 });
      return t('boundaries.overlap', { district, other: nameOf(finding.other), km2 });
    }
    if (finding.kind === 'too-few-vertices') return t('boundaries.tooFewVertices', { district });
    const at = finding.at[0]?.map((n) => n.toFixed(5)).join(', ') ?? '';
    return t('boundaries.selfIntersection', { district, at, count: finding.at.length });
  };
}

export function BoundaryEditor({ map }: { map: MapLibreMap | undefined }) {
  const { t } = useTranslation();
  const [store] = useState(createBoundaryStore);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const lang = useAppStore((s) => s.ui.lang);
  const shownDistricts = useAppStore((s) => s.data.districts);
  const doc = useStore(store, (s) => s.doc);
  const districts = useStore(store, (s) => s.districts);
  const districtId = useStore(store, (s) => s.districtId);
  const canUndo = useStore(store, (s) => s.past.length > 0);
  const canRedo = useStore(store, (s) => s.future.length > 0);
  const findingText = useFindingText();

  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('debug')) window.__revivalAtlasBoundaries = store;
    let live = true;
    // The file's districts as shipped (not the app's validated copy): the corrections apply to this file.
    Promise.all([fetchText(FILE), fetchText(DATA_FILES.districts)])
      .then(([corrections, districtsText]) => {
        if (!live) return;
        const features = (JSON.parse(districtsText) as { features: DistrictArea[] }).features;
        store.getState().open(corrections, features);
        setStatus('ready');
      })
      .catch(() => live && setStatus('failed'));
    return () => {
      live = false;
    };
  }, [store]);

  // Ctrl/⌘+Z and Ctrl/⌘+Shift+Z undo and redo boundary edits while this editor is open.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      if (event.target instanceof Element && event.target.closest('input, textarea, select')) return;
      event.preventDefault();
      if (event.shiftKey) store.getState().redo();
      else store.getState().undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  useBoundaryDraw(status === 'ready' ? map : undefined, store);

  const findings = useMemo(() => liveFindings(doc, districts, districtId), [doc, districts, districtId]);
  const at = entryIndex(doc, districtId);
  const entry = doc.corrections[at];
  const fieldIssues = useMemo(() => {
    if (!entry) return [];
    const text = JSON.stringify({ corrections: [entry] }, null, 1);
    return withFieldPaths(text, validateBoundaryCorrections(text, FILE).issues);
  }, [entry]);
  const names = new Map(shownDistricts.map((d) => [d.id, localized(d.properties.name, lang)]));

  return (
    // Its heading is the summary of the workbench's "District boundaries" disclosure.
    <section className="boundary-editor" aria-label={t('boundaries.title')} data-status={status}>
      {status === 'failed' && <p role="alert">{t('boundaries.loadFailed')}</p>}
      <label className="workbench-field">
        {t('boundaries.district')}
        <select
          value={districtId ?? ''}
          onChange={(e) => store.getState().choose(e.target.value || undefined)}
          disabled={status !== 'ready'}
        >
          <option value="">—</option>
          {districts.map((district) => (
            <option key={district.id} value={district.id}>
              {names.get(district.id) ?? district.id} ({district.id})
            </option>
          ))}
        </select>
      </label>
      {districtId && <p>{t('boundaries.howTo')}</p>}
      <div className="workbench-toolbar" role="toolbar" aria-label={t('boundaries.title')}>
        <button type="button" disabled={!canUndo} onClick={() => store.getState().undo()}>
          {t('boundaries.undo')}
        </button>
        <button type="button" disabled={!canRedo} onClick={() => store.getState().redo()}>
          {t('boundaries.redo')}
        </button>
        <SaveControl
          fileName={FILE}
          label={t('boundaries.save')}
          text={() => boundaryText(store.getState().doc)}
          check={(text) => validateBoundaryCorrections(text, FILE, { districts }).issues}
        />
      </div>
      <div role="status" aria-label={t('boundaries.checks')} className="boundary-checks">
        {findings.length === 0 ? (
          districtId && <p>{t('boundaries.noProblems')}</p>
        ) : (
          <ul className="workbench-issues">
            {findings.map((finding, i) => (
              <li key={i} className="error">
                {t('workbench.error')}: {findingText(finding)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {entry && (
        <form aria-label={t('boundaries.correction')} onSubmit={(event) => event.preventDefault()}>
          {FIELDS.map(([key, model]) => (
            <SchemaField
              key={key}
              name={key}
              model={model}
              value={entry[key]}
              path={[key]}
              issues={fieldIssues}
              onChange={(path, value) => store.getState().setField(path, value)}
            />
          ))}
          <button type="button" onClick={() => store.getState().removeCorrection()}>
            {t('boundaries.remove')}
          </button>
        </form>
      )}
    </section>
  );
}
