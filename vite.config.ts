import { readFileSync } from 'node:fs';
import { constants as zlibConstants } from 'node:zlib';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { dataFolderPlugin } from './build/data-plugin.ts';
import { socialMetaPlugin } from './build/social-meta.ts';
import { ARCHIVE_CACHE, DATA_CACHE } from './src/lib/offline-caches.ts';

export default defineConfig({
  // Relative base: the built app works from any folder or file server, including a kiosk's local one.
  base: './',
  define: {
    __APP_VERSION__: JSON.stringify(
      (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version,
    ),
    __BUILD_TIME__: JSON.stringify(new Date().toISOString().slice(0, 16)),
  },
  plugins: [
    react(),
    dataFolderPlugin(),
    // Link previews: og:image and og:url need the site's absolute address, SITE_URL (deploy/README.md).
    socialMetaPlugin(),
    // Compressed copies of the hashed assets (x.js.gz, x.js.br) at the highest levels, made once at build
    // time: nginx serves them as they are (gzip_static, brotli_static) instead of compressing each answer.
    // Only assets/: data files are replaced in place by curators, a copy beside them would go stale.
    compression({
      include: /assets\/[^/]+\.(js|mjs|css)$/,
      algorithms: [
        defineAlgorithm('gzip', { level: 9 }),
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
      ],
      threshold: 1024,
      logLevel: 'silent',
    }),
    // Offline: the app shell, fonts and MapLibre are precached; data files are fetched network-first (a
    // curator's new file wins when online, the last copy serves offline); local imagery archives are kept
    // whole and answer the range requests PMTiles makes.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Revival Atlas',
        short_name: 'Revival Atlas',
        description: 'Reconstruction of the liberated territories of Karabakh and East Zangezur',
        start_url: './',
        display: 'fullscreen',
        background_color: '#1d3557',
        theme_color: '#1d3557',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,woff2}'],
        globIgnores: ['data/**', 'tiles/**'],
        // MapLibre's chunk is about 1.1 MB; the default limit (2 MiB) is fine, archives are not precached.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The first visit is controlled at once, so a kiosk can warm its offline caches without a reload;
        // later versions wait (see main.tsx).
        clientsClaim: true,
        runtimeCaching: [
          {
            urlPattern: /\/data\/[^?]*\.(json|geojson)(\?.*)?$/,
            handler: 'NetworkFirst',
            options: { cacheName: DATA_CACHE, networkTimeoutSeconds: 4 },
          },
          {
            // Any origin: a kiosk's archive may live on a bucket or CDN (a RegExp route matches only this
            // origin's URLs). Answered with CORS, its response is cacheable like a local one.
            urlPattern: ({ url }) => url.pathname.endsWith('.pmtiles'),
            handler: 'CacheFirst',
            options: {
              cacheName: ARCHIVE_CACHE,
              rangeRequests: true,
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    // Source maps beside the bundles (not precached): an error a kiosk reports can be traced to the source.
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // MapLibre is large and changes rarely: its own chunk caches well across app releases.
            { name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre|pmtiles)/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'build/**/*.test.ts',
            'eslint.config.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
