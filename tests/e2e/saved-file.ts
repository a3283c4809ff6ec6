/** What a browser test checks in a file the workbench saved: the checker's verdict and a line diff. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const originalProjects = () => readFileSync('data/projects.geojson', 'utf8');

export const originalScenes = () => readFileSync('data/scenes.json', 'utf8');

/** `npm run check-data` on the saved text (as `name`, against the shipped files of the other kinds). */
export function checkData(text: string, name = 'projects.geojson'): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-saved-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  try {
    const output = execFileSync('npx', ['tsx', 'scripts/check-data.ts', file], { encoding: 'utf8' });
    return { ok: true, output };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The one changed region between two texts: lines removed from `before` and lines added in `after`. */
export function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}
