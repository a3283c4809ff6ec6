import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Files under data/ that the app fetches at run time (notes and guides stay out of the build). */
const SERVED = new Set(['.json', '.geojson']);

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
};

function listDataFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listDataFiles(path);
    return SERVED.has(extname(name)) ? [path] : [];
  });
}

/**
 * Serves the top-level data/ folder at `<base>data/` in the dev server and copies it to dist/data/ in the
 * build. The app fetches these files at run time instead of importing them, so a curator can replace a
 * file on a deployed kiosk without a rebuild.
 */
export function dataFolderPlugin(dataDir = 'data'): Plugin {
  const root = resolve(dataDir);
  return {
    name: 'revival-atlas:data-folder',
    configureServer(server) {
      const prefix = `${server.config.base}data/`;
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0];
        if (!url?.startsWith(prefix)) return next();
        const file = resolve(root, decodeURIComponent(url.slice(prefix.length)));
        // Never serve anything outside data/ (a "../" in the URL).
        if (!file.startsWith(root + sep) || !SERVED.has(extname(file))) return next();
        try {
          const body = readFileSync(file);
          res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-store');
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end('Not found');
        }
      });
      server.watcher.add(root);
      const reload = (path: string) => {
        if (path.startsWith(root + sep) && SERVED.has(extname(path))) {
          server.ws.send({ type: 'full-reload', path: '*' });
        }
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
    generateBundle() {
      for (const file of listDataFiles(root)) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${relative(root, file).split(sep).join('/')}`,
          source: readFileSync(file),
        });
      }
    },
  };
}
