/**
 * The selected project: its id, its position (nudged with the arrow keys, one step of the file's precision,
 * ten with Shift), the fields of the schema and its removal. Issues come from the checker's own rules after
 * every change.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectContext } from '../data/validate.ts';
import type { FieldModel } from './form-model.ts';
import { SchemaField, type FieldPath } from './schema-form.tsx';
import { setAtPath } from './set-at-path.ts';
import { validateFeature } from './validate-feature.ts';
import { roundTo, type EditableFeature, type WorkbenchStore } from './workbench-store.ts';

interface Props {
  store: WorkbenchStore;
  feature: EditableFeature;
  model: FieldModel;
  context: ProjectContext;
  decimals: number;
}

const NUDGES: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

export function FeatureEditor({ store, feature, model, context, decimals }: Props) {
  const { t } = useTranslation();
  const idField = useId();
  const index = store.getState().doc.features.findIndex((f) => f.id === feature.id);
  const issues = useMemo(() => {
    const others = new Set(
      store
        .getState()
        .doc.features.filter((f) => f !== feature)
        .map((f) => f.id),
    );
    return validateFeature(feature, context, others);
  }, [feature, context, store]);
  const change = (path: FieldPath, value: unknown) =>
    store.getState().edit((draft) => {
      const target = draft.features[index];
      if (target) setAtPath(target, path, value);
    });
  const nudge = (event: React.KeyboardEvent) => {
    const step = NUDGES[event.key];
    if (!step || feature.geometry.type !== 'Point') return;
    event.preventDefault();
    const size = (event.shiftKey ? 10 : 1) / 10 ** decimals;
    const [lon = 0, lat = 0] = feature.geometry.coordinates;
    change(
      ['geometry', 'coordinates'],
      [roundTo(lon + step[0] * size, decimals), roundTo(lat + step[1] * size, decimals)],
    );
  };
  const idIssues = issues.filter((issue) => issue.path.length === 1 && issue.path[0] === 'id');
  const geometryIssues = issues.filter((issue) => issue.path[0] === 'geometry');
  const properties = model.kind === 'object' ? model : undefined;
  return (
    <form className="workbench-form" aria-label={feature.id} onSubmit={(event) => event.preventDefault()}>
      <div className="workbench-field">
        <label htmlFor={idField}>{t('workbench.fields.id')}</label>
        <input
          id={idField}
          value={feature.id}
          aria-invalid={idIssues.some((i) => i.severity === 'error')}
          onChange={(e) => change(['id'], e.target.value)}
        />
        {idIssues.map((issue, i) => (
          <p key={i} className="workbench-issue">
            {issue.message}
          </p>
        ))}
      </div>
      <fieldset className="workbench-group">
        <legend>{t('workbench.position')}</legend>
        <p>
          <bdi dir="ltr">{JSON.stringify(feature.geometry.coordinates)}</bdi>
        </p>
        {feature.geometry.type === 'Point' && (
          <button type="button" className="workbench-nudge" onKeyDown={nudge}>
            {t('workbench.nudge')}
          </button>
        )}
        <ul className="workbench-issues">
          {geometryIssues.map((issue, i) => (
            <li key={i} className={issue.severity}>
              {issue.message}
            </li>
          ))}
        </ul>
      </fieldset>
      {properties?.fields.map(([key, field]) => (
        <SchemaField
          key={key}
          name={key}
          model={field}
          value={feature.properties[key]}
          path={['properties', key]}
          issues={issues}
          onChange={change}
        />
      ))}
      <button
        type="button"
        onClick={() => {
          store.getState().edit((draft) => {
            draft.features.splice(index, 1);
          });
          store.getState().select(undefined);
        }}
      >
        {t('workbench.deleteProject')}
      </button>
    </form>
  );
}
