import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { badge, panel, status } from '../support/markers';
import { countRenders, rendered } from '../support/settle.js';
import { launchOnVendorPages } from '../support/vendor-routes.js';

// Issue 16, item 5: a vendor page's own scripts can reach into our open shadow root. Whatever
// they do there (click, forged events, form changes, labels, submits), no verdict changes and
// nothing is stored; only the user's own click does that.

declare const chrome: {
  storage: Record<
    'local' | 'session',
    { get(keys: string | null): Promise<Record<string, unknown>> }
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

/**
 * What the user told the extension, as stored: role choices and corrections (local) and
 * acknowledgements (session).
 */
async function remembered() {
  return worker.evaluate(async () => {
    const local = await chrome.storage.local.get(null);
    const session = await chrome.storage.session.get(null);
    return {
      roles: local.studentRoles ?? {},
      corrections: local.studentCorrections ?? {},
      acks: Object.entries(session).filter(([k]) => k.startsWith('ack:')),
    };
  });
}

/** The tools loaded on demand: the outline and the corrections form. */
const tools = (page: Page) =>
  page.locator('[data-cmc-host="outline"], [data-cmc-host="corrections"]');

async function openForm(id: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await countRenders(page);
  await page.goto(`https://www.seis.org/forms/${id}/state/services/fape3`);
  // The fixture's second render wipes our host, which is then drawn again.
  await rendered(page);
  await expect(badge(page)).toHaveAttribute('title', 'Credential problem');
  return page;
}

/**
 * Every way a page script could act on the controls in one of our hosts (the panel's by
 * default), run in the page's main world.
 */
function attack(page: Page, hostRole = 'case-manager') {
  return page.evaluate((role) => {
    const host = document.querySelector(`[data-cmc-host="${role}"]`);
    const root = host?.shadowRoot;
    if (!root) throw new Error('no host');
    const controls = [...root.querySelectorAll<HTMLElement>('input, select, button:not(.badge)')];
    const forged = (target: HTMLElement) => {
      target.click();
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        target.dispatchEvent(
          new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }),
        );
      }
      target.dispatchEvent(new PointerEvent('click', { bubbles: true, composed: true }));
      target.focus();
      for (const key of ['Enter', ' ']) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
      }
      if (target instanceof HTMLInputElement) {
        target.checked = true;
        target.dispatchEvent(new Event('input', { bubbles: true }));
        target.dispatchEvent(new Event('change', { bubbles: true }));
      }
      // A label (its click is forwarded by the browser) and a form (its submit event is trusted).
      const label = document.createElement('label');
      root.append(label);
      if (target.id) label.htmlFor = target.id;
      else label.append(target.cloneNode());
      label.click();
      label.remove();
      const form = document.createElement('form');
      form.addEventListener('submit', (e) => e.preventDefault());
      target.replaceWith(form);
      form.append(target);
      if (target instanceof HTMLButtonElement) target.type = 'submit';
      form.requestSubmit(target instanceof HTMLButtonElement ? target : null);
      form.replaceWith(target);
    };
    for (const control of controls) {
      // A select chosen by script, then its form's buttons: the choice alone does nothing.
      if (control instanceof HTMLSelectElement) {
        control.value = control.options[control.options.length - 1]?.value ?? '';
        control.dispatchEvent(new Event('change', { bubbles: true }));
      }
      forged(control);
    }
    return controls.length;
  }, hostRole);
}

