/**
 * What the workbench form shows, read from the zod schema itself (src/data/schema.ts stays the one contract):
 * a field added to the schema appears in the form without form code changing. Zod's classes are walked
 * with `instanceof`; a shape the form has no control for (a tuple, a union) is edited as JSON text.
 */
import { z } from 'zod';
import { LANGUAGES, REQUIRED_LANGUAGES } from '../data/schema.ts';
import { httpsUrl, partialDate } from '../data/schema-primitives.ts';

interface Common {
  optional: boolean;
}
export type FieldModel = Common &
  (
    | { kind: 'text'; format?: 'date' | 'url' }
    | { kind: 'number' }
    | { kind: 'boolean' }
    | { kind: 'choice'; options: string[] }
    | { kind: 'languages'; required: string[]; others: string[] }
    | { kind: 'object'; fields: [string, FieldModel][] }
    | { kind: 'list'; item: FieldModel }
    | { kind: 'json' }
  );

const isLanguageKey = (key: string) => (LANGUAGES as readonly string[]).includes(key);

export function fieldModel(schema: z.ZodType, optional = false): FieldModel {
  if (schema === partialDate) return { kind: 'text', format: 'date', optional };
  if (schema === httpsUrl) return { kind: 'text', format: 'url', optional };
  if (schema instanceof z.ZodOptional) return fieldModel(schema.unwrap() as z.ZodType, true);
  if (schema instanceof z.ZodDefault) return fieldModel(schema.unwrap() as z.ZodType, true);
  // A transform (resettlement's latest figure): the form edits what the file holds, its input.
  if (schema instanceof z.ZodPipe) return fieldModel(schema.in as z.ZodType, optional);
  if (schema instanceof z.ZodString) return { kind: 'text', optional };
  if (schema instanceof z.ZodNumber) return { kind: 'number', optional };
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean', optional };
  if (schema instanceof z.ZodEnum) return { kind: 'choice', options: schema.options.map(String), optional };
  if (schema instanceof z.ZodArray)
    return { kind: 'list', item: fieldModel(schema.element as z.ZodType), optional };
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const keys = Object.keys(shape);
    if (keys.length > 0 && keys.every(isLanguageKey)) {
      const required = keys.filter((key) => !(shape[key] instanceof z.ZodOptional));
      return { kind: 'languages', required, others: keys.filter((key) => !required.includes(key)), optional };
    }
    return {
      kind: 'object',
      fields: keys.map((key) => [key, fieldModel(shape[key] as z.ZodType)]),
      optional,
    };
  }
  return { kind: 'json', optional };
}

/** A new, empty entry of a list (a source): required text empty, the checker names each one. */
export function emptyValue(model: FieldModel): unknown {
  switch (model.kind) {
    case 'text':
      return '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'choice':
      return model.options[0] ?? '';
    case 'languages':
      return Object.fromEntries(model.required.map((lang) => [lang, '']));
    case 'object':
      return Object.fromEntries(
        model.fields.filter(([, field]) => !field.optional).map(([key, field]) => [key, emptyValue(field)]),
      );
    case 'list':
      return [];
    case 'json':
      return null;
  }
}

/** The languages the form shows side by side: the required ones first (az, en, ru), then ar and tr. */
export const FORM_LANGUAGES = [
  ...REQUIRED_LANGUAGES,
  ...LANGUAGES.filter((l) => !REQUIRED_LANGUAGES.includes(l as 'az')),
];
