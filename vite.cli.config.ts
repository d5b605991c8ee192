/**
 * Build of the command line and the benchmark for Node 20: `npm run build:cli` writes
 * build/cli.js (imported by bin/case-manager-check.js) and build/bench.js, both ES modules.
 * papaparse and jsdom stay external: they are dependencies, installed by `npm ci`, and Node
 * loads their CommonJS builds directly (jsdom only when `scrape` or `check` runs, see
 * src/cli/page.ts), so build/cli.js stays small.
 */

import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'build',
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: { cli: 'src/cli/main.ts', bench: 'bench/bench.ts' },
      external: [
        'papaparse',
        'jsdom',
        ...builtinModules,
        ...builtinModules.map((m) => `node:${m}`),
      ],
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
