/** The Chromium that Lighthouse drives in the benches: headless, offline but for localhost. */
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from './browser.ts';

export function launchLighthouseChrome(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      // Chromium refuses to start sandboxed as root (CI runs as root); Playwright passes the same flag.
      '--no-sandbox',
      ...CHROMIUM_ARGS,
      // Offline: every host but localhost fails to resolve at once (no wait for time-outs).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
    ],
  });
}
