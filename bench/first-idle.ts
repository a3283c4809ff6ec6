/** Time from navigation to the map's first `idle` (everything drawn), in a fresh browser context each run. */
import type { Browser } from '@playwright/test';
import { isolate } from './lib/browser.ts';
import { median } from './lib/stats.ts';

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
    await page.goto(url);
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
