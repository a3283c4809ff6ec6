/**
 * Remote Sentinel-2 cloudless tiles answered with one colour per mosaic year, so a test can tell from the
 * pixels which year the map (or a saved picture) shows.
 */
import type { Page } from '@playwright/test';
import { distance, hexToRgb, solidPng, type Rgb } from './pixels.ts';

/** One colour per mosaic year (the 2016 layer has no year in its URL). */
export const YEAR_COLOURS: Record<string, string> = {
  '2016': '#5a189a',
  /** Not in the shipped catalog: the time-lapse benchmark's tenth date. */
  '2017': '#f4d35e',
  '2018': '#9d0208',
  '2019': '#e85d04',
  '2020': '#6a994e',
  '2021': '#1d3557',
  '2022': '#b5838d',
  '2023': '#3a5a40',
  '2024': '#7f5539',
  '2025': '#006d77',
};

/** `delayMs` holds each tile back (by its URL): a slow tile server whose tiles arrive one by one. */
export async function colourTilesByYear(page: Page, delayMs?: (url: string) => number): Promise<void> {
  const tiles = new Map<string, Buffer>();
  await page.route(/tiles\.maps\.eox\.at/, async (route) => {
    const wait = delayMs?.(route.request().url()) ?? 0;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const year = /s2cloudless-(\d{4})_/.exec(route.request().url())?.[1] ?? '2016';
    let tile = tiles.get(year);
    if (!tile) {
      tile = solidPng(256, 256, hexToRgb(YEAR_COLOURS[year] ?? '#000000'));
      tiles.set(year, tile);
    }
    return route.fulfill({ status: 200, contentType: 'image/png', body: tile });
  });
}

/** The year whose colour is nearest to a pixel (the district fill tints the imagery a little). */
export function nearestYear(seen: Rgb): string | undefined {
  const byDistance = Object.entries(YEAR_COLOURS).sort(
    ([, a], [, b]) => distance(seen, hexToRgb(a)) - distance(seen, hexToRgb(b)),
  );
  return byDistance[0]?.[0];
}
