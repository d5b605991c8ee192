import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type BrowserContext,
  type CDPSession,
  chromium,
  expect,
  type Page,
  test,
  type Worker,
} from '@playwright/test';
import fc from 'fast-check';
import { ContextRecorder } from '../security/context-recorder';
import { message } from '../security/message-arbitraries';
import { chromiumArgs, chromiumPath } from '../support/browser-env.js';
import { activeTabId, DIST, storeRoster } from '../support/extension.js';
import { readFixtureRoster, serveVendorFixtures } from '../support/vendor-routes.js';

// Who can reach the background, in the real browser. The extension's own contexts send a few
// hundred fuzzed messages through chrome.runtime (the popup's world and a content script's
// isolated world on a SEIS page) and the worker answers each and still checks pages after.
// Nobody else gets in: not a vendor page's own scripts (even where another extension makes
// chrome.runtime exist in the page), not window.postMessage, not another extension.
// The unit twin, test/background/handle-message.fuzz.test.ts, sends 10,000.

/** The extension APIs this file calls (no @types/chrome). */
declare const chrome: {
  runtime: {
    id: string;
    sendMessage(...args: unknown[]): Promise<unknown>;
    connect(id: string): { onDisconnect: { addListener(f: () => void): void } };
    lastError?: { message?: string };
  };
  storage: { session: { get(k: null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
};

/** Another extension, with externally_connectable for www.seis.org. */
const FOREIGN = resolve(import.meta.dirname, '../fixtures/hostile/foreign-extension');
const FUZZED = 300;

let context: BrowserContext;
let ours: Worker;
let foreign: Worker;
let extensionId: string;
let recorder: ContextRecorder;

test.beforeAll(async () => {
  context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...chromiumArgs,
      `--disable-extensions-except=${DIST},${FOREIGN}`,
      `--load-extension=${DIST},${FOREIGN}`,
    ],
  });
  while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker');
  // Ours is the worker our built manifest names.
  const manifest = JSON.parse(await readFile(resolve(DIST, 'manifest.json'), 'utf8'));
  const workers = context.serviceWorkers();
  ours = workers.find((w) => w.url().endsWith(`/${manifest.background.service_worker}`)) as Worker;
  foreign = workers.find((w) => w !== ours) as Worker;
  extensionId = new URL(ours.url()).host;
  recorder = await ContextRecorder.start(context);
  await serveVendorFixtures(context);
  await storeRoster(ours, await readFixtureRoster());
});

test.afterAll(async () => {
  await recorder?.stop();
  await context?.close();
});

async function openSeis(form = '1001'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://www.seis.org/forms/${form}/state/services/fape3`);
  await expect(page.locator('[data-cmc-host] [data-rule]').first()).toBeAttached();
  // Past the fixture's second render.
  await page.waitForTimeout(450);
  return page;
}

const tabIdOf = (page: Page): Promise<number> => activeTabId(ours, page);

/** What the background holds about a tab, and its toolbar badge. */
async function backgroundView(tabId: number) {
  return ours.evaluate(async (id) => {
    const session = await chrome.storage.session.get(null);
    return { state: session[`tab:${id}`], badge: await chrome.action.getBadgeText({ tabId: id }) };
  }, tabId);
}

