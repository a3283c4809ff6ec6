import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY } from './backoff.ts';
import {
  DEFAULT_USER_AGENT,
  FatalHttpError,
  RetriesExhaustedError,
  TileFetcher,
  type FetchLike,
} from './fetcher.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

/** A fake server: answers from a script, records requests; time only moves when the fetcher sleeps. */
function setup(
  script: Array<number | Error | { status: number; headers?: Record<string, string>; body?: Uint8Array }>,
) {
  const requests: Array<{ url: string; headers: Headers }> = [];
  const sleeps: number[] = [];
  let clock = 1_000_000;
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url, headers: new Headers(init.headers) });
    const step = script.shift() ?? 200;
    if (step instanceof Error) throw step;
    const { status, headers, body } =
      typeof step === 'number' ? { status: step, headers: {}, body: undefined } : step;
    const payload = status === 200 ? (body ?? PNG) : null;
    return new Response(payload ? Uint8Array.from(payload) : null, { status, headers });
  };
  const fetcher = new TileFetcher({
    userAgent: DEFAULT_USER_AGENT,
    policy: { ...DEFAULT_RETRY, retries: 3 },
    timeoutMs: 5000,
    fetch,
    random: () => 0,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
  });
  return { fetcher, requests, sleeps };
}

describe('TileFetcher', () => {
  it('gets a tile with a descriptive User-Agent', async () => {
    const { fetcher, requests } = setup([200]);
    expect(await fetcher.get('https://t.test/1/2/3.png')).toEqual({ kind: 'tile', data: PNG });
    expect(requests[0]?.headers.get('user-agent')).toMatch(/^RevivalAtlas-imagery-pack\/1\.0 \(.*kiosk.*\)$/);
    expect(fetcher.stats).toMatchObject({ requests: 1, retries: 0, bytes: PNG.length });
  });

  it('treats 404, 204 and an empty 200 as "no tile", without retrying', async () => {
    for (const status of [404, 204]) {
      const { fetcher, requests } = setup([status]);
      expect(await fetcher.get('u')).toEqual({ kind: 'missing', status });
      expect(requests).toHaveLength(1);
    }
    const { fetcher } = setup([{ status: 200, body: new Uint8Array(0) }]);
    expect(await fetcher.get('u')).toEqual({ kind: 'missing', status: 200 });
  });

  it('retries 5xx and network errors with exponential back-off', async () => {
    const { fetcher, requests, sleeps } = setup([500, new TypeError('fetch failed'), 503, 200]);
    expect((await fetcher.get('u')).kind).toBe('tile');
    expect(requests).toHaveLength(4);
    expect(sleeps).toEqual([250, 500, 1000]); // random() = 0: half of 500, 1000, 2000
    expect(fetcher.stats.retries).toBe(3);
    expect(Object.fromEntries(fetcher.stats.statuses)).toEqual({
      '500': 1,
      '503': 1,
      '200': 1,
      'network error': 1,
    });
  });

  it('honours Retry-After on 429, for every later request too', async () => {
    const { fetcher, sleeps } = setup([{ status: 429, headers: { 'Retry-After': '7' } }, 200]);
    expect((await fetcher.get('u')).kind).toBe('tile');
    expect(sleeps).toEqual([7000]);
    const zero = setup([{ status: 429, headers: { 'Retry-After': '0' } }, 200]);
    expect((await zero.fetcher.get('u')).kind).toBe('tile');
    expect(zero.sleeps).toEqual([]);
  });

  it('pauses other workers until a Retry-After has passed', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    let first = true;
    const fetcher = new TileFetcher({
      userAgent: 'x',
      policy: DEFAULT_RETRY,
      timeoutMs: 1000,
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      fetch: async () => {
        if (first) {
          first = false;
          return new Response(null, { status: 429, headers: { 'Retry-After': '60' } });
        }
        return new Response(Uint8Array.from(PNG));
      },
    });
    await fetcher.get('a'); // 429, then waits 60 s before asking again (the fake sleep does not move the clock)
    clock = 20_000;
    await fetcher.get('b'); // another worker: must wait the remaining 40 s before asking at all
    expect(sleeps).toEqual([60_000, 40_000]);
  });

  it('gives up after the last retry', async () => {
    const { fetcher, requests } = setup([500, 500, 500, 500, 500]);
    await expect(fetcher.get('https://t.test/a')).rejects.toThrow(RetriesExhaustedError);
    expect(requests).toHaveLength(4);
    const again = setup([500, 500, 500, 502]);
    await expect(again.fetcher.get('https://t.test/a')).rejects.toThrow(/4 attempts \(last: HTTP 502\)/);
  });

  it('stops at once on 403 and other answers that a retry cannot fix', async () => {
    const { fetcher, requests } = setup([403]);
    await expect(fetcher.get('u')).rejects.toThrow(FatalHttpError);
    expect(requests).toHaveLength(1);
  });

  it('times out a request that hangs, and retries it', async () => {
    let calls = 0;
    const fetcher = new TileFetcher({
      userAgent: 'x',
      policy: { ...DEFAULT_RETRY, retries: 1, baseDelayMs: 1 },
      timeoutMs: 30,
      fetch: (_url, init) => {
        calls += 1;
        if (calls > 1) return Promise.resolve(new Response(Uint8Array.from(PNG)));
        return new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        );
      },
    });
    expect((await fetcher.get('u')).kind).toBe('tile');
    expect(fetcher.stats.statuses.get('network error')).toBe(1);
  });

  it('stops when the run is aborted', async () => {
    const controller = new AbortController();
    const fetcher = new TileFetcher({
      userAgent: 'x',
      policy: { ...DEFAULT_RETRY, baseDelayMs: 10_000 },
      timeoutMs: 1000,
      fetch: async () => new Response(null, { status: 500 }),
    });
    const pending = fetcher.get('u', controller.signal);
    setTimeout(() => controller.abort(new Error('interrupted')), 20);
    await expect(pending).rejects.toThrow('interrupted');
  });
});
