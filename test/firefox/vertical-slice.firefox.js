// Firefox smoke test (`npm run test:firefox`): the Firefox build, installed in Debian's
// firefox-esr, reads a SEIS page served at its real address, has the background check it
// against the roster stored in the extension's own storage, and draws the marker. Driven over
// WebDriver BiDi because Playwright cannot drive firefox-esr.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fixtureResponse, readFixtureRoster, siteFor } from '../support/vendor-routes.js';
import { launchFirefox } from './firefox.js';

const DIST = resolve(import.meta.dirname, '../..', process.env.CMC_DIST_FIREFOX ?? 'dist-firefox');
const MANIFEST = JSON.parse(readFileSync(resolve(DIST, 'manifest.json'), 'utf8'));
const ADDON_ID = MANIFEST.browser_specific_settings.gecko.id;
// Firefox gives each add-on a random moz-extension:// host; fixing it in the fresh profile lets
// the test open the extension's own pages.
const ADDON_UUID = randomUUID();
// A hung browser fails the run instead of holding CI until its own limit.
const STEP = { timeout: 30_000 };

/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let firefox;
/** The one tab the tests drive. */
let tab;

/** Evaluates `expression` in the tab's page and returns its (JSON-like) value. */
async function evaluate(expression) {
  const { result, exceptionDetails } = await firefox.bidi.send('script.evaluate', {
    target: { context: tab },
    expression,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
  return result.type === 'undefined' || result.type === 'null' ? null : result.value;
}

/** Polls `expression` until it yields a value, as the marker is drawn after the page loads. */
async function waitFor(expression, { timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await evaluate(expression);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${expression}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function open(url) {
  await firefox.bidi.send('browsingContext.navigate', { context: tab, url, wait: 'complete' });
}

/** Every marker's findings on the page, read through the hosts' open shadow roots. */
const MARKERS = `(() => {
  const hosts = [...document.querySelectorAll('[data-cmc-host]')];
  const findings = hosts.flatMap((host) =>
    [...(host.shadowRoot?.querySelectorAll('[data-rule]') ?? [])].map((el) => ({
      rule: el.dataset.rule,
      severity: el.dataset.severity,
      nextTo: host.parentElement?.textContent?.trim() ?? null,
    })),
  );
  return findings.length > 0 ? JSON.stringify(findings) : null;
})()`;

before(
  async () => {
    firefox = await launchFirefox({
      // Lets BiDi open moz-extension:// pages (the options page stores the roster); Firefox
      // refuses that navigation otherwise.
      args: ['--remote-allow-system-access'],
      prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
    });
    const { bidi } = firefox;

    // The SEIS host is answered from test/fixtures, as the Chromium tests do with route.fulfill:
    // the manifest's real match pattern fires and nothing goes to the network.
    await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    await bidi.send('network.addIntercept', {
      phases: ['beforeRequestSent'],
      urlPatterns: [{ type: 'pattern', protocol: 'https', hostname: 'www.seis.org' }],
    });
    bidi.on('network.beforeRequestSent', async ({ isBlocked, request }) => {
      if (!isBlocked) return;
      const answer = await fixtureResponse(siteFor(request.url), request.url);
      await bidi
        .send('network.provideResponse', {
          request: request.request,
          statusCode: answer.status,
          reasonPhrase: answer.status === 200 ? 'OK' : 'Not Found',
          headers: [{ name: 'Content-Type', value: { type: 'string', value: answer.contentType } }],
          body: { type: 'base64', value: answer.body.toString('base64') },
        })
        // The tab may have navigated away meanwhile; the request is gone, nothing to answer.
        .catch(() => {});
    });

    const { contexts } = await bidi.send('browsingContext.getTree', {});
    tab = contexts[0].context;
  },
  { timeout: 90_000 },
);

after(async () => {
  await firefox?.close();
}, STEP);

test('the Firefox build installs as a temporary add-on under its gecko id', STEP, async () => {
  const { extension } = await firefox.bidi.send('webExtension.install', {
    extensionData: { type: 'path', path: DIST },
  });
  assert.equal(extension, ADDON_ID);
});

test(
  "the roster is stored through the extension's own page, in its storage.local",
  STEP,
  async () => {
    const staff = await readFixtureRoster();
    await open(`moz-extension://${ADDON_UUID}/src/options/index.html`);
    // The same record test/support/extension.js stores for the Chromium tests.
    const record = JSON.stringify({ importedAt: new Date().toISOString(), staff });
    const stored = await evaluate(`browser.storage.local.set({ roster: ${record} })
    .then(() => browser.storage.local.get('roster'))
    .then(({ roster }) => roster.staff.length)`);
    assert.equal(stored, staff.length);
  },
);

test(
  'an autism student taught by a Mild/Moderate holder gets an error next to the case manager',
  STEP,
  async () => {
    await open('https://www.seis.org/forms/1001/state/services/fape3');
    const findings = JSON.parse(await waitFor(MARKERS));
    const error = findings.find((f) => f.rule === 'instruction-authorization');
    assert.ok(error, `no instruction-authorization finding in ${JSON.stringify(findings)}`);
    assert.equal(error.severity, 'error');
    assert.equal(error.nextTo, 'Rivera, Jordan');
  },
);

test('a case manager missing from the roster is reported as unknown', STEP, async () => {
  await open('https://www.seis.org/forms/1003/state/services/fape3');
  const findings = JSON.parse(await waitFor(MARKERS));
  const unknown = findings.filter((f) => f.rule === 'credentials-unknown');
  assert.deepEqual(
    unknown.map((f) => [f.severity, f.nextTo]),
    [['warning', 'Okafor, Taylor']],
  );
  // Not knowing someone's authorizations is never reported as a violation.
  assert.equal(findings.filter((f) => f.severity === 'error').length, 0);
});

/** A node of the page (inside our open shadow roots too), as BiDi references it. */
async function node(expression) {
  const { result, exceptionDetails } = await firefox.bidi.send('script.evaluate', {
    target: { context: tab },
    expression,
    awaitPromise: false,
  });
  if (exceptionDetails || result.type !== 'node') throw new Error(`no node: ${expression}`);
  return result.sharedId;
}

/** A real click (a trusted event, as the user's) in the middle of the node `expression` names. */
async function click(expression) {
  const sharedId = await node(expression);
  await firefox.bidi.send('input.performActions', {
    context: tab,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

async function pressEscape() {
  await firefox.bidi.send('input.performActions', {
    context: tab,
    actions: [
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          { type: 'keyDown', value: '\uE00C' },
          { type: 'keyUp', value: '\uE00C' },
        ],
      },
    ],
  });
}

const STATUS_ROOT = `document.querySelector('[data-cmc-host="case-manager"]')?.shadowRoot`;
const OUTLINE_ROOT = `document.querySelector('[data-cmc-host="outline"]')?.shadowRoot`;
const FORM_ROOT = `document.querySelector('[data-cmc-host="corrections"]')?.shadowRoot`;
/** The panel's button whose text is `name`. */
const button = (root, name) =>
  `[...(${root}?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;

/** The SEIS fixture's second render (test/support/settle.js), then our badge, drawn again. */
async function openSettled(url) {
  await open(url);
  await waitFor(
    `window.__cmcRenders >= 2 && ${STATUS_ROOT}?.querySelector('.badge') ? true : null`,
  );
}

test('Show what was read and Something looks wrong? load on demand in Firefox too', {
  timeout: 60_000,
}, async () => {
  // Counts the fixture's renders from the page's start, as the Chromium tests do.
  await firefox.bidi.send('script.addPreloadScript', {
    functionDeclaration: `() => {
        window.__cmcRenders = 0;
        new MutationObserver((records) => {
          if (document.readyState === 'loading') return;
          for (const r of records) if (r.target.id === 'view' && r.addedNodes.length > 0) window.__cmcRenders++;
        }).observe(document, { childList: true, subtree: true });
      }`,
  });
  await openSettled('https://www.seis.org/forms/1001/state/services/fape3');
  await click(`${STATUS_ROOT}.querySelector('.badge')`);
  await click(button(STATUS_ROOT, 'Show what was read'));
  const marks = JSON.parse(
    await waitFor(`(() => {
        const labels = [...(${OUTLINE_ROOT}?.querySelectorAll('.label') ?? [])];
        return labels.length >= 3 ? JSON.stringify(labels.map((b) => b.textContent)) : null;
      })()`),
  );
  assert.deepEqual(marks.slice(0, 3), ['Case manager', 'Primary disability', 'Service 330']);
  await pressEscape();
  await waitFor(`document.querySelector('[data-cmc-host="outline"]') ? null : true`);

  await click(`${STATUS_ROOT}.querySelector('.badge')`);
  await click(button(STATUS_ROOT, 'Something looks wrong?'));
  await waitFor(`${FORM_ROOT}?.querySelector('dialog[open]') ? true : null`);
  await click(button(FORM_ROOT, 'This is not the case manager'));
  // Checked again at once: no case manager is a review, never an all-clear.
  assert.equal(
    await waitFor(
      `${STATUS_ROOT}?.querySelector('.badge')?.title === 'Needs a look' ? 'Needs a look' : null`,
    ),
    'Needs a look',
  );
  await click(button(FORM_ROOT, 'Undo'));
  assert.equal(
    await waitFor(
      `${STATUS_ROOT}?.querySelector('.badge')?.title === 'Credential problem' ? 'problem' : null`,
    ),
    'problem',
  );
});
