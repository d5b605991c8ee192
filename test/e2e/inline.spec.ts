import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { seriousViolations } from '../support/axe.js';
import { badge, panel, status } from '../support/markers';
import { saveScreen } from '../support/screens.js';
import { launchOnVendorPages } from '../support/vendor-routes.js';

// The inline UI on a vendor page, as a case manager uses it: the badge, the findings popover,
// the role question, "mark as seen", notes on service rows, the page's colours, and the
// promise never to move or cover the page's own controls.

/** The storage the worker holds (no @types/chrome here). */
declare const chrome: {
  storage: Record<
    'local' | 'session',
    { get(keys: string | null): Promise<Record<string, unknown>>; clear(): Promise<void> }
  >;
};

let context: BrowserContext;
let worker: Worker;

test.beforeAll(async () => {
  ({ context, worker } = await launchOnVendorPages());
});

test.afterAll(async () => {
  await context?.close();
});

const open = (page: Page) => status(page).locator('li[data-rule]:not([data-acknowledged])');

/** Until the page has settled: the fixture re-renders once after 300 ms, wiping our badge. */
async function settled(page: Page): Promise<void> {
  await expect(badge(page)).toBeVisible();
  await page.waitForTimeout(450);
  await expect(badge(page)).toBeVisible();
}

async function openForm(id: string, setUp?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await setUp?.(page);
  await page.goto(`https://www.seis.org/forms/${id}/state/services/fape3`);
  await settled(page);
  return page;
}

/** Where every control of the page itself is (ours live in shadow roots, so are not listed). */
function controlBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a, button, input, select, textarea, [tabindex]')].map((e) => {
      const r = e.getBoundingClientRect();
      return [e.textContent?.trim().slice(0, 30), r.x, r.y, r.width, r.height];
    }),
  );
}

test('the badge says the status in words and shape, and opens the findings by keyboard', async () => {
  const page = await openForm('1001');
  // Shape and count on the page; the words are its name, its tooltip and the panel's heading.
  await expect(badge(page)).toHaveText(/✕\s*1/);
  await expect(badge(page)).toHaveAttribute('title', 'Credential problem');
  await expect(badge(page)).toHaveAccessibleName(
    'Case Manager Check: Credential problem. 1 to look at',
  );
  await saveScreen(page, 'inline-badge-closed', { fullPage: false });

  await badge(page).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeVisible();
  await expect(badge(page)).toHaveJSProperty('ariaExpanded', 'true');
  const finding = open(page).filter({ hasText: 'Autism' });
  await expect(finding).toHaveAttribute('data-rule', 'instruction-authorization');
  await expect(finding).toContainText('What would fix it:');
  await expect(finding).toContainText('Source:');
  await expect(panel(page).getByRole('heading', { name: /Credential problem/ })).toBeVisible();
  expect(await seriousViolations(page, { include: ['[data-cmc-host]'] })).toEqual([]);
  await saveScreen(page, 'inline-panel-open', { fullPage: false });

  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(badge(page)).toHaveJSProperty('ariaExpanded', 'false');
  await page.close();
});

test('neither the badge nor the open panel moves or covers any control of the page', async () => {
  const page = await openForm('1001');
  const withBadge = await controlBoxes(page);
  await status(page).evaluate((host) => {
    (host as HTMLElement).style.display = 'none';
  });
  expect(await controlBoxes(page)).toEqual(withBadge);
  await status(page).evaluate((host) => {
    (host as HTMLElement).style.display = '';
  });

  // Closed, the badge covers nothing: each control is what is under its own centre.
  const covered = await page.evaluate(() =>
    [...document.querySelectorAll('a, button, input, select')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        if (r.width === 0 || r.bottom < 0 || r.top > innerHeight) return false;
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return top !== null && top !== e && !e.contains(top);
      })
      .map((e) => e.textContent?.trim()),
  );
  expect(covered).toEqual([]);

  await badge(page).click();
  await expect(panel(page)).toBeVisible();
  expect(await controlBoxes(page)).toEqual(withBadge);
  await page.close();
});

