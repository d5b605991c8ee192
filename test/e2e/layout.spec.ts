import {
  type BrowserContext,
  chromium,
  expect,
  type Frame,
  type Page,
  test,
} from '@playwright/test';
import { seriousViolations } from '../support/axe.js';
import { chromiumArgs, chromiumPath } from '../support/browser-env.js';
import { launchWithExtension, storeRoster } from '../support/extension.js';
import { saveScreen } from '../support/screens.js';
import { countRenders, rendered } from '../support/settle.js';
import { readFixtureRoster, serveVendorFixtures } from '../support/vendor-routes.js';

// Issue 16, item 4: the page stays still. The Layout Instability API sums every shift of the
// page's own boxes; a page with the extension must shift exactly as much as without it (the
// fixtures' own renders shift nothing or the same with and without), at the widths case
// managers' screens have.

let withExtension: BrowserContext;
let without: BrowserContext;

test.beforeAll(async () => {
  const launched = await launchWithExtension();
  withExtension = launched.context;
  await serveVendorFixtures(withExtension);
  await storeRoster(launched.worker, await readFixtureRoster());
  without = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs,
  });
  await serveVendorFixtures(without);
});

test.afterAll(async () => {
  await withExtension?.close();
  await without?.close();
});

/** Each fixture page and what shows it is fully drawn (with the extension: our marker). */
const PAGES: { url: string; seis?: boolean; framed?: boolean }[] = [
  ...['1001', '1002', '1003', '1004', '1005'].map((id) => ({
    url: `https://www.seis.org/forms/${id}/state/services/fape3`,
    seis: true,
  })),
  { url: 'https://demo.frontlineeducation.com/iep/doc-7101.html' },
  { url: 'https://demo.sirassystems.org/student/3001/mis-summary.html' },
  { url: 'https://demo.aeries.net/admin/specialed/5001.html' },
  { url: 'https://demo.powerschool.com/specialprograms/students/1001/profile.html' },
  // Welligent draws in its header frame.
  { url: 'https://demo.welligent.com/iep/2001/', framed: true },
  ...[
    'aria-grid',
    'definition-list',
    'form-controls',
    'label-table',
    'providers-checkbox',
    'services-table',
    'shadow-root',
  ].map((name) => ({ url: `https://www.seis.org/generic/${name}.html` })),
];
const WIDTHS = [1100, 1280, 1440, 1920];

/** Every layout shift since the page began (buffered), summed over all its frames. */
async function shifted(page: Page): Promise<number> {
  let sum = 0;
  for (const frame of page.frames()) sum += await shiftedIn(frame);
  return sum;
}

function shiftedIn(page: Frame): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!e.hadRecentInput) sum += e.value;
          }
          resolve(sum);
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: the observer is never called. A frame later, there is nothing buffered.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
      }),
  );
}

async function visit(context: BrowserContext, url: string, width: number, seis: boolean) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  if (seis) await countRenders(page);
  await page.goto(url);
  if (seis) await rendered(page);
  return page;
}

for (const { url, seis = false, framed = false } of PAGES) {
  test(`nothing of the page moves: ${new URL(url).pathname}`, async () => {
    const shifts: Record<number, [number, number]> = {};
    for (const width of WIDTHS) {
      const page = await visit(withExtension, url, width, seis);
      const scope = framed ? page.frameLocator('iframe').first() : page;
      await expect(scope.locator('[data-cmc-host]').first()).toBeAttached();
      // Both frames drawn after the marker: the shifts it could cause are in the buffer.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      const mine = await shifted(page);
      if (width === 1280)
        await saveScreen(page, `layout-${new URL(url).pathname.replace(/\W+/g, '-')}`, {
          fullPage: false,
        });
      await page.close();
      const plain = await visit(without, url, width, seis);
      const theirs = await shifted(plain);
      await plain.close();
      shifts[width] = [mine, theirs];
    }
    console.log(new URL(url).pathname, JSON.stringify(shifts));
    for (const width of WIDTHS)
      expect.soft(shifts[width]?.[0], `at ${width} px`).toBe(shifts[width]?.[1]);
  });
}

/** Whether the element showing exactly `text` is under something else at its centre. */
function covered(page: Page, text: string) {
  return page.evaluate((wanted) => {
    const e = [...document.querySelectorAll('span, div, td, dd')].find(
      (n) => n.textContent?.trim() === wanted,
    );
    if (!e) throw new Error(`${wanted} is not on the page`);
    const r = e.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return top !== e && !e.contains(top);
  }, text);
}

test('the open panel fits a 1280 × 720 window, scrolls visibly, and leaves the case manager row and IEP date in view', async () => {
  const page = await withExtension.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await countRenders(page);
  await page.goto('https://www.seis.org/forms/1001/state/services/fape3');
  await rendered(page);
  const status = page.locator('[data-cmc-host="case-manager"]');
  await status.locator('.badge').click();
  const panel = status.locator('[popover]');
  await expect(panel).toBeVisible();
  await saveScreen(page, 'panel-1280x720', { fullPage: false });
  const inView = async () => {
    const box = await panel.boundingBox();
    return (
      !!box && box.y >= 0 && box.y + box.height <= 720 && box.x >= 0 && box.x + box.width <= 1280
    );
  };
  expect(await inView()).toBe(true);
  for (const text of ['Rivera, Jordan', '09/02/2025'])
    expect(await covered(page, text), text).toBe(false);

  // Every finding unfolded, in a window too short for it (this student's findings fit 720 px
  // even unfolded): the panel still fits, scrolls inside, and says so with a shadow along its
  // bottom edge (a background layer that stays put while the content, and the cover at its
  // end, scroll).
  for (const summary of await panel.locator('summary').all()) await summary.click();
  await panel.evaluate((e) => {
    for (const d of e.querySelectorAll('details')) d.open = true;
  });
  await saveScreen(page, 'panel-1280x720-unfolded', { fullPage: false });
  expect(await inView()).toBe(true);
  await page.setViewportSize({ width: 1280, height: 480 });
  await saveScreen(page, 'panel-1280x480-scrolls', { fullPage: false });
  const box = await panel.boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 480).toBe(true);
  const scroll = await panel.evaluate((e) => ({
    overflows: e.scrollHeight > e.clientHeight,
    overflowY: getComputedStyle(e).overflowY,
    shadow: getComputedStyle(e).backgroundImage.includes('radial-gradient'),
  }));
  expect(scroll).toEqual({ overflows: true, overflowY: 'auto', shadow: true });
  for (const text of ['Rivera, Jordan', '09/02/2025'])
    expect(await covered(page, text), text).toBe(false);
  expect(await seriousViolations(page, { include: ['[data-cmc-host]'] })).toEqual([]);
  await page.close();
});
