import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { launchOnVendorPages } from '../support/vendor-routes.js';

let context: BrowserContext;

test.beforeAll(async () => {
  ({ context } = await launchOnVendorPages());
});

test.afterAll(async () => {
  await context?.close();
});

async function openForm(id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://www.seis.org/forms/${id}/state/services/fape3`);
  return page;
}

test('an autism student taught by a Level II Mild/Moderate holder gets an error next to the case manager', async () => {
  const page = await openForm('1001');
  const finding = page.locator(
    '[data-cmc-host] [data-rule="instruction-authorization"][data-severity="error"]',
  );
  await expect(finding).toHaveCount(1);
  // Drawn at the end of the element showing the case manager's name, nowhere else.
  const neighbour = await page
    .locator('[data-cmc-host]')
    .evaluate((host) => host.parentElement?.textContent?.trim());
  expect(neighbour).toBe('Rivera, Jordan');
  await expect(finding).toContainText('Autism');
  await page.close();
});

test('the marker comes back exactly once after the page re-renders and wipes it', async () => {
  const page = await openForm('1001');
  await expect(page.locator('[data-cmc-host]')).toHaveCount(1);
  // The fixture's second digest has run by now; simulate another one the way AngularJS does.
  await page.evaluate(() => {
    const view = document.getElementById('view');
    if (view) view.innerHTML = view.innerHTML.replace(/<span data-cmc-host[^>]*><\/span>/g, '');
  });
  await expect(page.locator('[data-cmc-host]')).toHaveCount(1);
  await page.waitForTimeout(500);
  await expect(page.locator('[data-cmc-host]')).toHaveCount(1);
  await expect(page.locator('[data-rule="instruction-authorization"]')).toHaveCount(1);
  await page.close();
});

test('an authorized case manager is shown as fitting, with the authorization named', async () => {
  const page = await openForm('1002');
  const ok = page.locator('[data-cmc-host] [data-rule="authorized"][data-severity="ok"]');
  await expect(ok).toHaveCount(1);
  await expect(page.locator('[data-cmc-host] [data-severity="error"]')).toHaveCount(0);
  await page.close();
});

test('a case manager missing from the roster is reported as unknown, not as a violation', async () => {
  const page = await openForm('1003');
  await expect(
    page.locator('[data-cmc-host] [data-rule="credentials-unknown"][data-severity="warning"]'),
  ).toHaveCount(1);
  await expect(page.locator('[data-cmc-host] [data-severity="error"]')).toHaveCount(0);
  await page.close();
});

test('a page that is not an IEP view gets no marker', async () => {
  const page = await context.newPage();
  await page.goto('https://www.seis.org/iep/');
  await expect(page.getByText('Choose a student.')).toBeVisible();
  await page.waitForTimeout(400);
  await expect(page.locator('[data-cmc-host]')).toHaveCount(0);
  await page.close();
});
