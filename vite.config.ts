/// <reference types="vitest/config" />

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { checkTranslation, mergeCatalog } from './src/i18n/catalog';

// The manifest's version always follows package.json, so store packages and the CLI agree.
const extensionManifest = { ...manifest, version: pkg.version };

/** Each part's words (src/i18n/<lang>/*.json) merged into the _locales the browser reads. */
function locales(): Plugin {
  const root = resolve(import.meta.dirname, 'src/i18n');
  const read = (lang: string) => {
    const dir = join(root, lang);
    const parts: Record<string, unknown> = {};
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      parts[`src/i18n/${lang}/${file}`] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    }
    return mergeCatalog(parts, lang);
  };
  return {
    name: 'case-manager-check:locales',
    generateBundle() {
      const english = read('en');
      const langs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
      for (const { name: lang } of langs) {
        const catalog = lang === 'en' ? english : read(lang);
        const problems = lang === 'en' ? [] : checkTranslation(english, catalog, lang);
        if (problems.length > 0) this.error(problems.join('\n'));
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: `${JSON.stringify(catalog, null, 2)}\n`,
        });
      }
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    preact(),
    locales(),
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
    // CMC_DIST lets two builds (say, two people's test runs) use separate folders.
    outDir: process.env.CMC_DIST ?? (mode === 'firefox' ? 'dist-firefox' : 'dist'),
    emptyOutDir: true,
    // The browsers the manifests ask for, for scripts and styles alike (CRXJS passes this on
    // to the content script's own build): lowered for older ones, light-dark() alone grew the
    // injected panel's sheet by half, inside the content script's size budget.
    target: ['chrome125', 'firefox128'],
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
