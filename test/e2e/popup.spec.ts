import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { seriousViolations } from '../support/axe.js';
import { activeTabId, launchWithExtension, storeRoster } from '../support/extension.js';
import { saveScreen } from '../support/screens.js';
import { readFixtureRoster, serveVendorFixtures } from '../support/vendor-routes.js';

/** The extension APIs this file calls inside the worker and the popup page (no @types/chrome). */
declare const chrome: {
  tabs: {
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage: unknown };
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

/**
 * The popup as a page of the popup's size. The browser opens the real popup beside the toolbar
 * and Playwright cannot reach that window, so the tests open its page in a tab. There it would
 * be its own active tab, with no IEP: `?tab=<id>` names the tab to report on instead (see
 * tabFromQuery in src/popup/this-page-model.ts). Without it the popup reports on the active
 * tab, which is the popup's own: the "no IEP" state, as on any page that is not an IEP.
 */
async function openPopup(tabId?: number): Promise<Page> {
  const page = await context.newPage();
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html${query}`);
  await expect(page.getByRole('heading', { name: 'Case Manager Check', level: 1 })).toBeVisible();
  await fitPopup(page);
  return page;
}

/**
 * The window the browser would give the popup: as wide as its page (the body and the room kept
 * for a scrollbar), at most 600px high.
 */
async function fitPopup(page: Page): Promise<void> {
  const width = await page.evaluate(() => {
    // The gutter the stylesheet keeps for a scrollbar: the viewport minus the root's box.
    const gutter = window.innerWidth - document.documentElement.getBoundingClientRect().width;
    return Math.ceil(document.body.offsetWidth + gutter);
  });
  await page.setViewportSize({ width, height: 600 });
  // Nothing may stick out sideways at that width.
  const overflow = await page.evaluate(
    () =>
      document.documentElement.scrollWidth - document.documentElement.getBoundingClientRect().width,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function tabIdOf(page: Page): Promise<number> {
  const id = await activeTabId(worker, page);
  expect(id).toBeGreaterThanOrEqual(0);
  return id;
}

test('with no IEP in the tab, the popup leads with the lookup and says how to get a check', async () => {
  const page = await openPopup();
  const thisPage = page.getByRole('region', { name: 'This page' });
  await expect(thisPage.getByText('No IEP on this page')).toBeVisible();
  await expect(thisPage.locator('[data-state="no-iep"]')).toBeVisible();
  // The lookup comes first, in the page's order (what a screen reader and Tab follow), not
  // only on screen.
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('main > section h2')].map((h) => h.textContent),
  );
  expect(order).toEqual(['Look up', 'This page']);
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreen(page, 'popup-empty');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreen(page, 'popup-empty-dark');
  await page.close();
});

test('when the background cannot answer, the popup says the check could not run', async () => {
  const page = await context.newPage();
  // A background that fails: the popup's message gets the protocol's error reply.
  await page.addInitScript(() => {
    chrome.runtime.sendMessage = (() =>
      Promise.resolve({ ok: false, error: 'The check could not be completed.' })) as never;
  });
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(page.getByText('The check could not run')).toBeVisible();
  await fitPopup(page);
  await expect(page.locator('[data-state="failed"]')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreen(page, 'popup-failed');
  await page.close();
});

/** Opens a SEIS IEP, waits for the inline marker, and reads the toolbar badge of its tab. */
async function openSeisForm(id: string): Promise<{ seis: Page; tabId: number; badge: string }> {
  const seis = await context.newPage();
  await seis.goto(`https://www.seis.org/forms/${id}/state/services/fape3`);
  await expect(seis.locator('[data-cmc-host]')).toHaveCount(1);
  const tabId = await tabIdOf(seis);
  const badge = await worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), tabId);
  return { seis, tabId, badge };
}

/** The findings count the popup shows, as the badge would write it ('' for none). */
async function shownCount(page: Page): Promise<string> {
  const count = await page.getByTestId('attention-count').getAttribute('data-count');
  return count === '0' ? '' : (count ?? 'missing');
}

