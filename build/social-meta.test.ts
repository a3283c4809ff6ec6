import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSiteUrl, socialMetaPlugin } from './social-meta.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A real Vite build of a one-line page with the plugin: the index.html it writes. */
async function builtPage(siteUrl: string | undefined): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'social-meta-'));
  dirs.push(root);
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><title>T</title></head><body></body></html>',
  );
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [socialMetaPlugin(siteUrl)],
    build: { outDir: join(root, 'dist') },
  });
  return readFileSync(join(root, 'dist', 'index.html'), 'utf8');
}

describe('link-preview tags', () => {
  it('writes absolute page and image addresses from SITE_URL', async () => {
    const html = await builtPage('https://atlas.example.org/karabakh');
    expect(html).toContain('<meta property="og:url" content="https://atlas.example.org/karabakh/">');
    expect(html).toContain(
      '<meta property="og:image" content="https://atlas.example.org/karabakh/og-image.png">',
    );
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain(
      '<meta name="twitter:image" content="https://atlas.example.org/karabakh/og-image.png">',
    );
  });

  it('without SITE_URL: no image and no page address, a summary card', async () => {
    const html = await builtPage(undefined);
    expect(html).not.toContain('og:image');
    expect(html).not.toContain('og:url');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
  });

  it('refuses a SITE_URL that is not a site address', () => {
    expect(() => parseSiteUrl('atlas.example.org')).toThrow(/not an absolute URL/);
    expect(() => parseSiteUrl('ftp://atlas.example.org/')).toThrow(/http\(s\)/);
    expect(() => parseSiteUrl('https://atlas.example.org/?x=1')).toThrow(/no query/);
    expect(parseSiteUrl('https://atlas.example.org').href).toBe('https://atlas.example.org/');
  });
});
