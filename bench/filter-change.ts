/**
 * Main-thread time of one filter change with many projects: from the store action to the moment the map's
 * data diff is sent and the list is rendered (both happen in the same React commit, whose last effect marks
 * `atlas:filter-applied`). The worker's re-clustering runs off the main thread and is not counted.
 */
import type { Browser } from '@playwright/test';
import { isolate } from './lib/browser.ts';
import { median, percentile } from './lib/stats.ts';

/** 20 changes touching every dimension, on and off again. */
const CHANGES: [string, unknown[]][] = [
  ['toggleCategory', ['housing']],
  ['toggleCategory', ['transport']],
  ['toggleStatus', ['completed']],
  ['toggleCategory', ['housing']],
  ['setText', ['project 1']],
  ['setText', ['project 12']],
  ['toggleDistrict', ['AZ-ZAN']],
  ['setYearRange', [2022, 2024]],
  ['toggleStatus', ['completed']],
  ['setText', ['']],
  ['toggleCategory', ['transport']],
  ['toggleDistrict', ['AZ-AGM']],
  ['toggleDistrict', ['AZ-ZAN']],
  ['setYearRange', [undefined, undefined]],
  ['toggleCategory', ['energy']],
  ['toggleStatus', ['planned']],
  ['setText', ['Sınaq']],
  ['clearFilters', []],
  ['toggleCategory', ['water']],
  ['clearFilters', []],
];

export async function filterChange(
  browser: Browser,
  url: string,
  data: Record<string, string>,
): Promise<{ runs: number[]; median: number; p95: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await isolate(page, data);
  // debug=1: the diagnostics hook, loaded after the first idle, drives the store.
  await page.goto(new URL('?debug=1', url).href);
  await page.waitForFunction(() => window.__revivalAtlas !== undefined, undefined, { timeout: 120_000 });
  const runs = await page.evaluate(async (changes) => {
    const atlas = window.__revivalAtlas;
    if (!atlas) throw new Error('no diagnostics hook');
    const times: number[] = [];
    for (const [action, args] of changes) {
      performance.clearMarks('atlas:filter-applied');
      const t0 = performance.now();
      (atlas.store.getState() as unknown as Record<string, (...a: unknown[]) => void>)[action]?.(...args);
      // React renders store updates in a microtask; a macrotask later the commit and its effects are done.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const mark = performance.getEntriesByName('atlas:filter-applied').at(-1);
      if (!mark) throw new Error(`no filter-applied mark after ${action}`);
      times.push(mark.startTime - t0);
      await new Promise<void>((resolve) => {
        atlas.map.once('idle', () => resolve());
        atlas.map.triggerRepaint();
      });
    }
    return times;
  }, CHANGES);
  await context.close();
  const rounded = runs.map((time) => Math.round(time * 100) / 100);
  return { runs: rounded, median: median(rounded), p95: percentile(rounded, 95) };
}
