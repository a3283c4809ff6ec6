/** App actions in the words of the app. Specs call these; only helper.ts touches Playwright itself. */
import type { Page } from './helper.ts';
import { decodePng, type Image } from './pixels.ts';

export interface ScreenPoint {
  x: number;
  y: number;
}

export class AtlasDriver {
  constructor(readonly page: Page) {}

  /** Opens the app with URL parameters and waits until the map has drawn everything it needs. */
  async open(query = ''): Promise<void> {
    await this.page.goto(query ? `./?${query}` : './');
    await this.waitForMapIdle();
  }

  async waitForMapIdle(): Promise<void> {
    await this.page.waitForFunction(() => window.__revivalAtlas?.map.isStyleLoaded() === true, undefined, {
      timeout: 30_000,
    });
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__revivalAtlas?.map;
          if (!map) return resolve();
          // 'idle' fires once nothing is loading, fading or moving; a repaint guarantees it fires again.
          map.once('idle', () => resolve());
          map.triggerRepaint();
        }),
    );
  }

  /** Where a longitude/latitude is drawn, in page coordinates. */
  async screenPoint(lon: number, lat: number): Promise<ScreenPoint> {
    return this.page.evaluate(
      ([lon, lat]) => {
        const map = window.__revivalAtlas?.map;
        if (!map) throw new Error('map not ready');
        const point = map.project([lon, lat]);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + point.x, y: rect.top + point.y };
      },
      [lon, lat] as const,
    );
  }

  /** A screenshot of the map area as decoded pixels, with the page coordinates of its top-left corner. */
  async mapPixels(): Promise<{ image: Image; origin: ScreenPoint }> {
    const canvas = this.page.locator('.map canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('map canvas not visible');
    return { image: decodePng(await canvas.screenshot()), origin: { x: box.x, y: box.y } };
  }

  async clickAt(lon: number, lat: number): Promise<void> {
    const { x, y } = await this.screenPoint(lon, lat);
    await this.page.mouse.click(x, y);
  }

  async hoverAt(lon: number, lat: number): Promise<void> {
    const { x, y } = await this.screenPoint(lon, lat);
    await this.page.mouse.move(x, y);
  }

  async chooseLanguage(name: string): Promise<void> {
    const label = (await this.page.locator('html').getAttribute('lang')) === 'az' ? 'Dil' : 'Language';
    await this.page.getByRole('combobox', { name: label }).selectOption({ label: name });
  }

  /** The feature-state of a district (hover highlighting is feature-state, not new data). */
  async districtState(code: string): Promise<Record<string, unknown>> {
    return this.page.evaluate((code) => {
      const map = window.__revivalAtlas?.map;
      const feature = map?.querySourceFeatures('districts').find((f) => f.properties.code === code);
      return feature?.id === undefined || !map
        ? {}
        : map.getFeatureState({ source: 'districts', id: feature.id });
    }, code);
  }
}