test('on a SEIS IEP, the popup shows the status, the role and the findings the badge counts', async () => {
  const { seis, tabId, badge } = await openSeisForm('1001');
  expect(badge).not.toBe('');

  const page = await openPopup(tabId);
  const thisPage = page.getByRole('region', { name: 'This page' });
  // An autism student taught by a Level II Mild/Moderate holder: a credential problem.
  await expect(thisPage.locator('[data-status="violation"]')).toContainText('Credential problem');
  expect(await shownCount(page)).toBe(badge);
  await expect(thisPage.getByTestId('attention-count')).toContainText(
    badge === '1' ? '1 item needs' : `${badge} items need`,
  );
  await expect(thisPage.getByText(/Checked as a case manager who teaches/)).toBeVisible();
  await expect(thisPage.getByText('Read from the current IEP.')).toBeVisible();

  const findings = thisPage.locator('.findings > li');
  const first = findings.first();
  await expect(first).toHaveAttribute('data-rule', 'instruction-authorization');
  await expect(first).toHaveAttribute('data-severity', 'error');
  await expect(first).toContainText('Problem:');
  await expect(first).toContainText('Autism');
  await expect(first).toContainText('What would fix it:');
  await expect(first.getByRole('link')).toHaveAttribute('href', /^https:\/\/www\.ctc\.ca\.gov\//);
  // Most serious first, and the count is exactly the errors and warnings listed.
  const severities = await findings.evaluateAll((items) =>
    items.map((li) => li.getAttribute('data-severity')),
  );
  const rank = ['error', 'warning', 'suggestion', 'info', 'ok'];
  const ranks = severities.map((s) => rank.indexOf(s ?? ''));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(String(severities.filter((s) => s === 'error' || s === 'warning').length)).toBe(badge);

  expect(await seriousViolations(page)).toEqual([]);
  await saveScreen(page, 'popup-this-page');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreen(page, 'popup-this-page-dark');
  await page.close();
  await seis.close();
});

for (const { id, status, word, finding } of [
  // Authorized: one "ok" finding, which the badge does not count.
  { id: '1002', status: 'ok', word: 'Credential fits', finding: 'authorized' },
  // A case manager missing from the roster: a warning, counted.
  { id: '1003', status: 'review', word: 'Needs a look', finding: 'credentials-unknown' },
]) {
  test(`SEIS form ${id}: the popup says "${word}" and counts as the badge does`, async () => {
    const { seis, tabId, badge } = await openSeisForm(id);
    const page = await openPopup(tabId);
    const thisPage = page.getByRole('region', { name: 'This page' });
    await expect(thisPage.locator(`[data-status="${status}"]`)).toContainText(word);
    expect(await shownCount(page)).toBe(badge);
    await expect(thisPage.locator(`.findings > li[data-rule="${finding}"]`)).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreen(page, `popup-this-page-${status}`);
    await page.close();
    await seis.close();
  });
}

test('the disability lookup works from the keyboard alone', async () => {
  const page = await openPopup();
  const field = page.getByRole('combobox', { name: 'Disability' });
  await field.focus();
  await page.keyboard.type('aut');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  const option = page.getByRole('option', { name: /Autism \(320, AUT\)/ });
  await expect(option).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute(
    'aria-activedescendant',
    (await option.getAttribute('id')) ?? '',
  );
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(field).toHaveValue('Autism (320, AUT)');

  const result = page.getByTestId('lookup-result');
  await expect(result.getByRole('heading', { name: /Autism/, level: 3 })).toBeVisible();
  await expect(result.locator('[data-key="MMSN"]')).toContainText('Mild to Moderate Support Needs');
  await expect(result.locator('[data-key="MMSN"]')).toContainText(
    'support needs are mild to moderate',
  );
  // DHH covers autism only with a hearing disability too: the condition is there, in words.
  await expect(result.locator('[data-key="DHH"]')).toContainText(
    'only when the student also has Deaf, Hard of Hearing or Deaf-Blindness',
  );
  await expect(result.locator('[data-key="MM-L"]')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Autism (320):' })).toHaveCount(1);

  // The student's services: speech only → the SLP; add SAI in an SDC → the SDC teacher.
  const bestPractice = page.getByTestId('best-practice');
  await expect(bestPractice).toHaveCount(0);
  // The optional facts are folded: open them from the keyboard.
  const more = page.getByText('Grade, setting and services (optional)');
  await more.focus();
  await page.keyboard.press('Enter');
  const services = page.getByRole('combobox', { name: 'Services the student receives' });
  await expect(services).toBeVisible();
  await services.focus();
  // Down on the empty field lists every service, to browse; Escape closes the list.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'Occupational Therapy (450)' })).toBeAttached();
  await saveScreen(page, 'popup-services-list', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(services).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.type('speech');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(services).toHaveValue('');
  await expect(page.getByRole('list', { name: 'Services added' })).toContainText(
    'Language and Speech (415)',
  );
  await expect(bestPractice).toContainText('Speech-Language Pathologist');
  await page.keyboard.type('330');
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Class setting' }).selectOption('SDC');
  await expect(bestPractice).toContainText('SDC teacher');
  await expect(bestPractice).toContainText('best practice, not a requirement');

  // A grade narrows the list: early childhood credentials drop out in grade 3.
  await page.getByRole('combobox', { name: 'Grade' }).selectOption('3');
  await expect(result.locator('[data-key="ECSE"]')).toHaveCount(0);
  await expect(result.locator('[data-key="MMSN"]')).toHaveCount(1);

  // Escape closes an open list first, and leaves the field as it was.
  await field.focus();
  await page.keyboard.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(field).toHaveValue('Autism (320, AUT)');

  expect(await seriousViolations(page)).toEqual([]);
  await saveScreen(page, 'popup-disability');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  // What the popup window shows once scrolled to the answer.
  await result.getByRole('heading', { level: 3 }).evaluate((h) => h.scrollIntoView());
  await saveScreen(page, 'popup-disability-dark', { fullPage: false });
  await page.close();
});

test('the autism answer fits the popup: current credentials first, the rest and conditions folded', async () => {
  const page = await openPopup();
  const field = page.getByRole('combobox', { name: 'Disability' });
  await field.fill('autism');
  await page.getByRole('option', { name: /Autism \(320, AUT\)/ }).click();
  const result = page.getByTestId('lookup-result');
  await expect(result.getByRole('heading', { name: /Autism/, level: 3 })).toBeVisible();
  const groups = await result
    .locator('[data-group]')
    .evaluateAll((all) =>
      all.map((g) => [
        g.getAttribute('data-group'),
        g.localName,
        g.querySelectorAll('[data-key]').length,
      ]),
    );
  // What a case manager most often needs first and open; every credential still listed.
  expect(groups[0]).toEqual(['current', 'div', expect.any(Number)]);
  expect(groups.map(([group]) => group)).toEqual(['current', 'added', 'older', 'specialClass']);
  expect(groups.filter(([, tag]) => tag === 'details').map(([group]) => group)).toEqual([
    'older',
    'specialClass',
  ]);
  expect(groups.reduce((n, [, , count]) => n + Number(count), 0)).toBeGreaterThanOrEqual(13);
  await expect(result.locator('[data-key="MMSN"]')).toBeVisible();
  await expect(result.getByText('support needs are mild to moderate').first()).toBeHidden();
  const heights = await page.evaluate(() => ({
    result: Math.round(
      document.querySelector('[data-testid="lookup-result"]')?.getBoundingClientRect().height ?? 0,
    ),
    page: document.documentElement.scrollHeight,
  }));
  console.log('autism lookup heights', JSON.stringify(heights));
  await saveScreen(page, 'popup-autism', { fullPage: false });
  await saveScreen(page, 'popup-autism-full');
  expect(heights.result).toBeLessThanOrEqual(600);
  expect(await seriousViolations(page)).toEqual([]);
  // Unfolded on demand: the older credentials and a credential's conditions.
  await result.locator('[data-group="older"] > summary').click();
  await expect(result.locator('[data-key="MS-PC"]')).toBeVisible();
  await result.locator('[data-key="MMSN"] summary').click();
  await expect(result.getByText('support needs are mild to moderate').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test('a low-incidence disability shows the alternate-placement note', async () => {
  const page = await openPopup();
  const field = page.getByRole('combobox', { name: 'Disability' });
  await field.focus();
  await page.keyboard.type('deaf');
  // By pointer this time: a click on the option chooses it.
  await page.getByRole('option', { name: /Deaf-Blindness \(300, DB\)/ }).click();
  await expect(field).toHaveValue('Deaf-Blindness (300, DB)');
  const result = page.getByTestId('lookup-result');
  await expect(result.getByRole('heading', { level: 3 })).toContainText('Deaf-Blindness');
  await expect(result).toContainText('Low incidence');
  const note = page.getByTestId('alternate-placement');
  await expect(note).toContainText('secondary disability');
  await expect(note).toContainText('alternate placement');
  await expect(result.locator('[data-key="AADB"]')).toHaveCount(1);

  // 230 Deaf, typed as its code and taken with Enter.
  await field.fill('');
  await field.focus();
  await page.keyboard.type('230');
  await page.keyboard.press('Enter');
  await expect(result.getByRole('heading', { level: 3 })).toContainText('Deaf');
  await expect(note).toContainText('Audiological Services (720)');

  expect(await seriousViolations(page)).toEqual([]);
  await note.scrollIntoViewIfNeeded();
  await saveScreen(page, 'popup-low-incidence');
  await page.close();
});

test('the credential lookup shows what MMSN covers, and links back to a disability', async () => {
  const page = await openPopup();
  const tab = page.getByRole('tab', { name: 'By credential' });
  // Tabs by keyboard: focus the selected tab, then the right arrow.
  await page.getByRole('tab', { name: 'By disability' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(tab).toBeFocused();

  const field = page.getByRole('combobox', { name: 'Credential or authorization' });
  await field.focus();
  await page.keyboard.type('MMSN');
  await expect(page.getByRole('option').first()).toContainText('Mild to Moderate Support Needs');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const result = page.getByTestId('credential-result');
  await expect(result.getByRole('heading', { level: 3 })).toContainText(
    'Mild to Moderate Support Needs',
  );
  await expect(result).toContainText('CTC codes: R3MN, R3BM');
  await expect(result).toContainText('2022 credential structure');
  await expect(result).toContainText('TK, K–12 and adults to age 22');
  await expect(result.locator('[data-code="290"]')).toContainText('Specific Learning Disability');
  await expect(result.locator('[data-code="320"]')).toContainText('Autism');
  await expect(result.locator('[data-code="230"]')).toHaveCount(0);
  // What the sources say it does not cover is said, not left to be inferred (REFERENCE §3a).
  await expect(result.getByTestId('not-covered')).toContainText(
    'Speech or Language Impairment (240)',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreen(page, 'popup-authorization');

  // A CTC code and a name find the same credential; an era-generic code names its variants.
  await field.fill('');
  await field.focus();
  await page.keyboard.type('R3MM');
  await page.keyboard.press('Enter');
  await expect(result).toContainText('Which credential this is depends on when it was issued');
  await expect(result).toContainText('Level I/II), if issued before 2010-06-26');

  // Following a disability opens the disability lookup on it, with focus on the result.
  await result.locator('[data-code="290"]').getByRole('button').click();
  await expect(page.getByRole('tab', { name: 'By disability' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const heading = page.getByTestId('lookup-result').getByRole('heading', { level: 3 });
  await expect(heading).toContainText('Specific Learning Disability');
  await expect(heading).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Disability' })).toHaveValue(
    'Specific Learning Disability (290, SLD)',
  );
  await page.close();
});
