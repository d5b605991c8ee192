import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { SETTINGS_SCHEMAS } from '../../src/settings/schema';
import { ContextRecorder } from '../security/context-recorder';
import { launchWithExtension } from '../support/extension.js';
import { countRenders, rendered } from '../support/settle.js';
import { serveVendorFixtures, siteFor } from '../support/vendor-routes.js';

// The privacy promises, proven over every flow of the extension in one browser: a vendor page
// checked in every vendor's fixtures, the inline panel used (a role chosen, a finding marked
// seen), the popup's "this page" and both lookups, the options page (profile saved, roster
// imported and exported). Every request and console message of every context is recorded
// (test/security/context-recorder.ts says how), then:
//   1. zero egress: the extension makes no request of its own;
//   2. storage.local and storage.sync hold no student's name, id or birth date;
//   3. no console message or error of any context names a student.

test.describe.configure({ mode: 'serial' });

/** The extension APIs this file calls inside the worker (no @types/chrome). */
declare const chrome: {
  storage: Record<'local' | 'sync' | 'session', { get(k: null): Promise<Record<string, unknown>> }>;
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
  runtime: { getURL(path: string): string };
};

/** The one web request the test itself makes from the worker (see beforeAll). */
const SELF_CHECK = `https://www.seis.org/recorder-self-check/${Date.now()}`;

let context: BrowserContext;
let extensionId: string;
let recorder: ContextRecorder;
/** Requests no fixture route answered: aborted, and each one a failure. */
const unanswered: string[] = [];
/** Every student identity the extension read, from the tabs' session state. */
const students = new Set<string>();

/** The live worker (it may have been restarted since launch). */
function worker(): Worker {
  const found = context.serviceWorkers().find((w) => w.url().includes(extensionId));
  if (!found) throw new Error('The extension has no service worker.');
  return found;
}

test.beforeAll(async () => {
  let first: Worker;
  ({ context, worker: first, extensionId } = await launchWithExtension());
  recorder = await ContextRecorder.start(context);
  // Registered first, so it is tried last: whatever the fixtures do not answer ends here.
  // (Playwright routes the extension's own chrome-extension:// loads too: those go on.)
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`chrome-extension://${extensionId}/`)) return route.continue();
    unanswered.push(url);
    return route.abort('blockedbyclient');
  });
  await serveVendorFixtures(context);
  // Proof that both layers see the worker's requests: the test has the worker ask for a file of
  // its own and for one web address, answered here and left out of the egress check by name.
  await context.route(SELF_CHECK, (route) => route.fulfill({ status: 204 }));
  await first.evaluate(
    (url) => Promise.all([fetch(chrome.runtime.getURL('manifest.json')), fetch(url)]),
    SELF_CHECK,
  );
});

test.afterAll(async () => {
  await recorder?.stop();
  await context?.close();
});

/** The student identities the background holds for open tabs right now (session memory). */
async function noteStudents(): Promise<void> {
  const session = await worker().evaluate(() => chrome.storage.session.get(null));
  for (const [key, value] of Object.entries(session)) {
    if (!key.startsWith('tab:')) continue;
    const frames = (value as { frames: Record<string, { snapshot: { student: object } }> }).frames;
    for (const { snapshot } of Object.values(frames)) {
      for (const shown of Object.values(snapshot.student as Record<string, string>)) {
        if (shown.length >= 3) students.add(shown);
      }
    }
  }
}

async function openVendorPage(url: string, ready: (page: Page) => Promise<void>): Promise<Page> {
  const page = await context.newPage();
  await recorder.watch(page);
  await page.goto(url);
  await ready(page);
  await noteStudents();
  return page;
}

const marker = (page: Page) => page.locator('[data-cmc-host] [data-rule]').first();

/**
 * SEIS 1005 with every correction made (issue 16): the outline shown, then "not the case
 * manager", "not the provider of 415" and another primary disability, left in place so the
 * storage test below finds them.
 */
