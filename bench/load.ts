/**
 * The load test (issue 15): the first-visit set of requests (the page, what index.html loads, the lazily
 * loaded chunks, fonts, manifest and data files, read from the build) and byte-range reads of a PMTiles
 * archive, at 10 and at 200 concurrent clients, against nginx with the production configuration and
 * against `vite preview`, with autocannon on loopback. Each run is bounded in requests and in time. The
 * load tool shares the machine's cores with the server, so the figures that mean something are ratios
 * from one run: nginx against vite preview, p99 at 200 clients against p99 at 10.
 */
import autocannon, { type Request, type Result } from 'autocannon';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx } from './lib/nginx.ts';
import { startPreview } from './lib/preview.ts';

const CLIENTS = [10, 200] as const;
/** Requests per run, and a time limit per run in case a server stalls. */
const REQUESTS = Number(process.env.LOAD_REQUESTS ?? 4000);
const MAX_SECONDS = 60;
const ARCHIVE = 'tiles/load-test.pmtiles';
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

export interface LoadRun {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  errors: number;
}

type Workload = 'firstVisit' | 'ranges';
type Runs = Record<Workload, Record<`c${(typeof CLIENTS)[number]}`, LoadRun>>;

/** The site measured: the build with a PMTiles archive beside it (the test fixture). */
function prepareSite(dist: string): string {
  const site = join(tmpdir(), 'revival-atlas-bench-load');
  rmSync(site, { recursive: true, force: true });
  cpSync(dist, site, { recursive: true });
  mkdirSync(join(site, 'tiles'));
  copyFileSync(join('tests', 'fixtures', 'tiles', 'fixture-before.pmtiles'), join(site, ARCHIVE));
  return site;
}

/** What a first visit asks for, in order: from the built index.html and the build's folders. */
export function firstVisitPaths(site: string): string[] {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1] ?? '');
  const assets = readdirSync(join(site, 'assets'))
    .filter((file) => /\.(js|mjs|css)$/.test(file) || /^noto-sans-latin-.*\.woff2$/.test(file))
    .map((file) => `assets/${file}`);
  const data = readdirSync(join(site, 'data'))
    .filter((file) => /\.(json|geojson)$/.test(file))
    .map((file) => `data/${file}`);
  return ['', ...new Set([...referenced, ...assets, ...data])];
}

function rangeRequests(site: string): Request[] {
  const size = statSync(join(site, ARCHIVE)).size;
  // What PMTiles asks for: the header and root directory first, then tiles at scattered offsets.
  const header: Request = { method: 'GET', path: `/${ARCHIVE}`, headers: { range: 'bytes=0-16383' } };
  const tile: Request = {
    method: 'GET',
    path: `/${ARCHIVE}`,
    setupRequest: (request) => {
      const start = Math.floor(Math.random() * (size - 4096));
      return { ...request, headers: { ...request.headers, range: `bytes=${start}-${start + 4095}` } };
    },
  };
  return [header, tile, tile, tile];
}

async function run(url: string, connections: number, requests: Request[]): Promise<LoadRun> {
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) throw new Error('loopback only');
  let limit: NodeJS.Timeout | undefined;
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      // A run ends only at a sample tick: a short interval keeps its duration (and throughput) exact.
      { url, connections, amount: REQUESTS, timeout: 20, sampleInt: 20, headers: BROWSER_HEADERS, requests },
      (error, outcome) => (error ? reject(error as Error) : resolve(outcome)),
    );
    limit = setTimeout(() => instance.stop(), MAX_SECONDS * 1000);
  });
  clearTimeout(limit);
  const done = result['2xx'] + result.non2xx;
  return {
    requests: done,
    seconds: Number(result.duration.toFixed(2)),
    requestsPerSecond: Math.round(done / result.duration),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors + result.timeouts + result.non2xx + Math.max(0, REQUESTS - done),
  };
}

async function measure(url: string, site: string): Promise<Runs> {
  const firstVisit = firstVisitPaths(site).map((path): Request => ({ method: 'GET', path: `/${path}` }));
  const ranges = rangeRequests(site);
  const runs = { firstVisit: {}, ranges: {} } as Runs;
  for (const clients of CLIENTS) {
    runs.firstVisit[`c${clients}`] = await run(url, clients, firstVisit);
    runs.ranges[`c${clients}`] = await run(url, clients, ranges);
  }
  return runs;
}

const ratio = (a: number, b: number) => Number((a / Math.max(b, 0.01)).toFixed(2));

export async function loadBench(dist = 'dist') {
  const site = prepareSite(dist);
  const nginx = await startNginx(4185, site);
  let nginxRuns: Runs;
  try {
    nginxRuns = await measure(nginx.url, site);
  } finally {
    await nginx.stop();
  }
  const preview = await startPreview(4186, undefined, site);
  let previewRuns: Runs;
  try {
    previewRuns = await measure(preview.url, site);
  } finally {
    preview.stop();
  }
  const paths = firstVisitPaths(site).length;
  rmSync(site, { recursive: true, force: true });
  const ratios = Object.fromEntries(
    (['firstVisit', 'ranges'] as const).map((workload) => [
      workload,
      Object.fromEntries(
        CLIENTS.map((clients) => {
          const n = nginxRuns[workload][`c${clients}`];
          const v = previewRuns[workload][`c${clients}`];
          return [
            `c${clients}`,
            {
              throughputNginxOverPreview: ratio(n.requestsPerSecond, v.requestsPerSecond),
              p99NginxOverPreview: ratio(n.latencyMs.p99, v.latencyMs.p99),
            },
          ];
        }),
      ),
    ]),
  );
  const scaling = Object.fromEntries(
    (['firstVisit', 'ranges'] as const).map((workload) => [
      workload,
      {
        nginxP99At200OverAt10: ratio(
          nginxRuns[workload].c200.latencyMs.p99,
          nginxRuns[workload].c10.latencyMs.p99,
        ),
        previewP99At200OverAt10: ratio(
          previewRuns[workload].c200.latencyMs.p99,
          previewRuns[workload].c10.latencyMs.p99,
        ),
      },
    ]),
  );
  const errors = [nginxRuns, previewRuns]
    .flatMap((runs) => Object.values(runs).flatMap((byClients) => Object.values(byClients)))
    .reduce((sum, entry) => sum + entry.errors, 0);
  return {
    measuredAt: new Date().toISOString(),
    tool: 'autocannon 9 on loopback, sharing the cores with the server',
    requestsPerRun: REQUESTS,
    firstVisitPaths: paths,
    nginx: nginxRuns,
    vitePreview: previewRuns,
    ratios,
    scaling,
    errors,
  };
}
