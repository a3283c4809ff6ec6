/**
 * Main-thread time of one filter change with many projects, from the input event to the list rendered and
 * the map's data diff sent (both in the same React commit, whose last effect marks `atlas:filter-applied`):
 * the time a visitor's click or keystroke waits. Real controls of the filter panel are used: category and
 * status checkboxes are clicked (on, then off again) and the search field gets typed text, each dispatched
 * as a DOM event whose timeStamp starts the measure. The worker's re-clustering runs off the main thread
 * and is not counted.
 */
import type { Browser } from '@playwright/test';
import { openAtlas } from './lib/browser.ts';
import { median, percentile } from './lib/stats.ts';

/** Rounds over every checkbox (on and off) and a few searches: well over 100 samples. */
const ROUNDS = 4;
const SEARCHES = ['p', 'pr', 'project 1', 'project 12', 'Sınaq', ''];

export async function filterChange(
  browser: Browser,
  url: string,
  data: Record<string, string>,
): Promise<{ samples: number; runs: number[]; median: number; p95: number }> {
  const { context, page } = await openAtlas(
    browser,
    url,
    data,
    'lang=en',
    '.filter-panel input[type=search]',
  );
  // At this width (a one-column desktop) the filter groups are folded: open them, as a visitor would
  // before ticking a box, so the measured renders include the boxes themselves.
  const folded = page.locator('.facet-toggle[aria-expanded="false"]');
  for (let left = await folded.count(); left > 0; left--) await folded.first().click();
  await page.waitForSelector('.filter-panel input[type=checkbox]');
  const runs = await page.evaluate(
    async ({ rounds, searches }) => {
      const atlas = window.__revivalAtlas;
      if (!atlas) throw new Error('no diagnostics hook');
      const times: number[] = [];
      const settle = () =>
        new Promise<void>((resolve) => {
          atlas.map.once('idle', () => resolve());
          atlas.map.triggerRepaint();
        });
      /** Dispatches one input event and returns the time from its timeStamp to the filter-applied mark. */
      const measure = async (dispatch: () => Event): Promise<number> => {
        performance.clearMarks('atlas:filter-applied');
        const event = dispatch();
        // A discrete event's render and effects run before dispatch returns; a macrotask is a safe bound.
        if (performance.getEntriesByName('atlas:filter-applied').length === 0) {
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        const mark = performance.getEntriesByName('atlas:filter-applied').at(-1);
        if (!mark) throw new Error('no filter-applied mark after an input event');
        return mark.startTime - event.timeStamp;
      };
      const click = (input: HTMLInputElement) => () => {
        const event = new MouseEvent('click', { bubbles: true, cancelable: true });
        input.dispatchEvent(event);
        return event;
      };
      const type = (input: HTMLInputElement, value: string) => () => {
        // React tracks the value through the native setter; the input event carries the change.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
        const event = new Event('input', { bubbles: true });
        input.dispatchEvent(event);
        return event;
      };
      const boxes = () => [
        ...document.querySelectorAll<HTMLInputElement>('.filter-panel .facet input[type=checkbox]'),
      ];
      const count = boxes().slice(0, 15).length;
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < count; i++) {
          for (let twice = 0; twice < 2; twice++) {
            const box = boxes()[i];
            if (!box) throw new Error('a filter checkbox went away');
            times.push(await measure(click(box)));
            await settle();
          }
        }
        for (const text of searches) {
          const search = document.querySelector<HTMLInputElement>('.filter-panel input[type=search]');
          if (!search) throw new Error('no search field');
          times.push(await measure(type(search, text)));
          await settle();
        }
      }
      return times;
    },
    { rounds: ROUNDS, searches: SEARCHES },
  );
  await context.close();
  const rounded = runs.map((time) => Math.round(time * 100) / 100);
  return { samples: rounded.length, runs: rounded, median: median(rounded), p95: percentile(rounded, 95) };
}
