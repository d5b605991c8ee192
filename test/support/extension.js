// Launches Debian's Chromium with the built extension loaded, the way GUIDE §1 found to work
// here, and finds the extension's service worker and id.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser-env.js';

// CMC_DIST: the folder `npm run build` wrote to, when not dist/ (see vite.config.ts).
export const DIST = resolve(import.meta.dirname, '../..', process.env.CMC_DIST ?? 'dist');

export async function launchWithExtension({ headless = true, args = [] } = {}) {
  if (!existsSync(resolve(DIST, 'manifest.json'))) {
    throw new Error('dist/ has no build: run `npm run build` first.');
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless,
    args: [
      ...chromiumArgs,
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      ...args,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/** Writes the roster the way the options page will: validated shape, into storage.local. */
export async function storeRoster(worker, staff) {
  await worker.evaluate(async (members) => {
    await chrome.storage.local.set({
      roster: { importedAt: new Date().toISOString(), staff: members },
    });
  }, staff);
}

/** Writes settings (profile, preferences…) to the extension's storage.local, as its pages would. */
export async function storeSettings(worker, items) {
  await worker.evaluate((values) => chrome.storage.local.set(values), items);
}

/** Removes settings from the extension's storage.local. */
export async function removeSettings(worker, keys) {
  await worker.evaluate((names) => chrome.storage.local.remove(names), keys);
}

/**
 * The id of the tab a page shows. Without the "tabs" permission the background cannot find a
 * tab by its address, so the page is brought to the front and the active tab is taken.
 */
export async function activeTabId(worker, page) {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}