/** The content script's isolated world in a page's top frame, found over CDP. */
async function contentScriptWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] =
    [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
  await cdp.send('Runtime.enable');
  const world = worlds.find(
    (c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.type === 'isolated',
  );
  if (!world) throw new Error('No content-script world in the page.');
  return { cdp, contextId: world.id };
}

/** Sends each message with chrome.runtime.sendMessage in a world; every outcome, in order. */
const SEND_ALL = `async (messages) => {
  const out = [];
  for (const m of messages) {
    try { out.push({ answered: true, reply: await chrome.runtime.sendMessage(m) }); }
    catch (e) { out.push({ answered: false, error: String(e && e.message || e) }); }
  }
  return out;
}`;

type Outcome = { answered: boolean; reply?: unknown; error?: string };

/** Every outcome must be an answer in one of the protocol's shapes. */
function expectAnswered(outcomes: Outcome[]): void {
  expect(outcomes).toHaveLength(FUZZED);
  const unanswered = outcomes.filter((o) => !o.answered);
  expect(unanswered).toEqual([]);
  for (const { reply } of outcomes) {
    const r = reply as Record<string, unknown>;
    const shaped =
      (r.ok === false && typeof r.error === 'string') ||
      r.ok === true ||
      'vendor' in r ||
      ('iep' in r && 'result' in r);
    expect(shaped, JSON.stringify(reply).slice(0, 200)).toBe(true);
  }
}

/** The messages, as they travel: JSON (undefined and NaN do not survive the channel). */
const fuzzed = (seed: number) =>
  JSON.parse(JSON.stringify(fc.sample(message, { numRuns: FUZZED, seed }))) as unknown[];

test(`${FUZZED} fuzzed messages from a content script's world and ${FUZZED} from the popup never stop the worker`, async () => {
  test.setTimeout(90_000);
  const seis = await openSeis('1001');
  const { cdp, contextId } = await contentScriptWorld(seis);
  const fromContent = await cdp.send('Runtime.evaluate', {
    expression: `(${SEND_ALL})(${JSON.stringify(fuzzed(7))})`,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  expect(fromContent.exceptionDetails).toBeUndefined();
  const contentOutcomes = fromContent.result.value as Outcome[];
  expectAnswered(contentOutcomes);
  // Many came back with a verdict: they reached the rules, not only the schema.
  expect(
    contentOutcomes.filter((o) => (o.reply as { ok?: boolean }).ok === true).length,
  ).toBeGreaterThan(30);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  const fromPopup = await popup.evaluate(`(${SEND_ALL})(${JSON.stringify(fuzzed(11))})`);
  expectAnswered(fromPopup as Outcome[]);
  await popup.close();

  // The worker never threw or logged a failure, and it still checks a page.
  const own = `chrome-extension://${extensionId}/`;
  const failures = recorder.messages.filter(
    (m) =>
      m.fromUrl.startsWith(own) &&
      (m.kind === 'exception' || m.kind.includes('error') || m.kind.includes('warn')),
  );
  expect(failures.map((m) => m.text)).toEqual([]);
  expect(context.serviceWorkers()).toContain(ours);
  await seis.goto('https://www.seis.org/forms/1002/state/services/fape3');
  await expect(seis.locator('[data-cmc-host] [data-rule="authorized"]')).toHaveCount(1);
  await seis.close();
});

test('a vendor page’s own scripts cannot reach the background', async () => {
  const seis = await openSeis('1001');
  const tabId = await tabIdOf(seis);
  const before = await backgroundView(tabId);
  const verdict = await seis.locator('[data-cmc-host="case-manager"] .badge').textContent();

  const attempts = await seis.evaluate(
    async ([id, foreignId]) => {
      const runtime = (window as { chrome?: typeof chrome }).chrome?.runtime;
      const send = async (...args: unknown[]) => {
        try {
          return { delivered: true, reply: await runtime?.sendMessage(...args) };
        } catch (e) {
          return { delivered: false, error: String((e as Error).message) };
        }
      };
      return {
        // Another extension's externally_connectable puts chrome.runtime in this page…
        control: await send(foreignId, 'ping'),
        // …but Case Manager Check declares none: nothing is delivered to it.
        tabStatus: await send(id, { type: 'tab-status', tabId: 0 }),
        check: await send(id, { type: 'check-page', snapshot: {} }),
        noId: await send({ type: 'tab-status', tabId: 0 }),
      };
    },
    [extensionId, new URL(foreign.url()).host] as const,
  );
  expect(attempts.control).toEqual({ delivered: true, reply: { received: 'ping' } });
  for (const attempt of [attempts.tabStatus, attempts.check, attempts.noId]) {
    expect(attempt.delivered).toBe(false);
  }

  // Messages shaped like the protocol, posted and dispatched in the page: nobody listens.
  await seis.evaluate(() => {
    const forged = {
      type: 'show-result',
      result: { status: 'ok', role: 'coordinator', findings: [] },
      iep: 'current',
      draw: true,
      acknowledged: [],
      chosenRole: null,
      notes: [],
    };
    for (const data of [forged, { type: 'recheck' }, { type: 'check-page', snapshot: {} }]) {
      window.postMessage(data, '*');
      window.postMessage(JSON.stringify(data), '*');
      window.dispatchEvent(new MessageEvent('message', { data }));
      document.dispatchEvent(new CustomEvent('case-manager-check', { detail: data }));
    }
  });
  await seis.waitForTimeout(500);
  await expect(seis.locator('[data-cmc-host="case-manager"] .badge')).toHaveText(verdict ?? '');
  expect(await backgroundView(tabId)).toEqual(before);
  await seis.close();
});

test('a page on a host no other extension opens has no chrome.runtime at all', async () => {
  const page = await context.newPage();
  await page.goto('https://demo.aeries.net/admin/specialed/5001.html');
  await expect(page.locator('[data-cmc-host] [data-rule]').first()).toBeAttached();
  const runtime = await page.evaluate(() => {
    const c = (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
    return typeof c?.runtime?.sendMessage;
  });
  expect(runtime).toBe('undefined');
  await page.close();
});

test('another extension cannot reach the background', async () => {
  const seis = await openSeis('1001');
  const tabId = await tabIdOf(seis);
  const before = await backgroundView(tabId);
  const attempts = await foreign.evaluate(
    async ([id, tab]) => {
      const send = async (m: unknown) => {
        try {
          return { delivered: true, reply: await chrome.runtime.sendMessage(id, m) };
        } catch (e) {
          return { delivered: false, error: String((e as Error).message) };
        }
      };
      const connected = await new Promise<string>((done) => {
        const port = chrome.runtime.connect(id);
        port.onDisconnect.addListener(() => done(chrome.runtime.lastError?.message ?? 'closed'));
      });
      return {
        tabStatus: await send({ type: 'tab-status', tabId: tab }),
        check: await send({ type: 'check-page', snapshot: {} }),
        connected,
      };
    },
    [extensionId, tabId] as const,
  );
  expect(attempts.tabStatus).toMatchObject({ delivered: false });
  expect(attempts.tabStatus.error).toMatch(/Receiving end does not exist/);
  expect(attempts.check).toMatchObject({ delivered: false });
  expect(attempts.connected).toMatch(/Receiving end does not exist|closed/);
  expect(await backgroundView(tabId)).toEqual(before);
  await seis.close();
});
