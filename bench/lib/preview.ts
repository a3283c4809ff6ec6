/** Starts `vite preview` on a production build for a benchmark run and stops it afterwards. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export async function startPreview(
  port: number,
  config?: string,
  /** Another build folder (`vite build --outDir`), so two builds can be measured side by side. */
  outDir?: string,
): Promise<{
  url: string;
  stop: () => void;
  /** How and when the server ended, if it did before `stop` (a long run should know). */
  ended: () => string | undefined;
}> {
  const args = [
    'preview',
    '--port',
    String(port),
    '--strictPort',
    ...(config ? ['--config', config] : []),
    ...(outDir ? ['--outDir', outDir] : []),
  ];
  // Vite itself, not through npx: killing npx would leave the server running on its port.
  const child = spawn(join('node_modules', '.bin', 'vite'), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // Read what it says (a full pipe would stall it), keeping the end of it for a report.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-500));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let stopped = false;
  let ended: string | undefined;
  child.on('exit', (code, signal) => {
    if (!stopped) ended = `${new Date().toISOString()}: code ${code}, signal ${signal}; ${output.trim()}`;
  });
  const stop = () => {
    stopped = true;
    child.kill();
  };
  const url = `http://localhost:${port}/`;
  // Up to a minute: on a busy machine Vite can take a while to start.
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      // Any answer means the server is up (the bench build has no page at its root: 404 there).
      if ((await fetch(url)).status < 500) return { url, stop, ended: () => ended };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`vite preview did not start on port ${port}`);
}
