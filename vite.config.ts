import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { dataFolderPlugin } from './build/data-plugin.ts';

export default defineConfig({
  // Relative base: the built app works from any folder or file server, including a kiosk's local one.
  base: './',
  plugins: [react(), dataFolderPlugin()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
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
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
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
