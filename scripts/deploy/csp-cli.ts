/**
 * `npm run deploy:csp -- [--site dist] [--out FILE]`: writes the nginx snippet with the Content-Security-Policy
 * derived from the site's data files (default: prints it). Run it after a curator adds an imagery host to
 * data/imagery.json on a live site, then `nginx -s reload`. FRAME_ANCESTORS and CSP_REPORT_URI come from the
 * environment (see deploy/README.md).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cspSnippet } from './csp.ts';
import { optionsFromEnv, sitePolicy, siteSources } from './site-policy.ts';

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, out: { type: 'string' } },
});
const site = values.site ?? 'dist';
const snippet = cspSnippet(sitePolicy(site, optionsFromEnv()));
const sources = siteSources(site);
if (values.out) {
  writeFileSync(values.out, snippet);
  console.error(`Wrote ${values.out}. Hosts allowed: ${sources.connect.join(', ') || 'none'}`);
  console.error('Reload nginx to apply it: nginx -s reload');
} else {
  process.stdout.write(snippet);
}