test('no page script changes a verdict or stores anything, with the panel closed or open', async () => {
  const page = await openForm('1001');
  const before = await remembered();
  const text = await badge(page).textContent();

  // Closed: the controls are there (the panel is drawn, only hidden), reachable by script:
  // the role radios, "mark as seen", "Show what was read" and "Something looks wrong?".
  expect(await attack(page)).toBeGreaterThanOrEqual(7);
  // Open (by the page itself, as a script could), and attacked again.
  await page.evaluate(() =>
    document
      .querySelector('[data-cmc-host="case-manager"]')
      ?.shadowRoot?.querySelector<HTMLElement>('.badge')
      ?.click(),
  );
  await expect(panel(page)).toBeVisible();
  expect(await attack(page)).toBeGreaterThanOrEqual(7);

  // The background has had every chance to act on a message: a round trip through it settles.
  await worker.evaluate(() => chrome.storage.session.get(null));
  // Neither tool was loaded: "Show what was read" and "Something looks wrong?" need the user.
  await expect(tools(page)).toHaveCount(0);
  await expect(badge(page)).toHaveText(text ?? '');
  await expect(status(page).locator('[data-rule="instruction-authorization"]')).toHaveCount(1);
  expect(await remembered()).toEqual(before);
  // What the panel says the check took is unchanged. (A page can of course rewrite our open
  // shadow root's text and set a radio's `checked` itself; it cannot make the extension act.)
  if (!(await panel(page).isVisible())) await badge(page).click();
  await expect(panel(page)).toContainText('(worked out by the check');

  // The same control clicked by the user does act, so the test above could have failed.
  await panel(page)
    .getByRole('radio', { name: /only coordinates the IEP/ })
    .click();
  await expect(status(page).locator('[data-rule="instruction-authorization"]')).toHaveCount(0);
  expect(Object.values((await remembered()).roles)).toEqual([
    { role: 'coordinator', on: expect.any(String) },
  ]);
  await panel(page)
    .getByRole('radio', { name: /let the check work it out/ })
    .click();
  await expect(status(page).locator('[data-rule="instruction-authorization"]')).toHaveCount(1);
  await page.close();
});

test('no page script makes or undoes a correction, in the form or in the panel', async () => {
  const page = await openForm('1001');
  const before = await remembered();
  // The user opens the form (a real click); the page's script then drives every control in it.
  await badge(page).click();
  await panel(page).getByRole('button', { name: 'Something looks wrong?' }).click();
  const form = page.locator('[data-cmc-host="corrections"] dialog');
  await expect(form).toBeVisible();
  expect(await attack(page, 'corrections')).toBeGreaterThanOrEqual(3);
  await worker.evaluate(() => chrome.storage.session.get(null));
  await expect(badge(page)).toHaveAttribute('title', 'Credential problem');
  await expect(form.locator('[data-corrected]')).toHaveCount(0);
  expect(await remembered()).toEqual(before);
  // The script set the category list to another category: the user's click on "Use this
  // category" applies only what the user chose (nothing yet), never the script's choice.
  await form.getByRole('button', { name: 'Use this category' }).click();
  await worker.evaluate(() => chrome.storage.session.get(null));
  await expect(badge(page)).toHaveAttribute('title', 'Credential problem');
  expect(await remembered()).toEqual(before);

  // The user's own click corrects; the page's script cannot undo it, in the form or the panel.
  await form.getByRole('button', { name: 'This is not the case manager' }).click();
  await expect(badge(page)).toHaveAttribute('title', 'Needs a look');
  const corrected = await remembered();
  expect(Object.keys(corrected.corrections)).toHaveLength(1);
  expect(await attack(page, 'corrections')).toBeGreaterThanOrEqual(3);
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await page.evaluate(() =>
    document
      .querySelector('[data-cmc-host="case-manager"]')
      ?.shadowRoot?.querySelector<HTMLElement>('.badge')
      ?.click(),
  );
  await expect(panel(page).getByRole('button', { name: 'Undo' })).toBeVisible();
  expect(await attack(page)).toBeGreaterThanOrEqual(3);
  await worker.evaluate(() => chrome.storage.session.get(null));
  await expect(badge(page)).toHaveAttribute('title', 'Needs a look');
  expect(await remembered()).toEqual(corrected);
  await expect(tools(page)).toHaveCount(0);

  // And the user's click on Undo does undo, so the test above could have failed.
  if (!(await panel(page).isVisible())) await badge(page).click();
  await panel(page).getByRole('button', { name: 'Undo' }).click();
  await expect(badge(page)).toHaveAttribute('title', 'Credential problem');
  expect(await remembered()).toEqual(before);
  await page.close();
});

test('no page script opens or closes the outline', async () => {
  const page = await openForm('1001');
  // The user shows what was read; the page's script then tries its Close button.
  await badge(page).click();
  await panel(page).getByRole('button', { name: 'Show what was read' }).click();
  const outline = page.locator('[data-cmc-host="outline"]');
  await expect(outline.locator('.box[data-mark="caseManager"]')).toBeVisible();
  expect(await attack(page, 'outline')).toBe(1);
  await page.evaluate(() => {
    for (const target of [document, document.body]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }
  });
  await expect(outline).toHaveCount(1);
  await outline.getByRole('button', { name: 'Close' }).click();
  await expect(outline).toHaveCount(0);
  await page.close();
});
