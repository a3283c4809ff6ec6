import { describe, expect, it } from 'vitest';
import { backoffDelay, backoffSchedule, classifyStatus, DEFAULT_RETRY, parseRetryAfter } from './backoff.ts';

describe('back-off', () => {
  it('doubles from the base delay up to the cap, with jitter between half and all of it', () => {
    expect(backoffSchedule(DEFAULT_RETRY)).toEqual([
      [250, 500],
      [500, 1000],
      [1000, 2000],
      [2000, 4000],
      [4000, 8000],
      [8000, 16000],
    ]);
    const policy = { ...DEFAULT_RETRY, retries: 8 };
    expect(backoffSchedule(policy).at(-1)).toEqual([15000, 30000]);
    expect(backoffDelay(2, DEFAULT_RETRY, () => 0.5)).toBe(1500);
    for (let i = 0; i < 100; i++) {
      const delay = backoffDelay(3, DEFAULT_RETRY);
      expect(delay).toBeGreaterThanOrEqual(2000);
      expect(delay).toBeLessThanOrEqual(4000);
    }
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2025-05-01T12:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 May 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 01 May 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('classifies answers', () => {
    expect(classifyStatus(200)).toBe('tile');
    expect(classifyStatus(206)).toBe('tile');
    expect(classifyStatus(204)).toBe('missing');
    expect(classifyStatus(404)).toBe('missing');
    expect(classifyStatus(429)).toBe('retry');
    expect(classifyStatus(408)).toBe('retry');
    expect(classifyStatus(500)).toBe('retry');
    expect(classifyStatus(503)).toBe('retry');
    expect(classifyStatus(403)).toBe('fatal');
    expect(classifyStatus(400)).toBe('fatal');
    expect(classifyStatus(301)).toBe('fatal');
  });
});