async function correctedPage(): Promise<Page> {
  const page = await context.newPage();
  await recorder.watch(page);
  await countRenders(page);
  await page.goto('https://www.seis.org/forms/1005/state/services/fape3');
  await rendered(page);
  await expect(page.locator('[data-cmc-host="service-note"] .note')).toHaveCount(1);
  const status = page.locator('[data-cmc-host="case-manager"]');
  await status.locator('.badge').click();
  await status.getByRole('button', { name: 'Show what was read' }).click();
  const outline = page.locator('[data-cmc-host="outline"]');
  await expect(outline.locator('.box[data-mark="provider:415"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(outline).toHaveCount(0);
  await status.locator('.badge').click();
  await status.getByRole('button', { name: 'Something looks wrong?' }).click();
  const form = page.locator('[data-cmc-host="corrections"] dialog');
  await form.getByRole('button', { name: 'Not the provider of service 415' }).click();
  await expect(form.locator('[data-corrected="provider:415"]')).toHaveCount(1);
  await form.getByLabel('The right primary disability').focus();
  await page.keyboard.type('280');
  await form.getByRole('button', { name: 'Use this category' }).click();
  await expect(form.locator('[data-corrected="primaryDisability"]')).toHaveCount(1);
  await form.getByRole('button', { name: 'This is not the case manager' }).click();
  await expect(form.locator('[data-corrected="caseManager"]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await noteStudents();
  return page;
}

const ROSTER = [
  'Name,Email,Position,Authorization,Issued,Expires',
  '"Rivera, Jordan",jrivera@example-usd.org,SDC Teacher,MM-L,2004-05-01,2030-05-01',
  '"Chen, Morgan",mchen@example-usd.org,RSP Teacher,R3MN,06/01/2023,07/01/2030',
  '"Okafor, Taylor",,RSP Teacher,Mild to Moderate Support Needs,2023-06-01,2030-07-01',
].join('\r\n');

test('every flow runs: options, vendor pages, the inline panel and the popup', async () => {
  test.setTimeout(120_000);
  const options = await context.newPage();
  await recorder.watch(options);
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.getByLabel('Your name as the IEP system shows it').fill('Park, Lee');
  await options.getByLabel('Position', { exact: true }).fill('SDC Teacher');
  const search = options.getByRole('combobox', { name: 'Authorization' });
  await search.fill('R3MN');
  await search.press('Enter');
  await options.getByRole('button', { name: 'Add authorization' }).click();
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible();
  await options.getByLabel('Roster file (CSV)').setInputFiles({
    name: 'staff-roster.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(ROSTER),
  });
  await options.getByRole('button', { name: 'Replace roster' }).click();
  await expect(
    options.getByRole('status').filter({ hasText: 'Roster saved: 3 staff.' }),
  ).toBeVisible();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Download roster as CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  // SEIS: the inline panel, used as a case manager would.
  const seis = await openVendorPage('https://www.seis.org/forms/1001/state/services/fape3', (p) =>
    expect(p.locator('[data-cmc-host] [data-rule="instruction-authorization"]')).toHaveCount(1),
  );
  const status = seis.locator('[data-cmc-host="case-manager"]');
  // The fixture re-renders once 300 ms after its data arrives, wiping and redrawing the badge.
  await seis.waitForTimeout(450);
  await status.locator('.badge').click();
  await status.getByRole('button', { name: 'Mark as seen' }).first().click();
  await expect(status.locator('li[data-acknowledged]')).toHaveCount(1);
  await status.getByRole('radio', { name: /only coordinates/ }).check();
  await expect(status.locator('[data-rule="instruction-authorization"]')).toHaveCount(0);

  // The popup on that tab, and both lookups.
  await seis.bringToFront();
  const tabId = await worker().evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  const popup = await context.newPage();
  await recorder.watch(popup);
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  await expect(popup.locator('[data-status]')).toBeVisible();
  const disability = popup.getByRole('combobox', { name: 'Disability' });
  await disability.fill('aut');
  await disability.press('ArrowDown');
  await disability.press('Enter');
  await expect(popup.getByTestId('lookup-result')).toContainText('Autism');
  await popup.getByRole('tab', { name: 'By credential' }).click();
  const credential = popup.getByRole('combobox', { name: 'Credential or authorization' });
  await credential.fill('MMSN');
  await credential.press('ArrowDown');
  await credential.press('Enter');
  await expect(popup.getByTestId('credential-result')).toContainText('Mild to Moderate');

  // Every vendor's fixtures, and SEIS's Future/Current toggle, row notes and frames.
  const pages = [seis, options, popup];
  pages.push(
    await openVendorPage(
      'https://www.seis.org/iep/#/forms/1004/state/services/fape3',
      async (p) => {
        await expect(marker(p)).toBeAttached();
        await p.getByRole('link', { name: 'Future IEP' }).click();
        await expect(p.locator('[data-cmc-host] [data-iep="future"]')).toHaveCount(1);
      },
    ),
    await correctedPage(),
    await openVendorPage('https://www.seis.org/frames/student.html', (p) =>
      expect(
        p.frameLocator('#header').locator('[data-cmc-host] [data-rule]').first(),
      ).toBeAttached(),
    ),
    await openVendorPage('https://demo.frontlineeducation.com/iep/doc-7101.html', (p) =>
      expect(marker(p)).toBeAttached(),
    ),
    await openVendorPage('https://demo.sirassystems.org/student/3001/mis-summary.html', (p) =>
      expect(marker(p)).toBeAttached(),
    ),
    await openVendorPage('https://demo.aeries.net/admin/specialed/5001.html', async (p) => {
      await expect(marker(p)).toBeAttached();
      await p.locator('#tabServices').click();
      await expect(p.locator('#pnlServices table')).toHaveCount(1);
    }),
    await openVendorPage(
      'https://demo.powerschool.com/specialprograms/students/1001/profile.html',
      (p) => expect(marker(p)).toBeAttached(),
    ),
    await openVendorPage('https://demo.welligent.com/iep/2001/', (p) =>
      expect(
        p.frameLocator('iframe').first().locator('[data-cmc-host] [data-rule]').first(),
      ).toBeAttached(),
    ),
    await openVendorPage('https://www.seis.org/generic/label-table.html', (p) =>
      expect(marker(p)).toBeAttached(),
    ),
    await openVendorPage('https://www.seis.org/generic/shadow-root.html', (p) =>
      expect(marker(p)).toBeAttached(),
    ),
  );
  // The identities the vendor fixtures show, read by the extension on every vendor's page.
  for (const known of ['Student, Demo A', '9000001', '03/14/2017', '9000004', '9000005']) {
    expect([...students]).toContain(known);
  }
  expect(students.size).toBeGreaterThanOrEqual(20);
  for (const page of pages) await page.close();
});

/** A request the extension itself could have made, with why it is not allowed. */
function egress(request: ContextRecorder['requests'][number]): string | null {
  const own = `chrome-extension://${extensionId}/`;
  const local = (url: string) =>
    url.startsWith(own) || url.startsWith(`blob:${own}`) || url.startsWith('data:');
  const fromExtension = request.fromUrl.startsWith(own) || request.from === 'service_worker';
  if (request.websocket) return 'a WebSocket';
  if (fromExtension) return local(request.url) ? null : 'from an extension context';
  // A vendor page's own requests: the fixture files, and nothing a content script started.
  if (request.initiators.some((script) => script.startsWith('chrome-extension://'))) {
    return 'started by a content script';
  }
  if (siteFor(request.url) || local(request.url) || request.url.startsWith('blob:https://')) {
    return null;
  }
  return 'not a file the page is served';
}

test('the extension makes no request of its own: only the pages’ own files and its own resources', async () => {
  const { requests, attached } = recorder;
  // The recorder saw what it had to: the worker (at least once), extension pages and vendor pages.
  expect(attached.some((t) => t.type === 'service_worker')).toBe(true);
  for (const layer of ['playwright', 'cdp'] as const) {
    const seen = requests.filter((r) => r.layer === layer);
    const saw = (test: (r: (typeof seen)[number]) => boolean) => seen.some(test);
    expect(
      saw((r) => r.from === 'service_worker' && r.url === SELF_CHECK),
      layer,
    ).toBe(true);
    expect(
      saw((r) => r.fromUrl.includes('/src/options/') && r.url.includes(extensionId)),
      layer,
    ).toBe(true);
    // A vendor page's own data request (every page is watched before it loads).
    expect(
      saw((r) => r.url.startsWith('https://www.seis.org/api/forms/')),
      layer,
    ).toBe(true);
  }
  // CDP saw the options page's whole load, its document first: the page is watched before it
  // navigates. (Playwright gives a navigation's request the frame's old address.)
  expect(
    requests.some(
      (r) =>
        r.layer === 'cdp' && r.url === `chrome-extension://${extensionId}/src/options/index.html`,
    ),
  ).toBe(true);
  // (Playwright does not report a worker's chrome-extension:// requests; CDP does.)
  expect(
    requests.some(
      (r) => r.from === 'service_worker' && r.url.endsWith(`${extensionId}/manifest.json`),
    ),
  ).toBe(true);
  expect(requests.length).toBeGreaterThan(50);
  const offending = requests.flatMap((r) => {
    if (r.url === SELF_CHECK) return [];
    const why = egress(r);
    return why ? [`${why}: ${r.url} (${r.layer}, ${r.from} ${r.fromUrl})`] : [];
  });
  expect(offending).toEqual([]);
  expect(unanswered).toEqual([]);
});

/** Lower case, letters and digits only, one space between words: how names are compared. */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The ways a student's identity could be written down: as shown, folded, a date as ISO. */
function spellings(identity: string): string[] {
  const out = [identity.toLowerCase(), fold(identity)];
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(identity);
  if (date) out.push(`${date[3]}-${date[1]?.padStart(2, '0')}-${date[2]?.padStart(2, '0')}`);
  const [last, first] = identity.split(',').map((part) => part.trim());
  if (first && last) out.push(fold(`${first} ${last}`));
  return out.filter((s) => s.length >= 3);
}

/** The student identities found in a text (hashes and the key set aside: they are checked apart). */
function namesStudents(text: string): string[] {
  const plain = text.replace(/\b[0-9a-f]{64}\b/g, '#');
  const haystacks = [plain.toLowerCase(), fold(plain)];
  return [...students].filter((identity) =>
    spellings(identity).some((s) => haystacks.some((h) => h.includes(s))),
  );
}

test('storage.local and storage.sync hold no student: only staff, settings, hashed choices and the key', async () => {
  const [local, sync] = await worker().evaluate(() =>
    Promise.all([chrome.storage.local.get(null), chrome.storage.sync.get(null)]),
  );
  expect(sync).toEqual({});
  // The key that names students is not here (it is a non-extractable key in IndexedDB): only
  // the salt of the slow derivation, which alone derives nothing.
  const allowed = [
    ...Object.keys(SETTINGS_SCHEMAS),
    'studentRoles',
    'studentCorrections',
    'studentKeySalt',
  ];
  for (const key of Object.keys(local)) expect(allowed).toContain(key);
  expect(local.studentKeySalt).toMatch(/^[0-9a-f]{32}$/);
  const choices = local.studentRoles as Record<string, { role: string; on: string }>;
  expect(Object.keys(choices).length).toBeGreaterThan(0);
  for (const [hash, choice] of Object.entries(choices)) {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(choice).sort()).toEqual(['on', 'role']);
  }
  // Corrections (issue 16): by the student's keyed hash, the readings they correct only as
  // keyed digests, the corrected category as its code; no name, not even the staff's.
  const corrections = local.studentCorrections as Record<string, Record<string, unknown>>;
  expect(Object.keys(corrections)).toHaveLength(1);
  const HEX = /^[0-9a-f]{64}$/;
  for (const [hash, corrected] of Object.entries(corrections)) {
    expect(hash).toMatch(HEX);
    expect(corrected).toEqual({
      on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      caseManager: { not: expect.stringMatching(HEX) },
      primaryDisability: { read: expect.stringMatching(HEX), now: '280' },
      providers: [{ service: '415', not: expect.stringMatching(HEX) }],
    });
    expect(JSON.stringify(corrected)).not.toMatch(/Chen|Morgan|Demo|9000005/i);
  }
  // The staff the roster and profile hold are there: the search is not blind.
  expect(JSON.stringify(local)).toContain('Rivera, Jordan');
  expect(namesStudents(JSON.stringify([local, sync]))).toEqual([]);

  // With the vendor tabs closed, the session keeps no snapshot either: only hashed
  // acknowledgements, and each student's slow hash under a fast keyed one (derived once a
  // session).
  await expect
    .poll(async () =>
      Object.keys(await worker().evaluate(() => chrome.storage.session.get(null))).every((k) =>
        /^((ack|studentKey):[0-9a-f]{64}|studentKeysInUse)$/.test(k),
      ),
    )
    .toBe(true);
  const session = await worker().evaluate(() => chrome.storage.session.get(null));
  expect(Object.keys(session).filter((k) => k.startsWith('ack:'))).toHaveLength(1);
  for (const [key, value] of Object.entries(session)) {
    if (key.startsWith('studentKey:')) expect(value).toMatch(/^[0-9a-f]{64}$/);
    else if (!key.startsWith('ack:')) expect(value).toBe(true);
  }
  expect(namesStudents(JSON.stringify(session))).toEqual([]);
});

test('no console message or error of any context names a student', async () => {
  const { messages } = recorder;
  const leaks = messages.flatMap((m) => {
    const named = namesStudents(m.text);
    return named.length > 0 ? [`${m.kind} in ${m.fromUrl}: ${m.text.slice(0, 200)}`] : [];
  });
  expect(leaks).toEqual([]);
  // The extension's contexts log nothing at all through these flows.
  const own = `chrome-extension://${extensionId}/`;
  const fromExtension = messages.filter(
    (m) => m.fromUrl.startsWith(own) && !m.kind.startsWith('log.verbose'),
  );
  expect(fromExtension.map((m) => `${m.kind}: ${m.text}`)).toEqual([]);
});
