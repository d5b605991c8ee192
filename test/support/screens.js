// Screenshots the tests write for people to look at (never committed, never compared):
// test-results/screens/<name>.png, kept after the run.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

export const SCREENS = resolve(import.meta.dirname, '../../test-results/screens');

/** @param {import('@playwright/test').Page} page @param {string} name */
export async function saveScreen(page, name, { fullPage = true } = {}) {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENS, `${name}.png`), fullPage });
}
