/** `npm run bench:load`: the load test alone (bench/load.ts); merges its figures into bench/results/latest.json. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadBench } from './load.ts';

const RESULTS = 'bench/results/latest.json';

export function printLoad(load: Awaited<ReturnType<typeof loadBench>>): void {
  const rows: Record<string, Record<string, string | number>> = {};
  for (const [server, runs] of [
    ['nginx', load.nginx],
    ['vite preview', load.vitePreview],
  ] as const) {
    for (const [workload, byClients] of Object.entries(runs)) {
      for (const [clients, run] of Object.entries(byClients)) {
        rows[`${server}, ${workload}, ${clients.slice(1)} clients`] = {
          'req/s': run.requestsPerSecond,
          'p50 ms': run.latencyMs.p50,
          'p99 ms': run.latencyMs.p99,
          errors: run.errors,
        };
      }
    }
  }
  console.table(rows);
  console.log(
    'Ratios from this run:',
    JSON.stringify({ ratios: load.ratios, scaling: load.scaling }, null, 1),
  );
  console.log(`Errors: ${load.errors}`);
}

async function main(): Promise<void> {
  const load = await loadBench();
  const previous = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {};
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ ...previous, load }, null, 2)}\n`);
  printLoad(load);
  if (load.errors > 0) process.exitCode = 1;
}

if (process.argv[1]?.endsWith('load-run.ts')) await main();
