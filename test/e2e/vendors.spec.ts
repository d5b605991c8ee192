import { type BrowserContext, expect, type FrameLocator, type Page, test } from '@playwright/test';
import { launchWithExtension, storeRoster } from '../support/extension.js';
import { readFixtureRoster, serveVendorFixtures } from '../support/vendor-routes.js';

// Every vendor's fixture pages in Chromium at their vendor address: the marker appears next
// to the case manager, exactly once, through each page's own dynamic behaviour.

let context: BrowserContext;

test.beforeAll(async () => {
  const launched = await launchWithExtension();
  context = launched.context;
  await serveVendorFixtures(context);
  await storeRoster(launched.worker, await readFixtureRoster());
});

test.afterAll(async () => {
  await context?.close();
});

type Scope = Page | FrameLocator;
const hosts = (scope: Scope) => scope.locator('[data-cmc-host]');
const rule = (scope: Scope, id: string) => scope.locator(`[data-cmc-host] [data-rule="${id}"]`);

async function nextToCaseManager(scope: Scope, name: string) {
  await expect(hosts(scope)).toHaveCount(1);
  const neighbour = await hosts(scope).evaluate((host) =>
    host.parentElement?.textContent?.replace(/\s+/g, ' ').trim(),
  );
  expect(neighbour).toContain(name);
}

test('Frontline: the marker survives the UpdatePanel refresh of the services grid', async () => {
  const page = await context.newPage();
  await page.goto('https://demo.frontlineeducation.com/iep/doc-7101.html');
  await expect(rule(page, 'credentials-unknown')).toHaveCount(1);
  await nextToCaseManager(page, 'Nguyen, Tom');
  await page.locator('[id$="_btnRefresh"]').click();
  await page.waitForTimeout(400);
  await expect(hosts(page)).toHaveCount(1);
  await page.close();
});

test('SIRAS: the checked provider row is the case manager, pending changes are not', async () => {
  const page = await context.newPage();
  await page.goto('https://demo.sirassystems.org/student/3001/mis-summary.html');
  await expect(rule(page, 'credentials-unknown')).toHaveCount(1);
  await expect(hosts(page)).toHaveCount(1);
  await page.close();
});

test('Aeries: the marker stays single when the lazy Student Services tab loads', async () => {
  const page = await context.newPage();
  await page.goto('https://demo.aeries.net/admin/specialed/5001.html');
  await expect(rule(page, 'credentials-unknown')).toHaveCount(1);
  await page.locator('#tabServices').click();
  await expect(page.locator('#pnlServices table')).toHaveCount(1);
  await page.waitForTimeout(400);
  await expect(hosts(page)).toHaveCount(1);
  await page.close();
});

test('PowerSchool: the profile is checked once its services grid has loaded', async () => {
  const page = await context.newPage();
  await page.goto('https://demo.powerschool.com/specialprograms/students/1001/profile.html');
  await expect(page.locator('[role="grid"] [role="row"]').first()).toBeVisible();
  // Rivera (Level I/II Mild/Moderate in the roster) and this student's disability.
  await expect(hosts(page)).toHaveCount(1);
  await expect(page.locator('[data-cmc-host] [data-rule]').first()).toBeAttached();
  await page.close();
});

test('PowerSchool: an SIS page on the same host gets no marker', async () => {
  const page = await context.newPage();
  await page.goto('https://demo.powerschool.com/admin/students/home.html');
  await page.waitForTimeout(600);
  await expect(hosts(page)).toHaveCount(0);
  await page.close();
});

test('Welligent: the header frame shows the marker for the whole IEP', async () => {
  const page = await context.newPage();
  await page.goto('https://demo.welligent.com/iep/2001/');
  const header = page.frameLocator('iframe').first();
  await expect(rule(header, 'credentials-unknown')).toHaveCount(1);
  await expect(hosts(header)).toHaveCount(1);
  await page.close();
});

test('an open shadow root of a custom element is read, and the marker drawn beside it', async () => {
  const page = await context.newPage();
  await page.goto('https://www.seis.org/generic/shadow-root.html');
  await expect(page.locator('[data-cmc-host] [data-rule]').first()).toBeAttached();
  await expect(hosts(page)).toHaveCount(1);
  await page.close();
});
