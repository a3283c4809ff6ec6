/**
 * `npm run lighthouse`: Lighthouse against the production preview, with Debian's Chromium and no network
 * beyond localhost (remote hosts do not resolve, as at an offline kiosk: the app shows its vector base and
 * says imagery is unavailable). Saves the HTML and JSON reports in bench/results/lighthouse/ and the four
 * category scores in bench/results/latest.json. Fails when accessibility is below 1.00 (issue 7's bar).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launchLighthouseChrome } from './lib/lighthouse-chrome.ts';
import { startNginx } from './lib/nginx.ts';
import { startPreview } from './lib/preview.ts';

const PORT = 4191;
/** `LIGHTHOUSE_SERVER=nginx` (npm run lighthouse:nginx): behind the production nginx configuration instead. */
const NGINX = process.env.LIGHTHOUSE_SERVER === 'nginx';
const RESULTS = 'bench/results/latest.json';
const OUT =
  process.env.LIGHTHOUSE_SERVER === 'nginx' ? 'bench/results/lighthouse-nginx' : 'bench/results/lighthouse';

async function main(): Promise<void> {
  const server = NGINX ? await startNginx(PORT, 'dist') : await startPreview(PORT);
  const chrome = await launchLighthouseChrome();
  try {
    // By name: the resolver rules below send every address but localhost nowhere, IP literals included.
    const url = `${server.url.replace('127.0.0.1', 'localhost')}?lang=en`;
    const result = await lighthouse(
      url,
      { port: chrome.port, output: ['html', 'json'], logLevel: 'error' },
      desktopConfig,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const [html, json] = result.report as string[];
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/report.html`, html ?? '');
    writeFileSync(`${OUT}/report.json`, json ?? '');
    const scores = Object.fromEntries(
      Object.entries(result.lhr.categories).map(([id, category]) => [id, category.score]),
    );
    const failing = Object.values(result.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    const previous: Record<string, unknown> = existsSync(RESULTS)
      ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
      : {};
    const lighthouseResults = {
      measuredAt: new Date().toISOString(),
      url,
      server: NGINX ? 'nginx (deploy/nginx)' : 'vite preview',
      preset: 'desktop',
      lighthouseVersion: result.lhr.lighthouseVersion,
      scores,
      failingAudits: failing,
    };
    const key = NGINX ? 'lighthouseNginx' : 'lighthouse';
    writeFileSync(RESULTS, `${JSON.stringify({ ...previous, [key]: lighthouseResults }, null, 2)}\n`);
    console.table(scores);
    if (failing.length > 0) console.log(`Failing audits: ${failing.join(', ')}`);
    console.log(`Reports: ${OUT}/report.html, ${OUT}/report.json`);
    if (scores.accessibility !== 1) {
      console.error(`Accessibility score ${String(scores.accessibility)}: the bar is 1.00`);
      process.exitCode = 1;
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
}

await main();
