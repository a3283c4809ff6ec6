/**
 * Validation of the scene a curator is composing, by the checker's own rules: the scene is written as a
 * one-scene scenes.json and given to `validateFiles` with the other data files as references (so an imagery
 * id or a project the catalog lacks is named as `npm run check-data` names it). Only the id's uniqueness needs
 * the rest of the file.
 */
import { DATA_FILES } from '../data/load.ts';
import { validateFiles, type FileTexts } from '../data/validate-files.ts';
import { duplicateId, withFieldPaths, type FieldIssue } from './validate-feature.ts';

export function validateScene(
  scene: unknown,
  references: FileTexts,
  otherIds: ReadonlySet<string>,
): FieldIssue[] {
  const file = DATA_FILES.scenes;
  const text = JSON.stringify({ scenes: [scene] }, null, 1);
  const issues = withFieldPaths(text, validateFiles({ [file]: text }, references).issues);
  return [...issues, ...duplicateId(scene, otherIds, file)];
}
