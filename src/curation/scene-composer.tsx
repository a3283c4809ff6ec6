/**
 * "Add scene from this view" (curator mode): a new scene of scenes.json from the map's camera and the imagery
 * on screen, in a form read from the scene schema, with the checker's issues at each field as the curator
 * types (title and caption in every language, the sources). Saving writes scenes.json with the scene added last
 * by the clean writer, so every other line stays as it was.
 */
import { produce } from 'immer';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_FILES } from '../data/load.ts';
import { compareScene, timeLapseScene } from '../data/scene-schema.ts';
import { validateFiles, type FileTexts } from '../data/validate-files.ts';
import { useAppStore } from '../store/app-store.ts';
import type { JsonValue } from './format-json.ts';
import { fieldModel, type FieldModel } from './form-model.ts';
import { SaveControl } from './save-control.tsx';
import { sceneFromView, viewImagery, withScene, type MapView } from './scene-from-view.ts';
import { SchemaField, type FieldPath } from './schema-form.tsx';
import { setAtPath } from './set-at-path.ts';
import { validateScene } from './validate-scene.ts';

const FILE = DATA_FILES.scenes;
/** The files a scene refers to (imagery ids, projects, the region): the checker needs them to judge it. */
const REFERENCES = [DATA_FILES.districts, DATA_FILES.projects, DATA_FILES.imagery];
/** Fields of the form; `kind` is fixed by what the view showed. */
const fieldsOf = (model: FieldModel) =>
  (model.kind === 'object' ? model.fields : []).filter(([key]) => key !== 'kind');
const MODELS = {
  compare: fieldsOf(fieldModel(compareScene)),
  'time-lapse': fieldsOf(fieldModel(timeLapseScene)),
};

interface Files {
  scenes: string;
  references: FileTexts;
}

async function fetchText(file: string): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}${file}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return response.text();
}

async function loadFiles(): Promise<Files> {
  const [scenes, references] = await Promise.all([
    fetchText(FILE),
    Promise.all(REFERENCES.map(async (file) => [file, await fetchText(file)] as const)),
  ]);
  return { scenes, references: Object.fromEntries(references) };
}

const idsOf = (text: string) =>
  new Set((JSON.parse(text) as { scenes: { id?: unknown }[] }).scenes.map((scene) => String(scene.id)));

export function SceneComposer({ view }: { view: () => MapView | undefined }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [files, setFiles] = useState<Files | undefined>();
  const [scene, setScene] = useState<Record<string, JsonValue> | undefined>();
  const [failed, setFailed] = useState(false);
  // Parsed once per file, not on every keystroke in the form.
  const sceneIds = useMemo(() => (files ? idsOf(files.scenes) : new Set<string>()), [files]);
  const issues = useMemo(
    () => (scene && files ? validateScene(scene, files.references, sceneIds) : []),
    [scene, files, sceneIds],
  );

  const add = async () => {
    const camera = view();
    const imagery = viewImagery(useAppStore.getState());
    if (!camera || !imagery) return;
    try {
      const loaded = files ?? (await loadFiles());
      setFiles(loaded);
      setFailed(false);
      setScene(sceneFromView(camera, imagery, idsOf(loaded.scenes)) as Record<string, JsonValue>);
    } catch {
      setFailed(true);
    }
  };
  const change = (path: FieldPath, value: unknown) =>
    setScene((current) => current && produce(current, (draft) => setAtPath(draft, path, value)));

  const saved = files && scene ? withScene(files.scenes, FILE, scene) : undefined;
  const fields = scene?.kind === 'time-lapse' ? MODELS['time-lapse'] : MODELS.compare;
  return (
    <section className="scene-composer" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('workbench.scenes')}</h3>
      <button type="button" onClick={() => void add()} disabled={scene !== undefined}>
        {t('workbench.addScene')}
      </button>
      {failed && <p role="alert">{t('workbench.scenesLoadFailed')}</p>}
      {scene && saved !== undefined && (
        <form aria-label={t('workbench.newScene')} onSubmit={(event) => event.preventDefault()}>
          {fields.map(([key, model]) => (
            <SchemaField
              key={key}
              name={key}
              model={model}
              value={scene[key]}
              path={[key]}
              issues={issues}
              onChange={change}
            />
          ))}
          <SaveControl
            fileName={FILE}
            label={t('workbench.saveScenes')}
            text={() => saved}
            check={(text) => validateFiles({ [FILE]: text }, files?.references).issues}
            onWritten={() => {
              // The saved file is the base of the next scene; this one is done.
              setFiles((current) => current && { ...current, scenes: saved });
              setScene(undefined);
            }}
          />
          <button type="button" onClick={() => setScene(undefined)}>
            {t('workbench.discardScene')}
          </button>
        </form>
      )}
    </section>
  );
}
