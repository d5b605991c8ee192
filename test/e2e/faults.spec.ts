import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { ContextRecorder } from '../security/context-recorder';
import { DIST, launchWithExtension, storeRoster } from '../support/extension.js';
import { readFixtureRoster, serveVendorFixtures } from '../support/vendor-routes.js';

// Faults a case manager's browser will meet: the service worker stopped between page changes,
// the extension reloaded under open IEP pages (an update), and stored settings that are
// corrupt or too large. Each time the checks carry on, nothing is drawn twice, and the options
// page says plainly what it could not read while keeping the roster.

test.describe.configure({ mode: 'serial' });

/** The extension APIs this file calls in the worker (no @types/chrome). */
declare const chrome: {
  storage: {
    local: {
      get(k: string | null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
    session: { get(k: null): Promise<Record<string, unknown>> };
  };
  runtime: { reload(): void };
};

let context: BrowserContext;
let extensionId: string;
let recorder: ContextRecorder;

test.beforeAll(async () => {
  let worker: Worker;
  ({ context, worker, extensionId } = await launchWithExtension());
  recorder = await ContextRecorder.start(context);
  await serveVendorFixtures(context);
  await storeRoster(worker, await readFixtureRoster());
});

test.afterAll(async () => {
  await recorder?.stop();
  await context?.close();
});

/** The extension's live service worker, waiting for one if it is being (re)started. */
async function liveWorker(): Promise<Worker> {
  const mine = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  return (
    context.serviceWorkers().find(mine) ??
    (await context.waitForEvent('serviceworker', { predicate: mine }))
  );
}

/** Whether the browser is running the extension's worker right now (from its targets). */
async function workerRunning(): Promise<boolean> {
  const browser = await context.browser()?.newBrowserCDPSession();
  if (!browser) throw new Error('No browser session.');
  const { targetInfos } = await browser.send('Target.getTargets');
  await browser.detach();
  return targetInfos.some(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
}

/** Stops every service worker, as the browser does to an idle one (CDP, from any page). */
async function stopWorkers(page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await expect.poll(workerRunning).toBe(false);
}

const caseManagerHosts = (page: Page) => page.locator('[data-cmc-host="case-manager"]');
const rule = (page: Page, id: string) => page.locator(`[data-cmc-host] [data-rule="${id}"]`);

/** SEIS form 1004 (a hash route, with the Future/Current toggle), settled. */
async function openToggleForm(): Promise<Page> {
  const page = await context.newPage();
  await page.goto('https://www.seis.org/iep/#/forms/1004/state/services/fape3');
  await expect(rule(page, 'credentials-unknown')).toHaveCount(1);
  // Past the fixture's second render, which redraws the marker.
  await page.waitForTimeout(450);
  await expect(caseManagerHosts(page)).toHaveCount(1);
  return page;
}

const showFuture = async (page: Page) => {
  await page.getByRole('link', { name: 'Future IEP' }).click();
  await expect(page.locator('[data-cmc-host] [data-iep="future"]')).toHaveCount(1);
};
const showCurrent = async (page: Page) => {
  await page.getByRole('link', { name: 'Current IEP' }).click();
  await expect(page.locator('[data-cmc-host] [data-iep="current"]')).toHaveCount(1);
};

test('the service worker stopped mid-session: the next page change brings the findings back', async () => {
  const page = await openToggleForm();
  // Something for the worker to remember across its stop: a finding marked as seen.
  const status = caseManagerHosts(page);
  await status.locator('.badge').click();
  await status.getByRole('button', { name: 'Mark as seen' }).first().click();
  await expect(status.locator('li[data-acknowledged]')).toHaveCount(1);

  await stopWorkers(page);
  await showFuture(page);
  expect(await workerRunning()).toBe(true);
  await expect(rule(page, 'authorized')).toHaveCount(1);
  await expect(rule(page, 'credentials-unknown')).toHaveCount(0);

  await stopWorkers(page);
  await showCurrent(page);
  await expect(rule(page, 'credentials-unknown')).toHaveCount(1);
  // The acknowledgement lived in session storage, not in the stopped worker.
  await expect(status.locator('li[data-acknowledged]')).toHaveCount(1);
  await expect(caseManagerHosts(page)).toHaveCount(1);
  await page.close();
});

/** Everything thrown or logged in a page's worlds (content scripts' included). */
const pageMessages = (url: string) =>
  recorder.messages.filter((m) => m.fromUrl === url && !m.kind.startsWith('log.verbose'));

test('the extension reloaded: the old content script retires cleanly, and nothing is drawn twice', async () => {
  // Chromium disables a command-line-loaded extension that reloads itself unless developer
  // mode is on (disableReasons.unsupportedDeveloperExtension), as it is where one is loaded by
  // hand; chrome://extensions turns it on.
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(
    () =>
      new Promise((done) =>
        (
          chrome as unknown as {
            developerPrivate: { updateProfileConfiguration(c: object, f: () => void): void };
          }
        ).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () => done(null)),
      ),
  );
  await settings.close();

  const page = await openToggleForm();
  const url = page.url();
  // Reloaded from one of its own pages (which the reload closes, so the call may not return).
  const own = await context.newPage();
  await own.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await own.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  // Back once its pages open again; the popup's question wakes the new worker.
  const popup = await context.newPage();
  await expect
    .poll(() =>
      popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`).then(
        () => true,
        () => false,
      ),
    )
    .toBe(true);
  await expect.poll(workerRunning).toBe(true);
  await popup.close();

  // Chromium injects no new copy into open tabs on a reload. The old copy's marker still shows
  // the verdict for what the page shows; when the page shows something else (the Future IEP),
  // the old copy, cut off from the extension, stops and removes what it drew: quietly, nothing
  // thrown or logged in the page, and nothing drawn again at later changes.
  await expect(caseManagerHosts(page)).toHaveCount(1);
  await page.getByRole('link', { name: 'Future IEP' }).click();
  await page.waitForTimeout(500);
  await expect(page.locator('[data-cmc-host]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Current IEP' }).click();
  await page.waitForTimeout(500);
  await expect(page.locator('[data-cmc-host]')).toHaveCount(0);
  expect(pageMessages(url).map((m) => `${m.kind}: ${m.text}`)).toEqual([]);

  // The page loaded again gets the new copy: one verdict, also after the page changes. (The
  // new worker starts with this check: more time on a busy machine.)
  await page.reload();
  await expect(rule(page, 'credentials-unknown')).toHaveCount(1, { timeout: 15_000 });
  await page.waitForTimeout(450);
  await expect(caseManagerHosts(page)).toHaveCount(1);
  await showFuture(page);
  await expect(caseManagerHosts(page)).toHaveCount(1);
  await page.close();
});

test('a second copy of the content script in the same page takes over: one verdict, not two', async () => {
  const page = await openToggleForm();
  // The built script run again in the extension's world of this page, as a re-injection after
  // an update would: the first copy must stop and its marker go.
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
  await cdp.send('Runtime.enable');
  const world = worlds.find(
    (c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.type === 'isolated',
  );
  expect(world).toBeDefined();
  const script = await readFile(resolve(DIST, 'src/content/index.js'), 'utf8');
  const run = await cdp.send('Runtime.evaluate', { expression: script, contextId: world?.id });
  expect(run.exceptionDetails).toBeUndefined();
  await expect(caseManagerHosts(page)).toHaveCount(1);
  await showFuture(page);
  await page.waitForTimeout(500);
  await expect(caseManagerHosts(page)).toHaveCount(1);
  await showCurrent(page);
  await page.waitForTimeout(500);
  await expect(caseManagerHosts(page)).toHaveCount(1);
  await cdp.detach();
  await page.close();
});

/** The options page, with the parts it says it could not read. */
async function openOptions(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case Manager Check settings');
  return page;
}

test('corrupt and oversized settings: the options page says what it could not read, keeps the roster, and checks still run', async () => {
  test.setTimeout(60_000);
  const worker = await liveWorker();
  const roster = (await worker.evaluate(() => chrome.storage.local.get('roster'))).roster;
  expect(roster).toBeDefined();
  // A profile of the wrong shape, and preferences of more than 5 MB.
  await worker.evaluate(() =>
    chrome.storage.local.set({
      profile: { name: 42, authorizations: 'all of them' },
      preferences: 'x'.repeat(5 * 1024 * 1024 + 1),
    }),
  );

  const options = await openOptions();
  const alerts = options.getByRole('alert');
  await expect(alerts.filter({ hasText: 'Your saved profile could not be read' })).toBeVisible();
  await expect(
    alerts.filter({ hasText: 'Your saved date and check choices could not be read' }),
  ).toBeVisible();
  await expect(options.getByTestId('roster-summary')).toContainText('Saved roster: 2 staff');
  // Nothing was wiped: the roster as it was, the damaged parts left for the user to replace.
  const after = await worker.evaluate(() => chrome.storage.local.get(null));
  expect(after.roster).toEqual(roster);
  expect((after.preferences as string).length).toBe(5 * 1024 * 1024 + 1);

  // The checks run on, with the roster.
  const seis = await context.newPage();
  await seis.goto('https://www.seis.org/forms/1001/state/services/fape3');
  await expect(rule(seis, 'instruction-authorization')).toHaveCount(1);

  // A roster at the schema's cap of 20,000 staff is read, and checks still answer.
  const staff = (await readFixtureRoster()) as { name: string }[];
  const big = Array.from({ length: 20_000 - staff.length }, (_, i) => ({
    name: `Staff${i}, Member`,
    authorizations: [{ key: 'MMSN' }],
  }));
  await storeRoster(worker, [...staff, ...big]);
  await seis.goto('https://www.seis.org/forms/1002/state/services/fape3');
  await expect(rule(seis, 'authorized')).toHaveCount(1, { timeout: 15_000 });
  await options.reload();
  await expect(options.getByTestId('roster-summary')).toContainText('Saved roster: 20000 staff');

  // One more is over the cap: said plainly, not used, and not wiped.
  await storeRoster(worker, [...staff, ...big, { name: 'One, More', authorizations: [] }]);
  await options.reload();
  await expect(
    options.getByRole('alert').filter({ hasText: 'The saved district roster could not be read' }),
  ).toBeVisible();
  const stored = (await worker.evaluate(() => chrome.storage.local.get('roster'))).roster as {
    staff: unknown[];
  };
  expect(stored.staff).toHaveLength(20_001);
  await seis.goto('https://www.seis.org/forms/1001/state/services/fape3');
  await expect(rule(seis, 'credentials-unknown')).toHaveCount(1);

  await worker.evaluate(() => chrome.storage.local.remove(['profile', 'preferences', 'roster']));
  await seis.close();
  await options.close();
});
