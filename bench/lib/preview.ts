/** Starts `vite preview` on a production build for a benchmark run and stops it afterwards. */
import { spawn } from 'node:child_process';

export async function startPreview(
  port: number,
  config?: string,
): Promise<{ url: string; stop: () => void }> {
  const args = [
    'vite',
    'preview',
    '--port',
    String(port),
    '--strictPort',
    ...(config ? ['--config', config] : []),
  ];
  const child = spawn('npx', args, { stdio: 'pipe' });
  const url = `http://localhost:${port}/`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      // Any answer means the server is up (the bench build has no page at its root: 404 there).
      if ((await fetch(url)).status < 500) return { url, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`vite preview did not start on port ${port}`);
}
