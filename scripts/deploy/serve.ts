/**
 * `npm run serve:prod`: nginx in the foreground with the production configuration (deploy/nginx) over a
 * release folder, for operators and the browser tests alike. Needs no root: the pid and temp files live in
 * a temporary folder, errors go to stderr. SIGHUP regenerates the CSP from the served data files and
 * reloads nginx (after a curator adds an imagery host). Settings, all from the environment:
 *   PORT (8080), HOST (all addresses), SITE (dist), ACCESS_LOG (/dev/stdout, or off, or a file),
 *   FRAME_ANCESTORS ('self'), CSP_REPORT_URI, TLS_PORT + TLS_CERT + TLS_KEY (an HTTPS listener too),
 *   BROTLI (auto | on | off), NGINX (the binary), NGINX_USER (workers' user when started as root),
 *   NGINX_INCLUDE (more http-level files, comma-separated), RENDER_ONLY=DIR (write the configuration there
 *   and exit: the container recipe uses it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cspSnippet } from './csp.ts';
import { findMimeTypes, writeConf, type NginxLayout } from './nginx-conf.ts';
import { optionsFromEnv, sitePolicy } from './site-policy.ts';

const env = process.env;

function nginxBinary(): string {
  if (env.NGINX) return env.NGINX;
  return (
    ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find(existsSync) ?? 'nginx'
  );
}

/** A brotli module (filter or static), if this nginx has it in its modules folder. */
function brotliModule(nginx: string, kind: 'filter' | 'static'): string | undefined {
  if (env.BROTLI === 'off') return undefined;
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const modules =
    /--modules-path=(\S+)/.exec(`${version.stderr}${version.stdout}`)?.[1] ?? '/usr/lib/nginx/modules';
  const file = join(modules, `ngx_http_brotli_${kind}_module.so`);
  if (existsSync(file) || env.BROTLI === 'on') return file;
  return undefined;
}

/** Started as root, nginx switches its workers to an unprivileged user: nobody, in whichever group exists. */
function workerUser(): string | undefined {
  if (env.NGINX_USER) return env.NGINX_USER;
  if (process.getuid?.() !== 0) return undefined;
  const groups = existsSync('/etc/group') ? readFileSync('/etc/group', 'utf8') : '';
  return /^nogroup:/m.test(groups) ? 'nobody nogroup' : 'nobody nobody';
}

function layoutFor(runDir: string, confDir: string, nginx: string): NginxLayout {
  const tls =
    env.TLS_PORT && env.TLS_CERT && env.TLS_KEY
      ? { port: Number(env.TLS_PORT), cert: env.TLS_CERT, key: env.TLS_KEY }
      : undefined;
  const brotli = brotliModule(nginx, 'filter');
  const brotliStatic = brotliModule(nginx, 'static');
  const user = workerUser();
  const mimeTypes = findMimeTypes();
  return {
    confDir,
    runDir,
    site: resolve(env.SITE ?? 'dist'),
    port: Number(env.PORT ?? 8080),
    ...(env.HOST ? { host: env.HOST } : {}),
    ...(brotli ? { brotliModule: brotli } : {}),
    ...(brotliStatic ? { brotliStaticModule: brotliStatic } : {}),
    accessLog: env.ACCESS_LOG ?? '/dev/stdout',
    ...(tls ? { tls } : {}),
    ...(user ? { user } : {}),
    ...(mimeTypes ? { mimeTypes } : {}),
    extraHttp: (env.NGINX_INCLUDE ?? '').split(',').filter(Boolean),
  };
}

function main(): void {
  const nginx = nginxBinary();
  if (env.RENDER_ONLY) {
    // Rendered for another machine (the container image): its user and modules, not this one's.
    const layout = { ...layoutFor(env.RUN_DIR ?? '/tmp', resolve(env.RENDER_ONLY), nginx) };
    if (!env.NGINX_USER) delete layout.user;
    console.error(`Wrote ${writeConf(layout, sitePolicy(layout.site, optionsFromEnv()))}`);
    return;
  }
  const runDir = mkdtempSync(join(tmpdir(), 'revival-atlas-nginx-'));
  // Workers run as another user when nginx starts as root: let them reach their temp folders.
  chmodSync(runDir, 0o755);
  const layout = layoutFor(runDir, join(runDir, 'conf'), nginx);
  const writePolicy = () => sitePolicy(layout.site, optionsFromEnv());
  const conf = writeConf(layout, writePolicy());
  const args = ['-p', runDir, '-c', conf, '-e', 'stderr'];
  const test = spawnSync(nginx, [...args, '-t', '-q'], { stdio: 'inherit' });
  if (test.status !== 0) {
    rmSync(runDir, { recursive: true, force: true });
    process.exit(test.status ?? 1);
  }
  const server = spawn(nginx, args, { stdio: 'inherit' });
  const where = `http://${layout.host ?? 'localhost'}:${layout.port}/`;
  console.error(
    `Serving ${layout.site} at ${where}${layout.brotliModule ? ' (gzip and brotli)' : ' (gzip)'}`,
  );
  const stop = () => server.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', () => {
    // New imagery hosts in the served catalog: a new policy, then a graceful reload.
    try {
      writeFileSync(join(layout.confDir, 'revival-atlas', 'csp.conf'), cspSnippet(writePolicy()));
      server.kill('SIGHUP');
      console.error('Content-Security-Policy regenerated; nginx reloaded');
    } catch (error) {
      console.error(`CSP not regenerated: ${String(error)}`);
    }
  });
  server.on('exit', (code, signal) => {
    rmSync(runDir, { recursive: true, force: true });
    process.exit(code ?? (signal ? 0 : 1));
  });
}

main();
