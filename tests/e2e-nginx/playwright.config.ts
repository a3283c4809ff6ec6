/**
 * The nginx suite: the production build behind deploy/nginx exactly as `npm run serve:prod` runs it, with
 * a second origin for imagery archives. Range requests, compression and the service worker are nginx's and
 * the browser's own; only remote tile hosts are answered locally (tests/e2e/helper.ts).
 * Run: npx vite build && npx playwright test -c tests/e2e-nginx/playwright.config.ts
 */
import { defineConfig, devices } from '@playwright/test';
import { ARCHIVE_CONF, CERT, EMBEDDER, KEY, PORTS, SITE } from './site.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: /\.spec\.ts$/,
  outputDir: '../../test-results/e2e-nginx',
  globalSetup: './csp-report.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never', outputFolder: '../../playwright-report/nginx' }]]
    : 'list',
  use: {
    baseURL: `http://localhost:${PORTS.app}/`,
    trace: 'retain-on-failure',
    // The service worker is part of what is tested here (offline reload, the kiosk's cached archives).
    serviceWorkers: 'allow',
    // The archive origin and the HTTPS listener use a self-signed certificate made for the run.
    ignoreHTTPSErrors: true,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'npx tsx tests/e2e-nginx/prepare-site.ts && npm run serve:prod',
    cwd: '../..',
    url: `http://localhost:${PORTS.app}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      PORT: String(PORTS.app),
      SITE,
      ACCESS_LOG: 'off',
      TLS_PORT: String(PORTS.tls),
      TLS_CERT: CERT,
      TLS_KEY: KEY,
      NGINX_INCLUDE: ARCHIVE_CONF,
      // One other origin may frame the atlas (embed.spec.ts); any other may not.
      FRAME_ANCESTORS: `'self' ${EMBEDDER}`,
    },
  },
});
