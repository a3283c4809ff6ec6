import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mainConf, writeConf, type NginxLayout } from './nginx-conf.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-conf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const layout: NginxLayout = {
  confDir: join(dir, 'conf'),
  runDir: join(dir, 'run'),
  site: '/srv/atlas/current',
  port: 8080,
  accessLog: 'off',
};

describe('the nginx configuration written around deploy/nginx', () => {
  it('runs in the foreground with its pid and temp files in the run folder and errors on stderr', () => {
    const conf = mainConf(layout);
    expect(conf).toContain('daemon off;');
    expect(conf).toContain(`pid "${join(dir, 'run', 'nginx.pid')}";`);
    expect(conf).toContain('error_log stderr');
    expect(conf).toContain(`client_body_temp_path "${join(dir, 'run', 'client_body')}";`);
    expect(conf).toContain('root "/srv/atlas/current";');
    expect(conf).not.toMatch(/load_module|user |ssl/);
  });

  it('loads brotli, listens for TLS and switches user only when asked', () => {
    const conf = mainConf({
      ...layout,
      brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
      tls: { port: 8443, cert: '/etc/ssl/a.pem', key: '/etc/ssl/a.key' },
      user: 'nobody nogroup',
    });
    expect(conf.indexOf('load_module')).toBeLessThan(conf.indexOf('events'));
    expect(conf).toContain('listen 8443 ssl;');
    expect(conf).toContain('user nobody nogroup;');
  });

  it('copies the site configuration beside the generated policy, brotli only with its module', () => {
    writeConf(layout, "default-src 'none'");
    const read = (file: string) => readFileSync(join(layout.confDir, 'revival-atlas', file), 'utf8');
    expect(read('server.conf')).toContain('include revival-atlas/csp.conf;');
    expect(read('csp.conf')).toContain(`"default-src 'none'" always;`);
    expect(() => read('brotli.conf')).toThrow();
  });

  it('refuses a path nginx would misread', () => {
    expect(() => mainConf({ ...layout, site: '/srv/a;b' })).toThrow(/unsafe/);
  });
});
