/** Tile URL templates: {z}, {x}, {y} in any order, plus {-y} for TMS rows. */
import type { Tile } from './tiles.ts';

const TOKEN = /\{(z|x|y|-y)\}/g;

export function checkTemplate(template: string): void {
  for (const token of ['{z}', '{x}']) {
    if (!template.includes(token)) throw new Error(`tile URL template has no ${token}: ${template}`);
  }
  if (!template.includes('{y}') && !template.includes('{-y}')) {
    throw new Error(`tile URL template has no {y}: ${template}`);
  }
  const unknown = /\{[^}]*\}/.exec(template.replace(TOKEN, ''));
  if (unknown) throw new Error(`tile URL template has an unsupported placeholder ${unknown[0]}: ${template}`);
}

export function expandTemplate(template: string, { z, x, y }: Tile): string {
  return template.replace(TOKEN, (_, name: string) => {
    if (name === 'z') return String(z);
    if (name === 'x') return String(x);
    if (name === 'y') return String(y);
    return String(2 ** z - 1 - y);
  });
}
