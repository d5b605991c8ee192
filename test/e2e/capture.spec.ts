import { readFileSync } from 'node:fs';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { seriousViolations } from '../support/axe.js';
import { activeTabId, launchWithExtension, storeRoster } from '../support/extension.js';
import { saveScreen } from '../support/screens.js';
import { readFixtureRoster, serveVendorFixtures } from '../support/vendor-routes.js';

/** The extension APIs this file calls inside the worker (no @types/chrome). */
declare const chrome: {
  tabs: {
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
  };
  storage: { local: { get(): Promise<object> }; session: { get(): Promise<object> } };
};

let context: BrowserContext;
let worker: Worker;
let extensionId: string;

test.beforeAll(async () => {
  ({ context, worker, extensionId } = await launchWithExtension());
  await serveVendorFixtures(context);
  await storeRoster(worker, await readFixtureRoster());
});

test.afterAll(async () => {
  await context?.close();
});

async function tabIdOf(page: Page): Promise<number> {
  const id = await activeTabId(worker, page);
  expect(id).toBeGreaterThanOrEqual(0);
  return id;
}

/** What form 1001 shows of its student and staff (test/fixtures/seis/api/forms/1001.json). */
const STUDENT_AND_STAFF = ['Student, Demo A', '9000001', '03/14/2017', 'Rivera, Jordan', 'Autism'];

test('the layout of a SEIS IEP is saved de-identified, and the copy still shows where the fields are', async () => {
  const seis = await context.newPage();
  await seis.goto('https://www.seis.org/forms/1001/state/services/fape3');
  await expect(seis.locator('[data-cmc-host]')).toHaveCount(1);
  const tabId = await tabIdOf(seis);
  const pageDom = await seis.evaluate(() => document.documentElement.outerHTML);

  // The popup's link names the tab it was opened on.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  const opened = context.waitForEvent('page');
  await popup.getByTestId('capture-link').click();
  const page = await opened;
  await expect(page).toHaveURL(new RegExp(`/src/capture/index\\.html\\?tab=${tabId}$`));

  const fields = page.getByTestId('capture-fields');
  await expect(fields).toBeVisible();
  for (const name of ['Case manager', 'Primary disability', 'Grade', 'Services (2)']) {
    await expect(fields.locator('[data-found="yes"]', { hasText: name })).toHaveCount(1);
  }
  await expect(page.getByTestId('capture-summary')).toContainText(
    'https://www.seis.org/forms/9999/state/services/fape9',
  );
  // The file's whole text, shown before it is saved.
  const text = await page.getByTestId('capture-preview').inputValue();
  expect(text).toContain(
    '<span class="lbl">Case Manager:</span> <span class="val">Xxxxxx, Xxxxxx</span>',
  );
  for (const value of STUDENT_AND_STAFF) expect(text).not.toContain(value);
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreen(page, 'capture-page');

  const download = page.waitForEvent('download');
  await page.getByTestId('capture-save').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^case-manager-check-layout-seis-\d{4}-\d{2}-\d{2}\.html$/,
  );
  const saved = readFileSync((await file.path()) as string, 'utf8');
  for (const value of STUDENT_AND_STAFF) expect(saved).not.toContain(value);
  expect(saved).toContain('<meta name="cmc-capture-url"');
  await expect(page.getByRole('status').last()).toContainText('Saved as');

  // Nothing of it was kept, and the IEP page was only read.
  const stored = JSON.stringify([
    await worker.evaluate(() => chrome.storage.local.get()),
    await worker.evaluate(() => chrome.storage.session.get()),
  ]);
  expect(stored).not.toContain('cmc-capture-url');
  expect(await seis.evaluate(() => document.documentElement.outerHTML)).toBe(pageDom);
  await Promise.all([seis.close(), popup.close(), page.close()]);
});

test('without a tab to copy, the capture page says where to start', async () => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/capture/index.html`);
  await expect(page.getByTestId('capture-status')).toContainText(
    "Open this from the extension's button",
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});
