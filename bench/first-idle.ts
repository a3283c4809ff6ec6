/** Time from navigation to the map's first `idle` (everything drawn), in a fresh browser context each run. */
import type { Browser } from '@playwright/test';
import { isolate } from './lib/browser.ts';
import { median } from './lib/stats.ts';

interface IdleRun {
  time: number;
  /** Scripts (and module workers) fetched before the first idle: the critical path. */
  scripts: string[];
}

async function once(browser: Browser, url: string, data: Record<string, string>): Promise<IdleRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await isolate(page, data);
  await page.goto(url, { timeout: 120_000 });
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('atlas:first-idle')[0]?.startTime,
    undefined,
    {
      timeout: 120_000,
    },
  );
  const time = Math.round(Number(await handle.jsonValue()));
  const scripts = await page.evaluate((idle) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return entries
      .filter((entry) => entry.startTime <= idle && /\.m?js(\?|$)/.test(new URL(entry.name).pathname))
      .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '');
  }, time);
  await context.close();
  return { time, scripts };
}

/**
 * The app and the bare page, alternating run by run so that changes in machine load fall on both alike.
 */
export async function firstIdlePair(
  browser: Browser,
  urls: { app: string; bare: string },
  data: Record<string, string>,
  runs = 7,
): Promise<{
  app: { runs: number[]; median: number };
  bare: { runs: number[]; median: number };
  ratio: number;
  /** The app's scripts fetched before its first idle (first run). */
  appScripts: string[];
}> {
  const app: number[] = [];
  const bare: number[] = [];
  let appScripts: string[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await once(browser, urls.app, data);
    if (i === 0) appScripts = run.scripts;
    app.push(run.time);
    bare.push((await once(browser, urls.bare, data)).time);
  }
  const result = { app: { runs: app, median: median(app) }, bare: { runs: bare, median: median(bare) } };
  return {
    ...result,
    ratio: Math.round((result.app.median / result.bare.median) * 100) / 100,
    appScripts,
  };
}

export async function firstIdle(
  browser: Browser,
  url: string,
  data: Record<string, string> = {},
  runs = 5,
): Promise<{ runs: number[]; median: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await isolate(page, data);
    await page.goto(url, { timeout: 120_000 });
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('atlas:first-idle')[0]?.startTime,
      undefined,
      {
        timeout: 120_000,
      },
    );
    times.push(Math.round(Number(await handle.jsonValue())));
    await context.close();
  }
  return { runs: times, median: median(times) };
}