test('the role the user states wins at once, is remembered for the student, and names no student', async () => {
  const page = await openForm('1001');
  await badge(page).click();
  await expect(panel(page)).toContainText('teaches the student (instruction)');
  await expect(panel(page)).toContainText('(worked out by the check');

  await panel(page)
    .getByRole('radio', { name: /only coordinates the IEP/ })
    .check();
  await expect(status(page).locator('[data-rule="instruction-authorization"]')).toHaveCount(0);
  await expect(panel(page)).toContainText('only coordinates the IEP (your choice)');
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('radio', { name: /only coordinates/ })).toBeFocused();
  await saveScreen(page, 'inline-role-chosen', { fullPage: false });

  const stored = await worker.evaluate(() => chrome.storage.local.get(null));
  const choices = stored.studentRoles as Record<string, { role: string }>;
  expect(Object.values(choices)).toEqual([{ role: 'coordinator', on: expect.any(String) }]);
  expect(Object.keys(choices)[0]).toMatch(/^[0-9a-f]{64}$/);
  const everything = JSON.stringify(stored);
  for (const identifier of ['9000001', 'Demo A', '03/14/2017', '2017-03-14']) {
    expect(everything).not.toContain(identifier);
  }

  // Another visit to the same student: the choice holds.
  await page.reload();
  await settled(page);
  await badge(page).click();
  await expect(panel(page).getByRole('radio', { name: /only coordinates/ })).toBeChecked();
  await expect(status(page).locator('[data-rule="instruction-authorization"]')).toHaveCount(0);

  // A new browser session (session memory gone): the student's slow hash is derived again
  // after the first findings are out, and the remembered choice is applied when it is ready.
  await page.keyboard.press('Escape');
  await worker.evaluate(() => chrome.storage.session.clear());
  await page.reload();
  await settled(page);
  await expect(status(page).locator('[data-rule="instruction-authorization"]')).toHaveCount(0);
  await badge(page).click();
  await expect(panel(page).getByRole('radio', { name: /only coordinates/ })).toBeChecked();

  // Handing the decision back to the check brings the error back and forgets the choice.
  await panel(page)
    .getByRole('radio', { name: /let the check work it out/ })
    .check();
  await expect(status(page).locator('[data-rule="instruction-authorization"]')).toHaveCount(1);
  const after = await worker.evaluate(() => chrome.storage.local.get('studentRoles'));
  expect(after.studentRoles).toEqual({});
  await page.close();
});

test('a finding marked as seen moves aside for the session, and the verdict stays', async () => {
  const page = await openForm('1001');
  await badge(page).click();
  const error = open(page).and(page.locator('[data-rule="instruction-authorization"]'));
  await error.getByRole('button', { name: 'Mark as seen' }).click();
  const seen = status(page).locator('li[data-acknowledged][data-rule="instruction-authorization"]');
  await expect(seen).toHaveCount(1);
  await expect(error).toHaveCount(0);
  await expect(badge(page)).toHaveAccessibleName(/Credential problem\. Nothing left to look at/);
  await expect(badge(page)).toHaveClass(/seen/);
  await expect(panel(page).getByText('Marked as seen (1)')).toBeVisible();
  await saveScreen(page, 'inline-marked-seen', { fullPage: false });

  const session = await worker.evaluate(() => chrome.storage.session.get(null));
  const acks = Object.keys(session).filter((k) => k.startsWith('ack:'));
  expect(acks).toHaveLength(1);
  expect(acks[0]).toMatch(/^ack:[0-9a-f]{64}$/);

  await page.reload();
  await settled(page);
  await expect(seen).toHaveCount(1);
  await page.close();
});

test('a provider credential problem is noted on its service row, which opens the reason', async () => {
  const page = await openForm('1005');
  const note = page.locator('[data-cmc-host="service-note"] .note');
  await expect(note).toHaveCount(1);
  await expect(note).toHaveAttribute('data-rule', 'service-authorization');
  await expect(note).toHaveAttribute('data-severity', 'error');
  // On the speech card, not the instruction card.
  const card = await page
    .locator('[data-cmc-host="service-note"]')
    .evaluate((host) => host.parentElement?.textContent?.trim());
  expect(card).toContain('Language and Speech');
  await note.click();
  const reason = page.locator('[data-cmc-host="service-note"] [popover]');
  await expect(reason).toBeVisible();
  await expect(reason).toContainText('Language and Speech');
  expect(await seriousViolations(page, { include: ['[data-cmc-host]'] })).toEqual([]);
  await saveScreen(page, 'inline-service-note', { fullPage: false });
  await page.close();
});

test("the badge follows the page's dark colours, and nothing of ours moves or fades", async () => {
  const page = await openForm('1002', (p) =>
    p.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent =
          'html, body, .layout, .main, .panel { background: #16181c !important; color: #e8e8e8 !important; }';
        document.head.append(style);
      });
    }),
  );
  await expect(status(page)).toHaveAttribute('data-theme', 'dark');
  await badge(page).click();
  await expect(panel(page)).toBeVisible();
  expect(await panel(page).evaluate((e) => e.getAnimations().length)).toBe(0);
  expect(await seriousViolations(page, { include: ['[data-cmc-host]'] })).toEqual([]);
  await saveScreen(page, 'inline-dark', { fullPage: false });
  await page.keyboard.press('Escape');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await badge(page).click();
  await expect(panel(page)).toBeVisible();
  expect(await panel(page).evaluate((e) => e.getAnimations().length)).toBe(0);
  await page.close();
});
