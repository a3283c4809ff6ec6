/**
 * Main-thread time of one date step on the timeline with many projects, from the key event on the Date slider
 * to the map's status expression given the new day (`atlas:as-of-applied`) and, when the day changes which
 * projects have started, the clusters' data diff and the list (`atlas:filter-applied`), whichever is later:
 * the time a visitor's key press waits before the statuses change. Measured in the same page as a filter change
 * (bench/filter-change.ts) so the two compare as a ratio. The imagery of the new day loads afterwards, off
 * this measure (its tiles are the network's time, not the main thread's).
 */
import type { Browser } from '@playwright/test';
import { openAtlas } from './lib/browser.ts';
import { median, percentile } from './lib/stats.ts';

/** Year steps back and forth over the timeline's range: well over 100 samples. */
const STEPS = 120;

export async function dateChange(
  browser: Browser,
  url: string,
  data: Record<string, string>,
): Promise<{ samples: number; runs: number[]; median: number; p95: number }> {
  const { context, page } = await openAtlas(
    browser,
    url,
    data,
    'lang=en&asOf=2023-06-01',
    '.timeline-track[role=slider]',
  );
  const runs = await page.evaluate(async (steps) => {
    const atlas = window.__revivalAtlas;
    if (!atlas) throw new Error('no diagnostics hook');
    const track = document.querySelector<HTMLElement>('.timeline-track[role=slider]');
    if (!track) throw new Error('no Date slider');
    const times: number[] = [];
    // No named functions in here: the bench's TypeScript runner would wrap them in a helper the page lacks.
    // Two years back, two forward: the day crosses starts and ends of the synthetic projects (2021–2029).
    const keys = ['PageDown', 'PageDown', 'PageUp', 'PageUp'];
    for (let i = 0; i < steps; i++) {
      performance.clearMarks('atlas:as-of-applied');
      performance.clearMarks('atlas:filter-applied');
      const event = new KeyboardEvent('keydown', {
        key: keys[i % keys.length],
        bubbles: true,
        cancelable: true,
      });
      track.dispatchEvent(event);
      // The marks carry their own time: waiting for them longer than they took changes nothing measured.
      for (
        let wait = 0;
        wait < 100 && performance.getEntriesByName('atlas:as-of-applied').length === 0;
        wait++
      ) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const applied = performance.getEntriesByName('atlas:as-of-applied').at(-1)?.startTime;
      if (applied === undefined) throw new Error(`no as-of-applied mark after ${event.key}`);
      const listed = performance.getEntriesByName('atlas:filter-applied').at(-1)?.startTime ?? 0;
      times.push(Math.max(applied, listed) - event.timeStamp);
      await new Promise<void>((resolve) => {
        atlas.map.once('idle', () => resolve());
        atlas.map.triggerRepaint();
      });
    }
    return times;
  }, STEPS);
  await context.close();
  const rounded = runs.map((time) => Math.round(time * 100) / 100);
  return { samples: rounded.length, runs: rounded, median: median(rounded), p95: percentile(rounded, 95) };
}
