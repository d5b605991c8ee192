import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { seriousViolations } from '../support/axe.js';
import { badge, panel, status } from '../support/markers';
import { saveScreen } from '../support/screens.js';
import { countRenders, rendered } from '../support/settle.js';
import { launchOnVendorPages } from '../support/vendor-routes.js';

// Issue 16, item 2: "Something looks wrong?". The user says which reading is wrong; the verdict
// is checked again at once with it, remembered for the student (keyed hash, never the student
// in plain form) across reloads, shown as "corrected by you" with an undo. A correction never
// makes an all-clear from nothing: "this is not the case manager" leaves none (a review).

/** The storage the worker holds (no @types/chrome here). */
declare const chrome: {
  storage: Record<'local' | 'sync', { get(keys: string | null): Promise<Record<string, unknown>> }>;
};

let context: BrowserContext;
let worker: Worker;

test.beforeAll(async () => {
  ({ context, worker } = await launchOnVendorPages());
});

test.afterAll(async () => {
  await context?.close();
});

test.describe.configure({ mode: 'serial' });

const form = (page: Page) => page.locator('[data-cmc-host="corrections"] dialog');
const finding = (page: Page, rule: string) => status(page).locator(`li[data-rule="${rule}"]`);

async function openForm(page: Page, id: string): Promise<void> {
  await countRenders(page);
  await page.goto(`https://www.seis.org/forms/${id}/state/services/fape3`);
  await rendered(page);
  await expect(badge(page)).toBeVisible();
}

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  return page;
}

const stored = () =>
  worker.evaluate(
    async () => (await chrome.storage.local.get('studentCorrections')).studentCorrections,
  );

test('"this is not the case manager": checked again at once, a review, remembered, undone', async () => {
  const page = await newPage();
  // SEIS 1001: Rivera holds Mild/Moderate (Level II), which does not cover Autism.
  await openForm(page, '1001');
  await expect(badge(page)).toHaveAttribute('title', 'Credential problem');

  await badge(page).click();
  await panel(page).getByRole('button', { name: 'Something looks wrong?' }).click();
  await expect(form(page)).toBeVisible();
  await expect(form(page).getByRole('heading', { name: 'Something looks wrong?' })).toBeVisible();
  await expect(form(page)).toContainText('Read as the case manager: Rivera, Jordan');
  await expect(form(page)).toContainText('Read as the primary disability: 320 - Autism');
  expect(await seriousViolations(page, { include: ['[data-cmc-host]'] })).toEqual([]);
  await saveScreen(page, 'corrections-form', { fullPage: false });

  await form(page).getByRole('button', { name: 'This is not the case manager' }).click();
  // Checked again at once: no case manager is a review, never an all-clear.
  await expect(form(page).getByRole('status')).toHaveText('Checked again: Needs a look.');
  await expect(badge(page)).toHaveAttribute('title', 'Needs a look');
  await expect(form(page).locator('[data-corrected="caseManager"]')).toContainText(
    'Corrected by you: the name read is not the case manager',
  );
  expect(await seriousViolations(page, { include: ['[data-cmc-host]'] })).toEqual([]);
  await saveScreen(page, 'corrections-form-corrected', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(form(page)).toHaveCount(0);

  await badge(page).click();
  await expect(finding(page, 'missing-data')).toHaveCount(1);
  await expect(finding(page, 'instruction-authorization')).toHaveCount(0);
  await expect(panel(page).locator('.corrected')).toContainText(
    'Corrected by you: the name read is not the case manager',
  );
  expect(await seriousViolations(page, { include: ['[data-cmc-host]'] })).toEqual([]);
  await saveScreen(page, 'corrections-panel-corrected', { fullPage: false });

  // Remembered for the student under its keyed hash, the name only as a keyed digest.
  const entries = Object.entries((await stored()) as Record<string, unknown>);
  expect(entries).toEqual([
    [
      expect.stringMatching(/^[0-9a-f]{64}$/),
      {
        on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        caseManager: { not: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
    ],
  ]);

  // Across a reload: the same student, the same correction.
  await page.reload();
  await rendered(page);
  await expect(badge(page)).toHaveAttribute('title', 'Needs a look');
  await badge(page).click();
  const line = panel(page).locator('.corrected');
  await expect(line).toContainText('Corrected by you');

  // Undo, from the panel: the page's reading again, and nothing left stored.
  await line.getByRole('button', { name: 'Undo' }).click();
  await expect(badge(page)).toHaveAttribute('title', 'Credential problem');
  await expect(panel(page).locator('.corrected')).toHaveCount(0);
  await expect(finding(page, 'instruction-authorization')).toHaveCount(1);
  expect(await stored()).toBeUndefined();
  await page.close();
});

test('"wrong primary disability": the category chosen is checked, shown as corrected, undone in the form', async () => {
  const page = await newPage();
  await openForm(page, '1001');
  await badge(page).click();
  await panel(page).getByRole('button', { name: 'Something looks wrong?' }).click();
  // Chosen by keyboard, as a user does: the form takes the category from the user's own input
  // only (Playwright's selectOption sets it by script, which a page could do too).
  await form(page).getByLabel('The right primary disability').focus();
  await page.keyboard.type('290');
  await expect(form(page).getByLabel('The right primary disability')).toHaveValue('290');
  await form(page).getByRole('button', { name: 'Use this category' }).click();
  // Level II Mild/Moderate covers a specific learning disability: it fits, as corrected by you.
  await expect(form(page).getByRole('status')).toHaveText('Checked again: Credential fits.');
  await expect(badge(page)).toHaveAttribute('title', 'Credential fits');
  const corrected = form(page).locator('[data-corrected="primaryDisability"]');
  await expect(corrected).toContainText('Corrected by you: the primary disability');
  await corrected.getByRole('button', { name: 'Undo' }).click();
  await expect(form(page).getByRole('status')).toHaveText('Checked again: Credential problem.');
  await expect(badge(page)).toHaveAttribute('title', 'Credential problem');
  await expect(form(page).locator('[data-corrected]')).toHaveCount(0);
  expect(await stored()).toBeUndefined();
  await form(page).getByRole('button', { name: 'Close' }).click();
  await expect(form(page)).toHaveCount(0);
  await page.close();
});

test('"not the provider of service 415": the speech row is checked as if no provider were shown', async () => {
  const page = await newPage();
  // SEIS 1005: Chen gives speech (415) without a speech-language credential: an error on the row.
  await openForm(page, '1005');
  await expect(badge(page)).toHaveAttribute('title', 'Credential problem');
  await badge(page).click();
  await panel(page).getByRole('button', { name: 'Something looks wrong?' }).click();
  await expect(form(page)).toContainText('Read as the provider of service 415: Chen, Morgan');
  await form(page).getByRole('button', { name: 'Not the provider of service 415' }).click();
  await expect(form(page).locator('[data-corrected="provider:415"]')).toContainText(
    'Corrected by you: the person read as the provider of service 415',
  );
  await expect(badge(page)).not.toHaveAttribute('title', 'Credential problem');
  // The row's note went with the reading it rested on.
  await expect(page.locator('[data-cmc-host="service-note"]')).toHaveCount(0);
  await form(page)
    .locator('[data-corrected="provider:415"]')
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(badge(page)).toHaveAttribute('title', 'Credential problem');
  await page.close();
});
