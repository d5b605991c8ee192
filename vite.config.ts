/// <reference types="vitest/config" />

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { checkTranslation, mergeCatalog } from './src/i18n/catalog';

/** The Firefox add-on's id (AMO and district policies name the add-on by it). */
export const FIREFOX_ID = 'case-manager-check@case-manager-check';

// The manifest's version always follows package.json, so store packages and the CLI agree.
const extensionManifest = { ...manifest, version: pkg.version };

type Manifest = Extract<ManifestV3Export, { manifest_version: number }>;

/**
 * The same extension for Firefox: an event page instead of a service worker, and none of the
 * Chrome-only keys that `web-ext lint` rejects.
 */
function firefoxManifest(
  chrome: typeof extensionManifest & { key?: string; storage?: object },
): Manifest {
  const {
    minimum_chrome_version: _minimumChromeVersion,
    // Chrome derives its extension id from `key`; Firefox takes the gecko id below instead.
    key: _key,
    // Firefox has no managed_schema, yet storage.managed still works: it reads a district's
    // settings from the enterprise policy `3rdparty.Extensions["<gecko id>"]` (policies.json)
    // without a schema, so only the Chrome key goes.
    storage: _storage,
    background,
    ...rest
  } = chrome;
  return {
    ...rest,
    // CRXJS points this at its loader and marks it a module, as for the service worker.
    background: { scripts: [background.service_worker] },
    browser_specific_settings: {
      gecko: {
        // Fixed, so storage, updates and the policies.json entry follow the add-on across installs.
        id: FIREFOX_ID,
        // Firefox reads data_collection_permissions from 140 on desktop and 142 on Android;
        // below 142, web-ext lint warns that Android ignores it.
        strict_min_version: '142.0',
        // Nothing leaves the browser: no data collected or transmitted.
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

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

/**
 * CRXJS lists a `?script&iife` file (the layout capture's, src/capture/take.ts; the tools the
 * background loads on demand, background/tools.ts) as a web accessible resource for every site,
 * as it must for scripts a content script injects. Ours are injected by
 * scripting.executeScript, which needs no such entry; left in, it would let any page detect the
 * extension by fetching the file. Removed from the written manifest.
 */
function noInjectedScriptResources(): Plugin {
  const injected = ['src/capture/inject.js', 'src/tools/outline.js', 'src/tools/correct.js'];
  return {
    name: 'case-manager-check:no-injected-script-resources',
    enforce: 'post',
    writeBundle(options) {
      const file = join(options.dir ?? 'dist', 'manifest.json');
      const written = JSON.parse(readFileSync(file, 'utf8')) as {
        web_accessible_resources?: { resources: string[] }[];
      };
      const kept = (written.web_accessible_resources ?? [])
        .map((entry) => ({
          ...entry,
          resources: entry.resources.filter((r) => !injected.includes(r)),
        }))
        .filter((entry) => entry.resources.length > 0);
      if (kept.length > 0) written.web_accessible_resources = kept;
      else delete written.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`);
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
            manifest: mode === 'firefox' ? firefoxManifest(extensionManifest) : extensionManifest,
            browser: mode === 'firefox' ? 'firefox' : 'chrome',
            // One self-contained script: no loader, no chunk URLs exposed to vendor pages.
            contentScripts: { standaloneFiles: ['src/content/index.ts'] },
          }),
          noInjectedScriptResources(),
        ]),
  ],
  build: {
    // CMC_DIST (CMC_DIST_FIREFOX for Firefox) lets two builds, say two people's test runs, use
    // separate folders; each browser keeps its own, so one never overwrites the other.
    outDir:
      mode === 'firefox'
        ? (process.env.CMC_DIST_FIREFOX ?? 'dist-firefox')
        : (process.env.CMC_DIST ?? 'dist'),
    emptyOutDir: true,
    // The browsers the manifests ask for, for scripts and styles alike (CRXJS passes this on
    // to the content script's own build): lowered for older ones, light-dark() alone grew the
    // injected panel's sheet by half, inside the content script's size budget.
    target: ['chrome125', 'firefox142'],
    sourcemap: false,
    minify: true,
    // Extension pages the manifest does not name (CRXJS builds only the manifest's own):
    // the caseload audit, opened in a tab from the settings page and the popup, and the
    // layout capture, opened from the popup.
    rollupOptions: {
      input: { audit: 'src/audit/index.html', capture: 'src/capture/index.html' },
    },
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
