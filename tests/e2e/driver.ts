/** App actions in the words of the app. Specs call these; only helper.ts touches Playwright itself. */
import type { AppState } from '../../src/store/app-store.ts';
import type { Locator, Page } from './helper.ts';
import { decodePng, dominantAround, sideIn, type Image, type Rgb, type Side } from './pixels.ts';

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class AtlasDriver {
  constructor(readonly page: Page) {}

  /**
   * Opens the app with URL parameters and waits until the map has drawn everything it needs. `debug=1`
   * switches on the diagnostics hook (`window.__revivalAtlas`) the driver reads.
   */
  async open(query = ''): Promise<void> {
    await this.page.goto(query ? `./?debug=1&${query}` : './?debug=1');
    await this.waitForMapIdle();
  }

  async waitForMapIdle(): Promise<void> {
    // The map starts before the data is loaded: wait for the data, then for an idle after it (below). Not
    // the app's performance mark: under Playwright's clock (kiosk specs) the page's performance is fake.
    await this.page.waitForFunction(
      () =>
        window.__revivalAtlas?.store.getState().data.status === 'ready' &&
        window.__revivalAtlas.map.isStyleLoaded(),
      undefined,
      { timeout: 30_000 },
    );
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
    // The whole map area: the overlay map and the imagery panes beneath it.
    const canvas = this.page.locator('.map-stack');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('map canvas not visible');
    return { image: decodePng(await canvas.screenshot()), origin: { x: box.x, y: box.y } };
  }

  /** Which fixture layer shows at a point of the map area given as fractions of its width and height. */
  async sideAt(fx: number, fy: number): Promise<Side> {
    return sideIn((await this.mapPixels()).image, fx, fy);
  }

  /** The colour drawn at a longitude/latitude in a screenshot taken by `mapPixels`. */
  async colourAt(shot: { image: Image; origin: ScreenPoint }, lon: number, lat: number): Promise<Rgb> {
    const point = await this.screenPoint(lon, lat);
    return dominantAround(shot.image, point.x - shot.origin.x, point.y - shot.origin.y);
  }

  /**
   * A value read from the app's store. `select` runs in the page (its source is sent there): it may use only
   * its argument, no variable of the test.
   */
  async state<T>(select: (state: AppState) => T): Promise<T> {
    return this.page.evaluate(`(${select.toString()})(window.__revivalAtlas.store.getState())`);
  }

  /** Waits until `select` (run in the page, as for `state`) is true of the app's store. */
  async waitForState(select: (state: AppState) => boolean, timeout = 15_000): Promise<void> {
    await this.page.waitForFunction(
      `window.__revivalAtlas !== undefined && (${select.toString()})(window.__revivalAtlas.store.getState())`,
      undefined,
      { timeout },
    );
  }

  async clickAt(lon: number, lat: number): Promise<void> {
    const { x, y } = await this.screenPoint(lon, lat);
    await this.page.mouse.click(x, y);
  }

  /** A finger's tap at a longitude/latitude (the page needs `hasTouch`). */
  async tapAt(lon: number, lat: number): Promise<void> {
    const { x, y } = await this.screenPoint(lon, lat);
    await this.page.touchscreen.tap(x, y);
  }

  /** The swipe divider's touch strip and its grip, in page coordinates. */
  async dividerBoxes(): Promise<{ strip: Box; grip: Box }> {
    const strip = await this.divider.boundingBox();
    const grip = await this.divider.locator('.swipe-handle').boundingBox();
    if (!strip || !grip) throw new Error('divider not visible');
    return { strip, grip };
  }

  /**
   * The boxes of the names the main map shows now (placed symbols only: a name left out for a collision is
   * not among them), for the district and the project label layers.
   */
  async labelBoxes(): Promise<{ districts: Box[]; projects: Box[] }> {
    return this.page.evaluate(() => {
      const atlas = window.__revivalAtlas;
      if (!atlas) throw new Error('map not ready');
      const { map } = atlas;
      const lang = atlas.store.getState().ui.lang;
      // Each layer draws an image named by a prefix and a property (map/layers/*.ts), anchored and offset.
      const boxes = (layer: string, prefix: string, property: string): Box[] => {
        const anchor = (map.getLayoutProperty(layer, 'icon-anchor') as string | undefined) ?? 'center';
        const [dx, dy] = (map.getLayoutProperty(layer, 'icon-offset') as [number, number] | undefined) ?? [
          0, 0,
        ];
        return map.queryRenderedFeatures({ layers: [layer] }).flatMap((feature) => {
          const image = map.getImage(`${prefix}${String(feature.properties[property])}`);
          if (!image || feature.geometry.type !== 'Point') return [];
          const width = image.data.width / image.pixelRatio;
          const height = image.data.height / image.pixelRatio;
          const at = map.project(feature.geometry.coordinates as [number, number]);
          const x = at.x + dx - (anchor === 'left' ? 0 : anchor === 'right' ? width : width / 2);
          return [{ x, y: at.y + dy - height / 2, width, height }];
        });
      };
      return {
        districts: boxes('district-label', 'label:', `name_${lang}`),
        projects: boxes('project-label', 'project-label:', `label_${lang}`),
      };
    });
  }

  async hoverAt(lon: number, lat: number): Promise<void> {
    const { x, y } = await this.screenPoint(lon, lat);
    await this.page.mouse.move(x, y);
  }

  async chooseLanguage(name: string): Promise<void> {
    const label = (await this.page.locator('html').getAttribute('lang')) === 'az' ? 'Dil' : 'Language';
    await this.page.getByRole('combobox', { name: label }).selectOption({ label: name });
  }

  /** The document element: its `lang` and `dir` say the language and the reading direction. */
  get document() {
    return this.page.locator('html');
  }

  /** A side panel's article (a project's passport, a district's panel), by its name. */
  article(name: string | RegExp) {
    return this.page.getByRole('article', { name });
  }

  get divider() {
    return this.page.getByRole('slider', { name: 'Before/after divider' });
  }

  get opacity() {
    return this.page.getByRole('slider', { name: 'After image opacity' });
  }

  get compareButton() {
    return this.page.getByRole('button', { name: 'Compare imagery' });
  }

  get closeComparisonButton() {
    return this.page.getByRole('button', { name: 'Close comparison' });
  }

  /** A project passport's button that opens the comparison framed on the project. */
  get beforeAfterButton() {
    return this.page.getByRole('button', { name: 'Before / after' });
  }

  get mainCanvas() {
    return this.page.locator('.map-main canvas');
  }

  get secondaryCanvas() {
    return this.page.locator('.map-secondary canvas');
  }

  /** The banner that says some data could not be loaded. */
  get dataNotice() {
    return this.page.locator('.data-notice');
  }

  get alerts() {
    return this.page.getByRole('alert');
  }

  get attribution() {
    return this.page.locator('footer.attribution');
  }

  get dataIssues() {
    return this.page.getByRole('region', { name: 'Data issues' });
  }

  /** "Scene 1 of 2" in the guided tour. */
  tourStep(step: number, of: number) {
    return this.page.getByText(`Scene ${step} of ${of}`);
  }

  async openTour(): Promise<void> {
    await this.page.getByRole('button', { name: 'Guided tour' }).click();
  }

  async nextTourScene(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next scene' }).click();
  }

  async takeItHome(): Promise<void> {
    await this.page.getByRole('button', { name: 'Take it home' }).click();
  }

  get qrCode() {
    return this.page.getByRole('img', { name: /QR code of the link/ });
  }

  get filters() {
    return this.page.getByRole('region', { name: 'Filters', exact: true });
  }

  get list() {
    return this.page.getByRole('list', { name: 'Projects' });
  }

  /** Opens a filter group where the panel folds them (one-column desktops and tablets); elsewhere a no-op. */
  async openFilterGroup(group: string): Promise<void> {
    const folded = this.filters.getByRole('button', { name: new RegExp(`^${group}`), expanded: false });
    if ((await folded.count()) > 0) await folded.click();
  }

  /** Ticks or unticks a facet value (its label starts with `label`, e.g. "Housing"). */
  async toggleFilter(group: 'Category' | 'Status' | 'District', label: string): Promise<void> {
    await this.openFilterGroup(group);
    await this.filters
      .getByRole('group', { name: group })
      .getByRole('checkbox', { name: new RegExp(`^${label}`) })
      .click();
  }

  async search(text: string): Promise<void> {
    await this.filters.getByRole('searchbox', { name: 'Search projects' }).fill(text);
  }

  /** Names of the projects in the list, in order. */
  async listedNames(): Promise<string[]> {
    return this.list.locator('.row-name').allTextContents();
  }

  async openFromList(name: string): Promise<void> {
    await this.list.getByRole('button', { name: new RegExp(name) }).click();
  }

  /** Saves what a download button produces and returns its text. */
  async download(label: 'GeoJSON' | 'CSV (spreadsheet)'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: label, exact: true }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  async mapCenter(): Promise<{ lng: number; lat: number; zoom: number }> {
    return this.page.evaluate(() => {
      const map = window.__revivalAtlas?.map;
      if (!map) throw new Error('map not ready');
      return { ...map.getCenter(), zoom: map.getZoom() };
    });
  }

  /** Waits until every imagery map on screen has drawn its tiles. */
  async waitForImagery(): Promise<void> {
    // A scene or a project flies the camera: the imagery to wait for is the one at the end of the flight.
    await this.page.waitForFunction(() => window.__revivalAtlas?.map.isMoving() === false);
    await this.page.waitForFunction(() => {
      const status = window.__revivalAtlas?.store.getState().compare.status;
      const open = window.__revivalAtlas?.store.getState().compare.open;
      return (
        status &&
        (open ? status.before !== 'loading' && status.after !== 'loading' : status.base !== 'loading')
      );
    });
    // Every map on screen has all its tiles (not only the first one) and has drawn them. Maps of another
    // compare mode are kept, hidden.
    await this.page.waitForFunction(() => {
      const atlas = window.__revivalAtlas;
      const maps = [atlas?.map, atlas?.secondary, ...Object.values(atlas?.panes ?? {})].filter(
        (map) =>
          map !== undefined &&
          document.body.contains(map.getCanvas()) &&
          getComputedStyle(map.getCanvas()).visibility !== 'hidden',
      );
      return maps.every((map) => map?.loaded() && map.areTilesLoaded());
    });
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }

  /** Drags the swipe divider to a fraction of the map area's width. */
  async dragDivider(fraction: number): Promise<void> {
    const handle = this.page.getByRole('slider', { name: 'Before/after divider' });
    const area = await this.page.locator('.map-stack').boundingBox();
    const box = await handle.boundingBox();
    if (!area || !box) throw new Error('divider not visible');
    const y = area.y + area.height / 2;
    await this.page.mouse.move(box.x + box.width / 2, y);
    await this.page.mouse.down();
    for (let step = 1; step <= 10; step++) {
      const x =
        box.x + box.width / 2 + ((area.x + area.width * fraction - (box.x + box.width / 2)) * step) / 10;
      await this.page.mouse.move(x, y);
    }
    await this.page.mouse.up();
  }

  /** Drags the main map by a number of pixels. */
  async dragMap(dx: number, dy: number): Promise<void> {
    const box = await this.mainCanvas.boundingBox();
    if (!box) throw new Error('map not visible');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 5 });
    await this.page.mouse.up();
    await this.waitForMapIdle();
  }

  /** Centres of the main and the secondary (side by side) maps. */
  async centres(): Promise<{ lng: number; lat: number }[]> {
    return this.page.evaluate(() => {
      const main = window.__revivalAtlas?.map;
      const secondary = window.__revivalAtlas?.secondary;
      return [main, secondary].map((map) => (map ? map.getCenter() : { lng: NaN, lat: NaN }));
    });
  }

  /** Presses Tab (Shift+Tab going `backwards`) until `target` has focus, as a keyboard-only visitor would. */
  async tabTo(target: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
    await target.waitFor({ state: 'attached' });
    for (let press = 0; press < max; press++) {
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`${String(target)} did not get focus in ${max} presses of Tab`);
  }

  /**
   * What has focus, whether it (or, for a hidden native input, its label) shows a focus ring, and whether
   * it had focus before since the last `reset` (a full round of Tab is then done).
   */
  async focusRing(reset = false): Promise<{ name: string; ring: boolean; inView: boolean; again: boolean }> {
    return this.page.evaluate((reset) => {
      const store = window as { __focusSeen?: WeakSet<Element> };
      if (reset || !store.__focusSeen) store.__focusSeen = new WeakSet();
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element === document.body) {
        return { name: 'body', ring: false, inView: false, again: false };
      }
      const again = store.__focusSeen.has(element);
      store.__focusSeen.add(element);
      const ringOf = (target: Element) => {
        const style = getComputedStyle(target);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      };
      // A visually hidden radio (the compare modes) shows its ring on its label.
      const hidden = element.offsetWidth <= 2 || getComputedStyle(element).opacity === '0';
      const ring =
        ringOf(element) || (hidden && element.parentElement !== null && ringOf(element.parentElement));
      const box = element.getBoundingClientRect();
      const inView = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      const label =
        element.getAttribute('aria-label') ??
        (element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : undefined) ??
        element.textContent;
      return {
        name: `${element.tagName.toLowerCase()} "${(label ?? '').trim().slice(0, 40)}"`,
        ring,
        inView,
        again,
      };
    }, reset);
  }

  /**
   * Takes the main map's WebGL context away, as a GPU reset or a driver update would, and waits until it is
   * gone. `restoreMapContext` gives it back (a browser may also never do so).
   */
  async loseMapContext(): Promise<void> {
    await this.page.evaluate(() => {
      const canvas = window.__revivalAtlas?.map.getCanvas();
      const extension = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
      if (!canvas || !extension) throw new Error('no WebGL context to lose');
      (window as unknown as { __lostContext: WEBGL_lose_context }).__lostContext = extension;
      return new Promise<void>((resolve) => {
        canvas.addEventListener('webglcontextlost', () => resolve(), { once: true });
        extension.loseContext();
      });
    });
  }

  async restoreMapContext(): Promise<void> {
    await this.page.evaluate(() =>
      (window as unknown as { __lostContext: WEBGL_lose_context }).__lostContext.restoreContext(),
    );
  }

  /** The main map's canvas is a new element since `mark` was called (the map was created anew). */
  async markMapCanvas(): Promise<void> {
    await this.page.evaluate(() => window.__revivalAtlas?.map.getCanvas().setAttribute('data-old', ''));
  }

  async mapCanvasIsNew(): Promise<boolean> {
    return this.page.evaluate(() => {
      const canvas = window.__revivalAtlas?.map.getCanvas();
      return canvas !== undefined && canvas.isConnected && !canvas.hasAttribute('data-old');
    });
  }

  /** The feature-state of a project's marker or route. */
  async projectState(id: string): Promise<Record<string, unknown>> {
    return this.page.evaluate((id) => {
      const map = window.__revivalAtlas?.map;
      if (!map) return {};
      for (const source of ['project-points', 'project-lines']) {
        const feature = map.querySourceFeatures(source).find((f) => f.properties.pid === id);
        if (feature?.id !== undefined) return map.getFeatureState({ source, id: feature.id });
      }
      return {};
    }, id);
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
