/**
 * The imagery catalogue side of a pack: the licence gate, the `ID-local` layer that points at the archive,
 * and a minimal edit of data/imagery.json that leaves every other byte of the file as it was.
 */
import { posix, relative, resolve, sep } from 'node:path';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';

export type Bounds = readonly [number, number, number, number];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** "(offline)" in the catalogue's languages; any other language gets the English words. */
export const OFFLINE_SUFFIX: Readonly<Record<string, string>> = {
  az: '(oflayn)',
  en: '(offline)',
  ru: '(офлайн)',
  tr: '(çevrimdışı)',
  ar: '(دون اتصال)',
};

export const LOCAL_SUFFIX = '-local';

// ---------------------------------------------------------------------------------------------------------
// Licence gate

export interface LicenceCheck {
  /** Why the layer must not be packed at all (its terms forbid bulk download or offline copies). */
  refused?: string;
  /** What the operator must keep in mind (non-commercial licence, redistribution needs permission…). */
  warnings: string[];
}

interface LicenceFields {
  id: string;
  source: string;
  url: string;
  license: string;
  nonCommercial?: boolean;
}

/** The rules of data/imagery-notes.md §1 and data/README.md, as code. */
export function checkLicence(layer: LicenceFields): LicenceCheck {
  const warnings: string[] = [];
  if (/wayback|esri/i.test(layer.source) || /arcgis(online)?\.com/i.test(layer.url)) {
    return {
      refused:
        `layer "${layer.id}" is Esri imagery: Esri's terms do not allow bulk download or pre-caching for ` +
        'offline use (data/imagery-notes.md §1). Pack s2-2016 or a NASA GIBS layer instead.',
      warnings,
    };
  }
  if (layer.nonCommercial || /\bNC\b/.test(layer.license)) {
    warnings.push(
      `"${layer.id}" is ${layer.license}: non-commercial use only. An exhibition with paid entry or a sponsor ` +
        'may need a commercial licence (data/imagery-notes.md §1).',
    );
  }
  if (/eox/i.test(layer.source) || /eox\.at/i.test(layer.url)) {
    warnings.push(
      "EOX's licence summary limits sub-licensing and redistribution: ask EOX before you ship or publish " +
        'an offline copy of its tiles (data/imagery-notes.md, kiosk offlineArchives).',
    );
  }
  return { warnings };
}

// ---------------------------------------------------------------------------------------------------------
// The offline layer

/**
 * The URL the app opens the archive with. Relative to the page (`pmtiles://./tiles/x.pmtiles`) when the
 * archive lies under the public folder, so the built app works from any folder of any server.
 */
export function archiveUrl(outPath: string, publicDir: string): string | undefined {
  const rel = relative(resolve(publicDir), resolve(outPath));
  if (rel === '' || rel.startsWith('..') || resolve(rel) === rel) return undefined;
  return `pmtiles://./${rel.split(sep).join(posix.sep)}`;
}

