/**
 * What an unattended touch screen needs, measured in the page: touch targets, no text selection, no way
 * out through a link, nothing of the panels off screen. Returns plain findings (empty lists pass).
 */
import type { Page } from './helper.ts';

/** The smallest touch target, in CSS pixels, in both directions (the issue's 56 px). */
export const MIN_TARGET = 56;

export interface KioskAudit {
  /** Controls smaller than MIN_TARGET in width or height: "name (w×h)". */
  smallTargets: string[];
  /** Links leading off the app (another origin). */
  externalLinks: string[];
  /** Elements whose text can be selected (inputs excepted: a visitor types there). */
  selectable: string[];
  /** Panel parts (or their content) outside the viewport: "what (box)". */
  offScreen: string[];
  /** The page itself scrolls (it must not: only panels inside it may). */
  pageScrolls: boolean;
  /** How many controls were measured (a sanity check that the audit saw the screen). */
  controls: number;
}

export async function auditKiosk(page: Page): Promise<KioskAudit> {
  return page.evaluate((min) => {
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Visually hidden text (1 px, clipped) and elements moved off screen until focused (the skip link) are
      // not on screen; a control inside a scrolled panel is (it can be scrolled to).
      return (
        box.width > 1 &&
        box.height > 1 &&
        style.visibility !== 'hidden' &&
        Number(style.opacity) > 0 &&
        box.right > 0 &&
        box.bottom > 0 &&
        element.closest('[aria-hidden="true"], [inert]') === null
      );
    };
    const describe = (element: Element) => {
      const label =
        element.getAttribute('aria-label') ??
        (element as HTMLElement).innerText?.trim().split('\n')[0] ??
        element.getAttribute('name') ??
        '';
      return `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${label.slice(0, 40)}"`;
    };
    const size = (box: DOMRect) => `${Math.round(box.width)}×${Math.round(box.height)}`;

    const controls = [
      ...document.querySelectorAll(
        'button, select, input, textarea, a[href], summary, [role="button"], [role="slider"], [role="tab"]',
      ),
    ].filter(shown);
    const smallTargets: string[] = [];
    for (const control of controls) {
      // A checkbox or radio is touched through its label: the label is the target.
      const target =
        control instanceof HTMLInputElement && ['checkbox', 'radio'].includes(control.type)
          ? (control.closest('label') ?? control)
          : control;
      const box = target.getBoundingClientRect();
      if (box.width < min - 0.5 || box.height < min - 0.5)
        smallTargets.push(`${describe(control)} (${size(box)})`);
    }

    const externalLinks = [...document.querySelectorAll('a[href]')]
      .filter((link) => new URL((link as HTMLAnchorElement).href).origin !== window.location.origin)
      .map((link) => `${describe(link)} → ${(link as HTMLAnchorElement).href}`);

    const selectable = [...document.querySelectorAll('body, body *')]
      .filter((element) => !element.matches('input, textarea, [contenteditable="true"]'))
      .filter((element) => getComputedStyle(element).userSelect !== 'none')
      .filter(shown)
      .map(describe)
      .slice(0, 20);

    // The panels and what floats over the map: each must lie within the viewport, and so must what they hold
    // unless a scrolling panel holds it (then it lies within that panel, across at least).
    const offScreen: string[] = [];
    const panels = document.querySelectorAll(
      '.app-header, aside.panel, .tour, .compare-overlay, .attribution, .kiosk-card, dialog[open], .swipe-handle',
    );
    for (const panel of panels) {
      if (!shown(panel)) continue;
      for (const element of [panel, ...panel.querySelectorAll('*')]) {
        if (!shown(element)) continue;
        const box = element.getBoundingClientRect();
        let scroller = element.parentElement;
        while (scroller && scroller !== panel.parentElement) {
          const { overflowY } = getComputedStyle(scroller);
          if (overflowY === 'auto' || overflowY === 'scroll') break;
          scroller = scroller.parentElement;
        }
        const inside =
          scroller && scroller !== panel.parentElement ? scroller.getBoundingClientRect() : undefined;
        const bounds = inside
          ? { left: inside.left, right: inside.right, top: -Infinity, bottom: Infinity }
          : { left: 0, right: viewport.width, top: 0, bottom: viewport.height };
        if (
          box.left < bounds.left - 1 ||
          box.right > bounds.right + 1 ||
          box.top < bounds.top - 1 ||
          box.bottom > bounds.bottom + 1
        ) {
          offScreen.push(
            `${describe(element)} (${Math.round(box.left)},${Math.round(box.top)} ${size(box)}${inside ? ' in a scrolling panel' : ''})`,
          );
        }
      }
    }
    const root = document.scrollingElement ?? document.documentElement;
    return {
      smallTargets,
      externalLinks,
      selectable,
      offScreen: offScreen.slice(0, 20),
      pageScrolls: root.scrollWidth > viewport.width + 1 || root.scrollHeight > viewport.height + 1,
      controls: controls.length,
    };
  }, MIN_TARGET);
}

/** Whether the page lets a long press or right click open the context menu at a point. */
export async function contextMenuAllowed(page: Page, x: number, y: number): Promise<boolean> {
  await page.evaluate(() => {
    const record = (event: Event) => {
      (window as unknown as { __menuPrevented?: boolean }).__menuPrevented = event.defaultPrevented;
    };
    // On the window, after the page's own handlers (document or element) have had their say.
    window.addEventListener('contextmenu', record, { once: true });
  });
  await page.mouse.click(x, y, { button: 'right' });
  return page.evaluate(() => (window as unknown as { __menuPrevented?: boolean }).__menuPrevented === false);
}

/** Triple-clicks a point and returns the text selected by it. */
export async function selectionAfterTripleClick(page: Page, x: number, y: number): Promise<string> {
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await page.mouse.click(x, y, { clickCount: 3 });
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}
