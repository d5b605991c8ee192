// Renders assets/icon.svg to the PNG sizes the manifest names. Chrome does not accept SVG
// toolbar icons, so the PNGs are committed; run this again only when the drawing changes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../test/support/browser-env.js';

const root = resolve(import.meta.dirname, '..');
const svg = await readFile(resolve(root, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({
    path: resolve(root, `public/icons/icon-${size}.png`),
    omitBackground: true,
  });
}
await browser.close();
console.log('icons written to public/icons');
