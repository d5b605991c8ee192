import { type BrowserContext, expect, type Frame, type Page, test } from '@playwright/test';
import { launchWithExtension, storeRoster } from '../support/extension.js';
import { readFixtureRoster, serveVendorFixtures } from '../support/vendor-routes.js';

// The content script's live behaviour on a single-page app: route changes by pushState and by
// hash, the Future/Current toggle, and one IEP view spread over frames.

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

const marker = (page: Page | Frame) => page.locator('[data-cmc-host]');
const finding = (page: Page | Frame, rule: string) =>
  page.locator(`[data-cmc-host] [data-rule="${rule}"]`);

test('follows a pushState route change from the caseload list to a student and on to another', async () => {
  const page = await context.newPage();
  await page.goto('https://www.seis.org/iep/');
  await expect(page.getByText('Choose a student.')).toBeVisible();
  await page.getByRole('link', { name: 'Student, Demo A' }).click();
  await expect(page).toHaveURL(/forms\/1001/);
  await expect(finding(page, 'instruction-authorization')).toHaveCount(1);

  await page.goBack();
  await expect(page.getByText('Choose a student.')).toBeVisible();
  await expect(marker(page)).toHaveCount(0);

  await page.getByRole('link', { name: 'Student, Demo B' }).click();
  await expect(finding(page, 'authorized')).toHaveCount(1);
  await expect(finding(page, 'instruction-authorization')).toHaveCount(0);
  await expect(marker(page)).toHaveCount(1);
  await page.close();
});

test('follows a hash route, and says which IEP it read when the Future IEP is shown', async () => {
  const page = await context.newPage();
  await page.goto('https://www.seis.org/iep/');
  await page.getByRole('link', { name: /Demo D/ }).click();
  await expect(page).toHaveURL(/#\/forms\/1004/);
  // Current IEP: Okafor is not in the roster.
  await expect(finding(page, 'credentials-unknown')).toHaveCount(1);
  await expect(page.locator('[data-cmc-host] [data-iep="current"]')).toHaveCount(1);

  await page.getByRole('link', { name: 'Future IEP' }).click();
  // Future IEP: Chen (Mild to Moderate Support Needs) covers SLD.
  await expect(finding(page, 'authorized')).toHaveCount(1);
  await expect(finding(page, 'credentials-unknown')).toHaveCount(0);
  await expect(page.locator('[data-cmc-host] [data-iep="future"]')).toHaveCount(1);
  const neighbour = await marker(page).evaluate((host) => host.parentElement?.textContent?.trim());
  expect(neighbour).toBe('Chen, Morgan');
  await page.close();
});

test('merges a header frame, its nested frame and an about:blank services frame into one view', async () => {
  const page = await context.newPage();
  await page.goto('https://www.seis.org/frames/student.html');
  const header = page.frameLocator('#header');
  // The services (330, in an SDC) live in another frame: only merged does the case manager
  // instruct, so the verdict is the instruction error rather than "role unknown".
  await expect(
    header.locator('[data-cmc-host] [data-rule="instruction-authorization"]'),
  ).toHaveCount(1);
  await expect(header.locator('[data-cmc-host] [data-rule="role-unknown"]')).toHaveCount(0);
  await expect(header.locator('[data-cmc-host] [data-iep="current"]')).toHaveCount(1);
  // Drawn once, in the frame that shows the case manager, not in the others.
  await expect(page.locator('[data-cmc-host]')).toHaveCount(0);
  await expect(page.frameLocator('#services').locator('[data-cmc-host]')).toHaveCount(0);
  await page.close();
});
