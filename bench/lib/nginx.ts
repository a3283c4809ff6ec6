/** Starts `npm run serve:prod` (nginx with deploy/nginx) over a folder for a benchmark, and stops it. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export async function startNginx(
  port: number,
  site: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  // tsx itself, not through npm: the signal then reaches the script that stops nginx.
  const child = spawn(join('node_modules', '.bin', 'tsx'), ['scripts/deploy/serve.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SITE: site, ACCESS_LOG: 'off' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-1000)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not start on port ${port}: ${output.trim()}`);
}
