/**
 * Reads what the main map really draws, frame by frame (the time-lapse benchmark and the date-step test).
 *
 * Why the map's own WebGL context in its `render` event: the event fires right after MapLibre drew a frame,
 * in the same animation frame, before the browser composites it, so `readPixels` there returns exactly the
 * picture about to be shown (no `preserveDrawingBuffer` needed, nothing changed in the app) and every frame
 * the map draws is read. Screenshots would miss frames (each one takes longer than a frame) and could
 * catch a later one than the date read beside it.
 *
 * A grid of points is classified by the nearest fixture colour: a date, or `blank` (the land background,
 * nothing drawn). The overlays are hidden in the page, so every point is imagery or background.
 * Beside it, each animation frame records the date the app claims (the Date slider's day as shown): the
 * canvas on screen during a frame is the last one drawn, so every frame the visitor sees is judged.
 */
import type { Rgb } from './pixels.ts';

export interface DrawnFrame {
  /** The animation frame's time (document.timeline), shared by everything drawn in that frame. */
  t: number;
  /** performance.now() when read. */
  now: number;
  /** The dates seen in the grid (sorted), and how many points showed no imagery. */
  years: string[];
  blanks: number;
}

export interface Claim {
  t: number;
  day: string;
}

export interface SamplerState {
  drawn: DrawnFrame[];
  claims: Claim[];
  /** Renders read while another framebuffer than the screen's was bound (skipped; should stay 0). */
  skipped: number;
  /** Resolves when the map has drawn `year` in every grid point; with the time it did. */
  waitFor: (year: string, timeoutMs: number) => Promise<number>;
  recording: boolean;
  /** Forgets what was recorded; the date claimed now is the first claim (a step from it is judged). */
  reset: () => void;
}

/** Runs in the page (a function passed to page.evaluate): installs `window.__frames`. */
export function installSampler(colours: Record<string, Rgb>): void {
  const atlas = window.__revivalAtlas;
  if (!atlas) throw new Error('no diagnostics hook');
  const map = atlas.map;
  // The overlays would tint the samples: only the imagery and the land background stay.
  for (const layer of map.getStyle().layers) {
    if (layer.type !== 'raster' && layer.type !== 'background') {
      map.setLayoutProperty(layer.id, 'visibility', 'none');
    }
  }
  const canvas = map.getCanvas();
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) throw new Error('no WebGL context on the map canvas');
  const slider = () => document.querySelector('.timeline-track[role=slider]')?.getAttribute('data-day') ?? '';
  const entries = Object.entries(colours);
  const pixel = new Uint8Array(4);
  const waiters: { year: string; resolve: (now: number) => void }[] = [];
  const state: SamplerState = {
    drawn: [],
    claims: [],
    skipped: 0,
    recording: true,
    reset: () => {
      state.drawn = [];
      state.claims = [{ t: Number(document.timeline.currentTime), day: slider() }];
    },
    waitFor: (year, timeoutMs) =>
      new Promise((resolve, reject) => {
        const waiter = { year, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          if (waiters.includes(waiter)) reject(new Error(`${year} not drawn in ${timeoutMs} ms`));
        }, timeoutMs);
        map.triggerRepaint();
      }),
  };
  (window as unknown as { __frames: SamplerState }).__frames = state;
  const COLS = 8;
  const ROWS = 5;
  map.on('render', () => {
    if (gl.getParameter(gl.FRAMEBUFFER_BINDING) !== null) {
      state.skipped++;
      return;
    }
    const years = new Set<string>();
    let blanks = 0;
    for (let row = 0; row < ROWS; row++) {
      for (let col = 0; col < COLS; col++) {
        const x = Math.round(((col + 0.5) / COLS) * gl.drawingBufferWidth);
        const y = Math.round(((row + 0.5) / ROWS) * gl.drawingBufferHeight);
        gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        let best: string | undefined;
        let bestDistance = 40;
        for (const [year, [r, g, b]] of entries) {
          const d = Math.hypot((pixel[0] ?? 0) - r, (pixel[1] ?? 0) - g, (pixel[2] ?? 0) - b);
          if (d < bestDistance) [best, bestDistance] = [year, d];
        }
        if (best === undefined) blanks++;
        else years.add(best);
      }
    }
    const now = performance.now();
    const frame = { t: Number(document.timeline.currentTime), now, years: [...years].sort(), blanks };
    if (state.recording) state.drawn.push(frame);
    for (const waiter of [...waiters]) {
      if (blanks === 0 && frame.years.length === 1 && frame.years[0] === waiter.year) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(now);
      }
    }
  });
  const tick = (t: number) => {
    const day = slider();
    if (state.recording && state.claims.at(-1)?.day !== day) state.claims.push({ t, day });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The fixture year shown on a day: the latest whose mosaic is shown by then (from 31 December on). */
export function yearOn(day: string, years: readonly string[]): string | undefined {
  return years.findLast((year) => `${year}-12-31` <= day);
}

export interface FrameVerdict {
  /** Animation frames judged (from the first claim on). */
  frames: number;
  /** Mixed dates, blank points, or a date neither claimed nor the one shown before the claim changed. */
  wrong: number;
  /** One complete date, the previous one, while the claimed date's imagery loads (the "hold"). */
  held: number;
  examples: string[];
}

/**
 * Judges every animation frame: its claim against the last picture drawn by then. A frame is right when the
 * picture is one date, complete, and the claimed one; it is held when it is complete and shows the date
 * claimed just before (a step waiting for its imagery); anything else is wrong.
 */
export function judgeFrames(state: Pick<SamplerState, 'drawn' | 'claims'>, years: readonly string[]) {
  const verdict: FrameVerdict = { frames: 0, wrong: 0, held: 0, examples: [] };
  const times = [...new Set([...state.drawn.map((d) => d.t), ...state.claims.map((c) => c.t)])].sort(
    (a, b) => a - b,
  );
  let drawn: DrawnFrame | undefined;
  let claimIndex = -1;
  let d = 0;
  for (const t of times) {
    while (d < state.drawn.length && (state.drawn[d]?.t ?? Infinity) <= t) drawn = state.drawn[d++];
    while ((state.claims[claimIndex + 1]?.t ?? Infinity) <= t) claimIndex++;
    const claim = state.claims[claimIndex];
    if (!claim || !drawn) continue;
    verdict.frames++;
    const expected = yearOn(claim.day, years);
    const before = yearOn(state.claims[claimIndex - 1]?.day ?? '', years);
    const one = drawn.blanks === 0 && drawn.years.length === 1 ? drawn.years[0] : undefined;
    if (one !== undefined && one === expected) continue;
    if (one !== undefined && one === before) {
      verdict.held++;
      continue;
    }
    verdict.wrong++;
    if (verdict.examples.length < 5) {
      verdict.examples.push(
        `claims ${claim.day}: drew ${drawn.years.join('+') || 'nothing'}, ${drawn.blanks} blank of 40`,
      );
    }
  }
  return verdict;
}
