import { defineConfig } from 'vite';
import { dataFolderPlugin } from '../build/data-plugin.ts';

/** Builds the bare MapLibre baseline page (bench/baseline) into dist-bench/, with the same data folder. */
export default defineConfig({
  root: 'bench/baseline',
  base: './',
  plugins: [dataFolderPlugin('data')],
  build: { outDir: '../../dist-bench', emptyOutDir: true, target: 'es2022' },
  preview: { port: 4181 },
});
