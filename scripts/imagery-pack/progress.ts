/** A progress line on stderr: a bar with \r on a terminal, one line every ~5 % otherwise (CI, log files). */

export interface ProgressState {
  done: number;
  total: number;
  /** Tiles that needed the network in this run (the rate counts only these). */
  fetched: number;
  /** Tiles that were already cached when the run started (they count as done at once). */
  cached: number;
  missing: number;
  failed: number;
  elapsedMs: number;
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

export function rate(state: ProgressState): number {
  return state.elapsedMs > 0 ? (state.fetched / state.elapsedMs) * 1000 : 0;
}

export function formatProgress(state: ProgressState, barWidth = 24): string {
  const fraction = state.total > 0 ? Math.min(1, state.done / state.total) : 1;
  const filled = Math.round(fraction * barWidth);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`;
  const perSecond = rate(state);
  const remaining = state.total - state.done;
  const eta = remaining === 0 ? 0 : perSecond > 0 ? (remaining / perSecond) * 1000 : Number.NaN;
  const extras = [
    state.cached ? `${state.cached} cached` : '',
    state.missing ? `${state.missing} missing` : '',
    state.failed ? `${state.failed} failed` : '',
  ].filter(Boolean);
  return [
    bar,
    `${state.done}/${state.total}`,
    `${(fraction * 100).toFixed(1)}%`,
    `${perSecond.toFixed(1)} tiles/s`,
    `ETA ${formatDuration(eta)}`,
    ...(extras.length ? [`(${extras.join(', ')})`] : []),
  ].join(' ');
}

export interface ProgressOutput {
  isTTY?: boolean;
  write: (text: string) => unknown;
}

export class ProgressReporter {
  private readonly out: ProgressOutput;
  private readonly now: () => number;
  private lastDraw = -Infinity;
  private lastStep = -1;
  private lastLine = '';

  constructor(out: ProgressOutput, now: () => number = Date.now) {
    this.out = out;
    this.now = now;
  }

  /** Redraws at most ~10 times a second on a terminal; prints a line at each 5 % step otherwise. */
  update(state: ProgressState): void {
    if (this.out.isTTY) {
      const now = this.now();
      if (now - this.lastDraw < 100) return;
      this.lastDraw = now;
      this.draw(formatProgress(state));
      return;
    }
    const step = state.total > 0 ? Math.floor((state.done / state.total) * 20) : 20;
    if (step > this.lastStep) {
      this.lastStep = step;
      this.print(formatProgress(state));
    }
  }

  /** The final state (always shown), then a newline on a terminal so that later output has its own line. */
  finish(state: ProgressState): void {
    const line = formatProgress(state);
    if (this.out.isTTY) {
      this.draw(line);
      this.out.write('\n');
    } else if (line !== this.lastLine) {
      this.print(line);
    }
  }

  private draw(line: string): void {
    this.out.write(`\r${line}${' '.repeat(Math.max(0, this.lastLine.length - line.length))}`);
    this.lastLine = line;
  }

  private print(line: string): void {
    this.out.write(`${line}\n`);
    this.lastLine = line;
  }
}
