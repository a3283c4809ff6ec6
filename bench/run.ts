/**
 * `npm run bench`: measures the production build and writes bench/results/latest.json (merging with the
 * figures other benchmarks wrote), then prints a table.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bundleSizes } from './bundle-size.ts';
import { firstIdle } from './first-idle.ts';
import { launch } from './lib/browser.ts';
import { startPreview } from './lib/preview.ts';

const RESULTS = 'bench/results/latest.json';

async function main(): Promise<void> {
  const previous = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {};
  const bundle = bundleSizes();
  const preview = await startPreview(4180);
  const browser = await launch();
  try {
    const idle = await firstIdle(browser, preview.url);
    const results = {
      ...previous,
      measuredAt: new Date().toISOString(),
      machine: `${process.platform} ${process.arch}, node ${process.version}`,
      bundle,
      firstIdleMs: idle,
    };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.table(
      bundle.chunks.map(({ file, bytes, gzip }) => ({
        file,
        kB: (bytes / 1024).toFixed(1),
        'gzip kB': (gzip / 1024).toFixed(1),
      })),
    );
    console.log(`total gzip: ${(bundle.totalGzip / 1024).toFixed(1)} kB`);
    console.log(
      `first map idle (median of ${idle.runs.length}): ${idle.median} ms  runs: ${idle.runs.join(', ')}`,
    );
  } finally {
    await browser.close();
    preview.stop();
  }
}

await main();