export interface PackFacts {
  url: string;
  minZoom: number;
  maxZoom: number;
  bounds: Bounds;
  /** YYYY-MM-DD, for the provenance note. */
  packedOn: string;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * The `ID-local` layer: the source layer's title with "(offline)" in each language, its date, source and
 * licence fields unchanged, `type: "pmtiles"`, the archive URL, the pack's zooms and bounds. Keys follow the
 * order of the catalogue's layers; other fields of the source (resolution, nonCommercial…) are kept, but not
 * its `family`.
 */
export function offlineLayer(source: JsonObject, pack: PackFacts): JsonObject {
  const id = source['id'];
  if (typeof id !== 'string') throw new Error('the source layer has no id');
  const title = source['title'];
  const offlineTitle: JsonObject = {};
  if (isObject(title)) {
    for (const [language, text] of Object.entries(title)) {
      offlineTitle[language] =
        typeof text === 'string' ? `${text} ${OFFLINE_SUFFIX[language] ?? OFFLINE_SUFFIX['en']}` : text;
    }
  }
  const layer: JsonObject = {
    id: `${id}${LOCAL_SUFFIX}`,
    source: source['source'] ?? null,
    title: offlineTitle,
    date: source['date'] ?? null,
    type: 'pmtiles',
    url: pack.url,
    tileSize: source['tileSize'] ?? 256,
    minzoom: pack.minZoom,
    maxzoom: pack.maxZoom,
    bounds: pack.bounds.map(round6),
    attribution: source['attribution'] ?? null,
    license: source['license'] ?? null,
    licenseUrl: source['licenseUrl'] ?? null,
  };
  const provenance =
    `Offline copy of layer "${id}" for the kiosk (PMTiles archive, zooms ${pack.minZoom}-${pack.maxZoom}, ` +
    `bounds ${pack.bounds.map(round6).join(',')}), packed on ${pack.packedOn} by scripts/imagery-pack.ts.`;
  for (const [key, value] of Object.entries(source)) {
    // The copy is a layer of its own, not a second frame of its source's family on the same date (the
    // validator refuses that); the kiosk's offlineArchives swap the source's tiles instead.
    if (key in layer || key === 'family') continue;
    if (key === 'note' && isObject(value)) {
      const english = value['en'];
      layer[key] = { ...value, en: typeof english === 'string' ? `${provenance} ${english}` : provenance };
    } else {
      layer[key] = value;
    }
  }
  if (!('note' in layer)) layer['note'] = { en: provenance };
  // Fields the source does not have are left out rather than written as null.
  return Object.fromEntries(Object.entries(layer).filter(([, value]) => value !== null));
}

// ---------------------------------------------------------------------------------------------------------
// JSON text

/**
 * JSON as this repository writes it (Prettier's JSON style, print width 110): objects always open, arrays on
 * one line when they fit, arrays of several objects or pairs one item per line, long number lists filled.
 */
export function formatJson(value: unknown, indent = '', column = indent.length, width = 110): string {
  return format(value as Json, indent, column, 0, width);
}

function isComposite(value: Json): boolean {
  if (Array.isArray(value)) return value.length > 1;
  return isObject(value) && Object.keys(value).length > 1;
}

function format(value: Json, indent: string, column: number, trailing: number, width: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const breaks =
      (value.length > 1 && value.every(isComposite)) ||
      value.some((item) => isObject(item) && Object.keys(item).length > 0);
    if (!breaks) {
      const items = value.map((item) => format(item, inner, 0, 0, width));
      const line = `[${items.join(', ')}]`;
      if (!line.includes('\n') && column + line.length + trailing <= width) return line;
      if (value.every((item) => typeof item === 'number')) {
        const lines: string[] = [];
        let current = '';
        items.forEach((item, i) => {
          const piece = i < items.length - 1 ? `${item},` : item;
          if (current && inner.length + current.length + 1 + piece.length > width) {
            lines.push(current);
            current = piece;
          } else {
            current = current ? `${current} ${piece}` : piece;
          }
        });
        lines.push(current);
        return `[\n${lines.map((text) => inner + text).join('\n')}\n${indent}]`;
      }
    }
    const items = value.map(
      (item, i) => inner + format(item, inner, inner.length, i < value.length - 1 ? 1 : 0, width),
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item], i) => {
    const prefix = `${inner}${JSON.stringify(key)}: `;
    return prefix + format(item, inner, prefix.length, i < entries.length - 1 ? 1 : 0, width);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

function layersNode(root: Node | undefined): Node {
  const property =
    root?.type === 'object' ? root.children?.find((p) => p.children?.[0]?.value === 'layers') : undefined;
  const array = property?.children?.[1];
  if (!array || array.type !== 'array') throw new Error('the catalogue has no "layers" array');
  return array;
}

function idOf(node: Node): unknown {
  if (node.type !== 'object') return undefined;
  return node.children?.find((p) => p.children?.[0]?.value === 'id')?.children?.[1]?.value;
}

/** The indentation of the line a node starts on. */
function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

/** The raw layer object with this id, or undefined. */
export function findLayer(text: string, id: string): JsonObject | undefined {
  const parsed: unknown = JSON.parse(text);
  const layers = isObject(parsed) ? parsed['layers'] : undefined;
  if (!Array.isArray(layers)) throw new Error('the catalogue has no "layers" array');
  return layers.find((layer): layer is JsonObject => isObject(layer) && layer['id'] === id);
}

/**
 * Adds `layer` right after the layer `afterId`, or replaces the layer with the same id where it is. Only
 * that stretch of the text changes: every other layer keeps its exact bytes and formatting.
 */
export function upsertLayer(
  text: string,
  layer: JsonObject,
  afterId: string,
): { text: string; replaced: boolean } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0) throw new Error(`the catalogue is not valid JSON (at offset ${errors[0]?.offset})`);
  const array = layersNode(root);
  const items = array.children ?? [];
  const existing = items.find((node) => idOf(node) === layer['id']);
  if (existing) {
    const indent = indentAt(text, existing.offset);
    const column = existing.offset - (text.lastIndexOf('\n', existing.offset - 1) + 1);
    const last = existing === items.at(-1);
    const body = format(layer, indent, column, last ? 0 : 1, 110);
    return {
      text: text.slice(0, existing.offset) + body + text.slice(existing.offset + existing.length),
      replaced: true,
    };
  }
  const anchor = items.find((node) => idOf(node) === afterId) ?? items.at(-1);
  if (!anchor) {
    // An empty "layers": [] becomes a one-item array.
    const indent = indentAt(text, array.offset);
    const body = format(
      [layer],
      indent,
      array.offset - (text.lastIndexOf('\n', array.offset - 1) + 1),
      0,
      110,
    );
    return {
      text: text.slice(0, array.offset) + body + text.slice(array.offset + array.length),
      replaced: false,
    };
  }
  const indent = indentAt(text, anchor.offset);
  const end = anchor.offset + anchor.length;
  const last = anchor === items.at(-1);
  const body = format(layer, indent, indent.length, last ? 0 : 1, 110);
  return { text: `${text.slice(0, end)},\n${indent}${body}${text.slice(end)}`, replaced: false };
}
