import { type BrowserContext, expect, test } from '@playwright/test';
import { launchWithExtension } from '../support/extension.js';

let context: BrowserContext;
let extensionId: string;

test.beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension());
});

test.afterAll(async () => {
  await context?.close();
});

test('the options page opens and saves a valid profile, refusing an invalid one', async () => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(page.getByRole('heading', { name: /Case Manager Check/ })).toBeVisible();
  await page.getByLabel('Your name as the IEP system shows it').fill('Rivera, Jordan');
  await page.getByLabel('Position').fill('SDC Teacher');
  await page.getByLabel('Authorization', { exact: true }).selectOption('MMSN');
  await page.getByLabel('Issued').fill('2023-06-01');
  await page.getByLabel('Expires').fill('2028-07-01');
  await page.getByRole('button', { name: 'Add authorization' }).click();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status')).toContainText('Profile saved');

  // An empty name is refused and the saved profile stays as it was.
  await page.getByLabel('Your name as the IEP system shows it').fill('');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Your name as the IEP system shows it')).toHaveValue(
    'Rivera, Jordan',
  );
  await page.close();
});
