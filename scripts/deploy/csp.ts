/**
 * The Content-Security-Policy of a deployment, derived from the data it serves: the imagery catalog
 * (tile hosts and archive hosts), kiosk.json's offline archives and the project media. Pure functions; the
 * CLI (csp-cli.ts) and the nginx start script (serve.ts) read the files and write the nginx snippet.
 */

export interface CspInput {
  /** Parsed data/imagery.json (read loosely: the generator must not fail where the app would skip a layer). */
  imagery?: unknown;
  /** Parsed data/kiosk.json. */
  kiosk?: unknown;
  /** Parsed data/projects.geojson (photos in a project's passport are images from their own hosts). */
  projects?: unknown;
}

export interface CspSources {
  /** Origins the app fetches from: tile servers and archive hosts. */
  connect: string[];
  /** Origins of images: tile servers (MapLibre may load a tile as an image) and project media. */
  img: string[];
}

export interface CspOptions {
  /** Who may put the atlas in a frame: `'self'`, `'none'` or origins. Default `'self'`. */
  frameAncestors?: string;
  /** Where browsers send violation reports (optional). */
  reportUri?: string;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The origin of an absolute http(s) URL or tile template, or undefined for a relative one (the app's own
 * origin, 'self'). `{z}/{x}/{y}` placeholders are filled so the template parses.
 */
export function originOf(url: string): string | undefined {
  const target = url.startsWith('pmtiles://') ? url.slice('pmtiles://'.length) : url;
  if (!/^https?:\/\//i.test(target)) return undefined;
  try {
    return new URL(target.replace(/\{[^}]*\}/g, '0')).origin;
  } catch {
    return undefined;
  }
}

export function cspSources({ imagery, kiosk, projects }: CspInput): CspSources {
  const tiles = new Set<string>();
  const archives = new Set<string>();
  const media = new Set<string>();
  for (const layer of list(record(imagery).layers)) {
    const url = str(record(layer).url);
    const origin = url && originOf(url);
    if (!origin) continue;
    (record(layer).type === 'pmtiles' ? archives : tiles).add(origin);
  }
  for (const archive of list(record(kiosk).offlineArchives)) {
    const url = str(record(archive).url);
    const origin = url && originOf(url);
    if (origin) archives.add(origin);
  }
  for (const feature of list(record(projects).features)) {
    for (const item of list(record(record(record(feature).properties)).media)) {
      const url = str(record(item).url);
      const origin = url && originOf(url);
      if (origin) media.add(origin);
    }
  }
  const sorted = (...sets: Set<string>[]) => [...new Set(sets.flatMap((set) => [...set]))].sort();
  return { connect: sorted(tiles, archives), img: sorted(tiles, media) };
}

const SOURCE = /^(?:'self'|'none'|https?:\/\/(?:\*\.)?[a-z0-9.-]+(?::\d{1,5})?)$/i;

/** Checks a frame-ancestors setting: keywords or origins only (it ends up inside an nginx string). */
export function parseFrameAncestors(value: string): string {
  const sources = value.trim().split(/\s+/).filter(Boolean);
  if (sources.length === 0) return "'self'";
  const bad = sources.find((source) => !SOURCE.test(source));
  if (bad) throw new Error(`frame-ancestors: "${bad}" is not 'self', 'none' or an http(s) origin`);
  if (sources.includes("'none'") && sources.length > 1) {
    throw new Error("frame-ancestors: 'none' cannot be combined with other sources");
  }
  return sources.join(' ');
}

/**
 * The policy. Scripts, styles, fonts, workers and the manifest come from the app's own origin only.
 * style-src needs no 'unsafe-inline': the CSS is in files, and MapLibre and React set element styles through
 * the CSSOM (element.style), which a policy does not govern; nothing writes <style> elements or style
 * attributes in markup. worker-src 'self': MapLibre's worker is a same-origin file (setWorkerUrl) and the
 * service worker is sw.js. img-src data: (the kiosk's QR code) and blob: (MapLibre image decoding).
 */
export function contentSecurityPolicy(sources: CspSources, options: CspOptions = {}): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:', ...sources.img],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...sources.connect],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', parseFrameAncestors(options.frameAncestors ?? "'self'")],
    ['object-src', "'none'"],
  ];
  if (options.reportUri) {
    if (originOf(options.reportUri) === undefined && !options.reportUri.startsWith('/')) {
      throw new Error(`report-uri: "${options.reportUri}" is not a path or an http(s) URL`);
    }
    if (/[\s;"'$\\]/.test(options.reportUri)) throw new Error('report-uri: unexpected character');
    directives.push(['report-uri', options.reportUri]);
  }
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The nginx snippet included by server.conf. */
export function cspSnippet(policy: string): string {
  if (/["\\$\n]/.test(policy)) throw new Error('the policy has a character nginx would misread');
  return [
    '# Generated by `npm run deploy:csp` (or at start by `npm run serve:prod`) from the served data files.',
    '# Do not edit: run the command again after adding an imagery host to data/imagery.json.',
    `add_header Content-Security-Policy "${policy}" always;`,
    '',
  ].join('\n');
}
