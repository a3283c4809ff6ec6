import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projectProperties } from '../data/schema.ts';
import { emptyValue, fieldModel, type FieldModel } from './form-model.ts';

const fieldsOf = (model: FieldModel) => (model.kind === 'object' ? Object.fromEntries(model.fields) : {});

describe('fieldModel', () => {
  const fields = fieldsOf(fieldModel(projectProperties));

  it('shows every field of a project, in the schema order', () => {
    expect(Object.keys(fields)).toEqual(Object.keys(projectProperties.shape));
  });

  it('reads languages, choices, dates, sources and precision from the schema', () => {
    expect(fields.name).toEqual({
      kind: 'languages',
      required: ['az', 'en', 'ru'],
      others: ['ar', 'tr'],
      optional: false,
    });
    expect(fields.category).toMatchObject({
      kind: 'choice',
      options: expect.arrayContaining(['housing', 'water']),
    });
    expect(fields.start).toEqual({ kind: 'text', format: 'date', optional: true });
    expect(fields.precision).toMatchObject({ kind: 'choice', optional: true });
    const sources = fields.sources;
    expect(sources?.kind).toBe('list');
    if (sources?.kind !== 'list') return;
    expect(Object.keys(fieldsOf(sources.item))).toEqual(['title', 'url', 'publisher', 'date']);
    expect(fieldsOf(sources.item).url).toEqual({ kind: 'text', format: 'url', optional: false });
  });

  it('shows a field added to the schema without any form code', () => {
    const extended = projectProperties.extend({ budgetManat: z.number().optional() });
    expect(fieldsOf(fieldModel(extended)).budgetManat).toEqual({ kind: 'number', optional: true });
  });

  it('starts a new source with its required fields empty', () => {
    const sources = fields.sources;
    if (sources?.kind !== 'list') throw new Error('sources is not a list');
    expect(emptyValue(sources.item)).toEqual({ title: '', url: '' });
  });
});
