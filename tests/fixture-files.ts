/** Reads the fixture data set (tests/fixtures/data) for unit and component tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'data');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A fetch that answers `…/data/NAME` from the fixtures, with per-file overrides (text or HTTP status). */
export function fixtureFetch(overrides: Record<string, string | number> = {}) {
  return async (url: string): Promise<Response> => {
    const name = url.split('/').pop() ?? '';
    const override = overrides[name];
    if (typeof override === 'number') return new Response('Not found', { status: override });
    return new Response(override ?? fixtureText(name), { status: 200 });
  };
}

const SHIPPED = join(import.meta.dirname, '..', 'data');

/** A fetch that answers `…/data/NAME` from the data the app ships (data/), for tests on the real data. */
export async function shippedDataFetch(url: string): Promise<Response> {
  return new Response(readFileSync(join(SHIPPED, url.split('/').pop() ?? ''), 'utf8'), { status: 200 });
}
