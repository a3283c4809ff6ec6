/** Retry policy: which answers to retry, and how long to wait (exponential back-off with jitter). */

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Delay before the first retry, in ms; it doubles with every retry. */
  baseDelayMs: number;
  /** Upper limit of one back-off delay, in ms. */
  maxDelayMs: number;
  /** Upper limit of a server's Retry-After, in ms (a longer one is shortened to this). */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 300_000,
};

/**
 * Delay before retry number `retry` (0 = first retry): base × 2^retry, capped, with "equal jitter" (a random
 * value between half and all of it) so that parallel workers do not retry in lockstep.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The whole schedule without jitter extremes: [min, max] per retry (for the docs and tests). */
export function backoffSchedule(policy: RetryPolicy): Array<[number, number]> {
  return Array.from({ length: policy.retries }, (_, retry) => [
    backoffDelay(retry, policy, () => 0),
    backoffDelay(retry, policy, () => 1),
  ]);
}

/** Retry-After (RFC 9110): delay-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export type Outcome =
  /** A tile: store it. */
  | 'tile'
  /** No tile here (404, 204, or an empty 200): remember it and move on. */
  | 'missing'
  /** Worth another try later (5xx, 429, 408, network error). */
  | 'retry'
  /** Retrying will not help (400, 401, 403, …): stop the run. */
  | 'fatal';

export function classifyStatus(status: number): Outcome {
  if (status === 404 || status === 204) return 'missing';
  if (status >= 200 && status < 300) return 'tile';
  if (status === 429 || status === 408 || status >= 500) return 'retry';
  return 'fatal';
}
