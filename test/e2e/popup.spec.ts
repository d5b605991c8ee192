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

test('the popup opens and offers the credential lookup', async () => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(page.getByRole('heading', { name: 'Case Manager Check' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Disability' }).fill('autism');
  await expect(page.getByRole('option', { name: /320.*Autism/ })).toBeVisible();
  await page.getByRole('option', { name: /320.*Autism/ }).click();
  await expect(page.getByTestId('lookup-result')).toContainText('Mild to Moderate Support Needs');
  await page.close();
});
