/**
 * The project form, drawn from the field model (form-model.ts) that is read from the zod schema. Every value
 * is shown in an input or as React text, never as HTML. Issues of the checker appear at their field as the
 * curator types (the field's input is marked invalid and described by the message).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FORM_LANGUAGES, emptyValue, type FieldModel } from './form-model.ts';
import type { FieldIssue } from './validate-feature.ts';

export type FieldPath = (string | number)[];

interface Props {
  name: string;
  model: FieldModel;
  value: unknown;
  path: FieldPath;
  issues: readonly FieldIssue[];
  onChange: (path: FieldPath, value: unknown) => void;
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((key, i) => key === b[i]);

function IssueMessages({ id, issues }: { id: string; issues: readonly FieldIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="workbench-issues">
      {issues.map((issue, i) => (
        <li key={i} className={issue.severity}>
          {t(issue.severity === 'error' ? 'workbench.error' : 'workbench.warning')}: {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** A field's label: translated for the known fields, the schema's key for a field added later. */
function useLabel(name: string): string {
  const { t, i18n } = useTranslation();
  const key = `workbench.fields.${name}`;
  return i18n.exists(key) ? (t as (k: string) => string)(key) : name;
}

function Scalar({ name, model, value, path, issues, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const label = useLabel(name);
  const mine = issues.filter((issue) => samePath(issue.path, path));
  const described = mine.length > 0 ? `${id}-issues` : undefined;
  const common = {
    id,
    'aria-invalid': mine.some((i) => i.severity === 'error'),
    'aria-describedby': described,
  };
  let control;
  if (model.kind === 'choice') {
    control = (
      <select
        {...common}
        value={String(value ?? '')}
        onChange={(e) => onChange(path, e.target.value || undefined)}
      >
        {model.optional && <option value="">—</option>}
        {model.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  } else if (model.kind === 'boolean') {
    control = (
      <input
        {...common}
        type="checkbox"
        checked={value === true}
        onChange={(e) => onChange(path, e.target.checked)}
      />
    );
  } else if (model.kind === 'number') {
    control = (
      <input
        {...common}
        type="number"
        value={typeof value === 'number' ? value : ''}
        onChange={(e) => onChange(path, e.target.value === '' ? undefined : Number(e.target.value))}
      />
    );
  } else if (model.kind === 'json') {
    control = <output id={id}>{JSON.stringify(value)}</output>;
  } else {
    const format = model.kind === 'text' ? model.format : undefined;
    control = (
      <input
        {...common}
        type={format === 'url' ? 'url' : 'text'}
        dir="auto"
        placeholder={format === 'date' ? 'YYYY-MM-DD' : undefined}
        value={typeof value === 'string' ? value : ''}
        // An optional field left empty is removed from the file, not written as "".
        onChange={(e) => onChange(path, e.target.value === '' && model.optional ? undefined : e.target.value)}
      />
    );
  }
  return (
    <div className="workbench-field">
      <label htmlFor={id}>
        {label}
        {model.optional && <span className="optional"> ({t('workbench.optional')})</span>}
      </label>
      {control}
      <IssueMessages id={`${id}-issues`} issues={mine} />
    </div>
  );
}

export function SchemaField(props: Props) {
  const { t } = useTranslation();
  const { name, model, value, path, issues, onChange } = props;
  const label = useLabel(name);
  const groupId = useId();
  if (model.kind === 'languages' || model.kind === 'object' || model.kind === 'list') {
    const own = issues.filter((issue) => samePath(issue.path, path));
    const record = (value ?? {}) as Record<string, unknown>;
    let body;
    if (model.kind === 'languages') {
      const langs = FORM_LANGUAGES.filter(
        (lang) => model.required.includes(lang) || model.others.includes(lang),
      );
      body = (
        <div className="workbench-languages">
          {langs.map((lang) => (
            <Scalar
              key={lang}
              name={lang}
              model={{ kind: 'text', optional: !model.required.includes(lang) }}
              value={record[lang]}
              path={[...path, lang]}
              issues={issues}
              onChange={onChange}
            />
          ))}
        </div>
      );
    } else if (model.kind === 'object') {
      body = model.fields.map(([key, field]) => (
        <SchemaField
          key={key}
          name={key}
          model={field}
          value={record[key]}
          path={[...path, key]}
          issues={issues}
          onChange={onChange}
        />
      ));
    } else {
      const items = Array.isArray(value) ? (value as unknown[]) : [];
      body = (
        <>
          {items.map((item, index) => (
            <div key={index} className="workbench-list-item">
              <SchemaField
                name={`${label} ${index + 1}`}
                model={model.item}
                value={item}
                path={[...path, index]}
                issues={issues}
                onChange={onChange}
              />
              <button
                type="button"
                onClick={() =>
                  onChange(
                    path,
                    items.filter((_, i) => i !== index),
                  )
                }
              >
                {t('workbench.removeItem', { item: `${label} ${index + 1}` })}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => onChange(path, [...items, emptyValue(model.item)])}>
            {t('workbench.addItem', { item: label })}
          </button>
        </>
      );
    }
    if (value === undefined && model.optional && model.kind !== 'list') {
      return (
        <button type="button" onClick={() => onChange(path, emptyValue(model))}>
          {t('workbench.addItem', { item: label })}
        </button>
      );
    }
    return (
      <fieldset
        className={`workbench-group ${model.kind}`}
        aria-describedby={own.length > 0 ? groupId : undefined}
      >
        <legend>{label}</legend>
        {body}
        <IssueMessages id={groupId} issues={own} />
      </fieldset>
    );
  }
  return <Scalar {...props} />;
}
