/**
 * Lighthouse on the app and on the bare MapLibre page (bench/baseline), mobile and desktop presets, run by
 * run alternating between the two pages so that machine load falls on both alike. Only the performance
 * category; medians per page and preset, and app / bare ratios. Both pages fetch the same data files from
 * `vite preview` (no compression on either side), offline as in lighthouse.ts.
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launchLighthouseChrome } from './lib/lighthouse-chrome.ts';
import { median } from './lib/stats.ts';

const METRICS = {
  lcpMs: 'largest-contentful-paint',
  speedIndexMs: 'speed-index',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  fcpMs: 'first-contentful-paint',
} as const;

type Metric = keyof typeof METRICS | 'score' | 'firstIdleMs';
type Figures = Record<Metric, number>;

interface UserTiming {
  name: string;
  startTime: number;
}

export interface LighthousePreset {
  app: { runs: Figures[]; median: Figures };
  bare: { runs: Figures[]; median: Figures };
  /** app / bare for each median (score included, where higher is better). */
  ratio: Figures;
}

async function once(port: number, url: string, preset: 'mobile' | 'desktop'): Promise<Figures> {
  const result = await lighthouse(
    url,
    { port, logLevel: 'error', onlyCategories: ['performance'] },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { audits, categories } = result.lhr;
  const figures = { score: categories.performance?.score ?? NaN } as Figures;
  for (const [key, id] of Object.entries(METRICS)) {
    figures[key as keyof typeof METRICS] = Math.round((audits[id]?.numericValue ?? NaN) * 1000) / 1000;
  }
  // The map's first idle as the page marked it (observed, during the Lighthouse load).
  const timings = (audits['user-timings']?.details as { items?: UserTiming[] } | undefined)?.items ?? [];
  figures.firstIdleMs = Math.round(timings.find((t) => t.name === 'atlas:first-idle')?.startTime ?? NaN);
  return figures;
}

function medians(runs: Figures[]): Figures {
  const keys = Object.keys(runs[0] ?? {}) as Metric[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as Figures;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export async function lighthousePair(
  urls: { app: string; bare: string },
  runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3),
): Promise<Record<'mobile' | 'desktop', LighthousePreset>> {
  const chrome = await launchLighthouseChrome();
  try {
    const out = {} as Record<'mobile' | 'desktop', LighthousePreset>;
    for (const preset of ['mobile', 'desktop'] as const) {
      const app: Figures[] = [];
      const bare: Figures[] = [];
      for (let i = 0; i < runs; i++) {
        app.push(await once(chrome.port, urls.app, preset));
        bare.push(await once(chrome.port, urls.bare, preset));
      }
      const appMedian = medians(app);
      const bareMedian = medians(bare);
      const ratio = Object.fromEntries(
        Object.keys(appMedian).map((key) => [
          key,
          round2(appMedian[key as Metric] / bareMedian[key as Metric]),
        ]),
      ) as Figures;
      out[preset] = {
        app: { runs: app, median: appMedian },
        bare: { runs: bare, median: bareMedian },
        ratio,
      };
    }
    return out;
  } finally {
    chrome.kill();
  }
}

/** Rows for console.table: app | bare | ratio per metric and preset. */
export function lighthouseRows(
  results: Record<'mobile' | 'desktop', LighthousePreset>,
): Record<string, { app: number; bare: number; ratio: number }> {
  const rows: Record<string, { app: number; bare: number; ratio: number }> = {};
  for (const [preset, { app, bare, ratio }] of Object.entries(results)) {
    for (const key of Object.keys(app.median) as Metric[]) {
      rows[`${preset}: ${key}`] = { app: app.median[key], bare: bare.median[key], ratio: ratio[key] };
    }
  }
  return rows;
}
