import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, ProgressReporter, type ProgressState } from './progress.ts';

const state = (overrides: Partial<ProgressState> = {}): ProgressState => ({
  done: 0,
  total: 1000,
  fetched: 0,
  cached: 0,
  missing: 0,
  failed: 0,
  elapsedMs: 0,
  ...overrides,
});

describe('progress', () => {
  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(59_400)).toBe('59s');
    expect(formatDuration(107_000)).toBe('1m47s');
    expect(formatDuration(3_725_000)).toBe('1h02m');
    expect(formatDuration(Number.NaN)).toBe('?');
  });

  it('shows done/total, percentage, rate and ETA', () => {
    expect(formatProgress(state({ done: 250, fetched: 250, elapsedMs: 10_000 }), 10)).toBe(
      '[###-------] 250/1000 25.0% 25.0 tiles/s ETA 30s',
    );
    // Cached tiles count as done but not in the rate.
    expect(
      formatProgress(state({ done: 600, fetched: 100, cached: 500, missing: 3, elapsedMs: 10_000 }), 10),
    ).toBe('[######----] 600/1000 60.0% 10.0 tiles/s ETA 40s (500 cached, 3 missing)');
    expect(formatProgress(state({ elapsedMs: 0 }), 4)).toBe('[----] 0/1000 0.0% 0.0 tiles/s ETA ?');
    expect(formatProgress(state({ done: 1000, fetched: 1000, elapsedMs: 5000, failed: 2 }), 4)).toBe(
      '[####] 1000/1000 100.0% 200.0 tiles/s ETA 0s (2 failed)',
    );
  });

  it('prints a line every 5 % when stderr is not a terminal', () => {
    const lines: string[] = [];
    const reporter = new ProgressReporter({ isTTY: false, write: (text) => lines.push(text) });
    for (let done = 1; done <= 1000; done++)
      reporter.update(state({ done, fetched: done, elapsedMs: done * 10 }));
    reporter.finish(state({ done: 1000, fetched: 1000, elapsedMs: 10_000 }));
    expect(lines.length).toBe(21); // 0 %, 5 %, … 100 %; finish() does not repeat the last line
    expect(lines.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(lines.at(-1)).toContain('1000/1000 100.0%');
  });

  it('redraws one line with \\r on a terminal, at most ten times a second', () => {
    const out: string[] = [];
    let now = 0;
    const reporter = new ProgressReporter({ isTTY: true, write: (text) => out.push(text) }, () => now);
    for (let done = 1; done <= 100; done++) {
      now += 20;
      reporter.update(state({ done, total: 100, fetched: done, elapsedMs: now }));
    }
    reporter.finish(state({ done: 100, total: 100, fetched: 100, elapsedMs: now }));
    expect(out.length).toBeGreaterThan(15);
    expect(out.length).toBeLessThan(25);
    expect(out.slice(0, -1).every((text) => text.startsWith('\r') && !text.includes('\n'))).toBe(true);
    expect(out.at(-1)).toBe('\n');
  });
});
