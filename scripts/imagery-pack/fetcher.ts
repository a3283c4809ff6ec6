/**
 * One tile over HTTP, politely: a User-Agent that says who is asking, a timeout, retries with back-off and
 * jitter on network errors, 5xx, 408 and 429, and Retry-After honoured for every worker (a 429 pauses the
 * whole pool, not just the request that got it).
 */
import { backoffDelay, classifyStatus, parseRetryAfter, type RetryPolicy } from './backoff.ts';

export const DEFAULT_USER_AGENT =
  'RevivalAtlas-imagery-pack/1.0 (offline imagery for the Revival Atlas exhibition kiosk; ' +
  '+https://revival-atlas.example.org/)';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type TileAnswer = { kind: 'tile'; data: Uint8Array } | { kind: 'missing'; status: number };

/** An answer that retrying cannot fix (403, 400…): the run stops. */
export class FatalHttpError extends Error {
  readonly status: number;
  constructor(url: string, status: number) {
    super(
      `HTTP ${status} for ${url}: not retried (check the URL template, the layer's terms, or the User-Agent)`,
    );
    this.status = status;
  }
}

/** A tile that still failed after every retry. */
export class RetriesExhaustedError extends Error {
  constructor(url: string, attempts: number, last: string) {
    super(`${url}: gave up after ${attempts} attempts (last: ${last})`);
  }
}

export interface FetcherOptions {
  userAgent: string;
  policy: RetryPolicy;
  timeoutMs: number;
  fetch?: FetchLike;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Told about every retry (for a verbose log). */
  onRetry?: (url: string, reason: string, delayMs: number) => void;
}

export interface FetcherStats {
  requests: number;
  retries: number;
  bytes: number;
  statuses: Map<string, number>;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class TileFetcher {
  readonly stats: FetcherStats = { requests: 0, retries: 0, bytes: 0, statuses: new Map() };
  private readonly options: FetcherOptions;
  private readonly fetch: FetchLike;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly now: () => number;
  /** No request starts before this time (set by a 429 / 503 with Retry-After). */
  private notBefore = 0;

  constructor(options: FetcherOptions) {
    this.options = options;
    this.fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.sleep = options.sleep ?? sleep;
    this.now = options.now ?? Date.now;
  }

  private count(key: string): void {
    this.stats.statuses.set(key, (this.stats.statuses.get(key) ?? 0) + 1);
  }

  async get(url: string, signal?: AbortSignal): Promise<TileAnswer> {
    const { policy } = this.options;
    let last = '';
    for (let attempt = 0; attempt <= policy.retries; attempt++) {
      const wait = this.notBefore - this.now();
      if (wait > 0) await this.sleep(wait, signal);
      signal?.throwIfAborted();

      let retryAfter: number | undefined;
      try {
        this.stats.requests += 1;
        const timeout = AbortSignal.timeout(this.options.timeoutMs);
        const response = await this.fetch(url, {
          headers: { 'User-Agent': this.options.userAgent, Accept: 'image/*' },
          redirect: 'follow',
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        this.count(String(response.status));
        const outcome = classifyStatus(response.status);
        if (outcome === 'tile') {
          const data = new Uint8Array(await response.arrayBuffer());
          this.stats.bytes += data.length;
          // Some servers answer "no tile" with an empty 200.
          return data.length > 0 ? { kind: 'tile', data } : { kind: 'missing', status: response.status };
        }
        await response.body?.cancel().catch(() => undefined);
        if (outcome === 'missing') return { kind: 'missing', status: response.status };
        if (outcome === 'fatal') throw new FatalHttpError(url, response.status);
        last = `HTTP ${response.status}`;
        retryAfter = parseRetryAfter(response.headers.get('Retry-After'), this.now());
      } catch (error) {
        if (error instanceof FatalHttpError) throw error;
        if (signal?.aborted) throw signal.reason;
        this.count('network error');
        last = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }

      if (attempt === policy.retries) break;
      const delay =
        retryAfter !== undefined
          ? Math.min(retryAfter, policy.maxRetryAfterMs)
          : backoffDelay(attempt, policy, this.options.random);
      this.stats.retries += 1;
      this.options.onRetry?.(url, last, delay);
      // A Retry-After holds back every worker (the wait at the top of the loop); a back-off only this one.
      if (retryAfter !== undefined) this.notBefore = Math.max(this.notBefore, this.now() + delay);
      else await this.sleep(delay, signal);
    }
    throw new RetriesExhaustedError(url, policy.retries + 1, last);
  }
}
