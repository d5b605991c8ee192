/// <reference types="vitest/config" />
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// The manifest's version always follows package.json, so store packages and the CLI agree.
const extensionManifest = { ...manifest, version: pkg.version };

export default defineConfig(({ mode }) => ({
  plugins: [
    preact(),
    // Vitest runs the pure modules; the extension packager only matters for real builds.
    ...(process.env.VITEST
      ? []
      : [
          crx({
            manifest: extensionManifest,
            browser: mode === 'firefox' ? 'firefox' : 'chrome',
            // One self-contained script: no loader, no chunk URLs exposed to vendor pages.
            contentScripts: { standaloneFiles: ['src/content/index.ts'] },
          }),
        ]),
  ],
  build: {
    outDir: mode === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: true,
  },
  // Vite's dev server is never used to serve vendor pages; keep it on loopback.
  server: { host: '127.0.0.1', strictPort: true, port: 5173 },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
}));
