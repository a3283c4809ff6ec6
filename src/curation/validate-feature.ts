/**
 * Validation of the one project a curator is editing, by the same rules as `npm run check-data`: the feature
 * is written as a one-feature file and given to the same `validateProjects` (with the same district and imagery
 * context), so the workbench can never disagree with the checker. Only the id's uniqueness needs the rest of
 * the file, and that is a set lookup. Each issue comes back with the path of the field it is about, so the
 * form shows it at that field.
 */
import { getLocation } from 'jsonc-parser';
import type { DataIssue } from '../data/issues.ts';
import { validateProjects, type ProjectContext } from '../data/validate.ts';

export interface FieldIssue extends DataIssue {
  /** The field inside the feature (`['properties', 'name', 'en']`); empty for the feature as a whole. */
  path: (string | number)[];
}

/** Offset of a 1-based line and column in the text. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/**
 * The issues of a one-item file (`{ "features": [item] }`, `{ "scenes": [item] }`) with the path of the field
 * each points at inside the item: the issue points at the start of a value, and its path there, without the
 * list and the index, is the field's.
 */
export function withFieldPaths(text: string, issues: readonly DataIssue[]): FieldIssue[] {
  return issues.map((issue): FieldIssue => {
    const location = getLocation(text, offsetOf(text, issue.line, issue.column));
    return { ...issue, path: location.path.slice(2).filter((key) => key !== '') };
  });
}

/** The id's uniqueness, the one rule that needs the rest of the file. */
export function duplicateId(item: unknown, otherIds: ReadonlySet<string>, file: string): FieldIssue[] {
  const id = (item as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || !otherIds.has(id)) return [];
  const message = `id "${id}" is used twice: ids must be unique`;
  return [{ file, line: 1, column: 1, severity: 'error', code: 'duplicate-id', message, path: ['id'] }];
}

export function validateFeature(
  feature: unknown,
  context: ProjectContext,
  otherIds: ReadonlySet<string> = new Set(),
  file = 'projects.geojson',
): FieldIssue[] {
  const text = JSON.stringify({ type: 'FeatureCollection', features: [feature] }, null, 1);
  const { issues } = validateProjects(text, file, context);
  const withPaths = withFieldPaths(text, issues);
  return [...withPaths, ...duplicateId(feature, otherIds, file)];
}
