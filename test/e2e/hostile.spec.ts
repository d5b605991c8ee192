import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type BrowserContext,
  expect,
  type Page,
  type Route,
  test,
  type Worker,
} from '@playwright/test';
import { ContextRecorder } from '../security/context-recorder';
import {
  carelessSeisPage,
  genericCase,
  type Mode,
  seisForm,
  staffWithTexts,
} from '../security/hostile-cases';
import { type HostReport, inspectHosts, serializeOutsideHosts } from '../security/page-inspect';
import { PAYLOAD_MARKERS, PAYLOADS } from '../security/payloads';
import { launchWithExtension, storeRoster } from '../support/extension.js';
import { serveVendorFixtures } from '../support/vendor-routes.js';

// Hostile values on real pages in Chromium: every payload of test/security/payloads.ts in every
// field the SEIS adapter and the generic readers read, on the SEIS fixture (its own escape()
// keeps it safe, so values arrive as text) and on a generic page, each also written as a
// careless vendor would (values put in as markup). Payloads are dealt into groups; a group's
// payloads fill every field at once, joined. Then, in the page:
//   - nothing ran: no `__pwned` call from our shadow roots (none at all on a careful page), no
//     dialog, no error or console message from the extension's code in any world;
//   - only text is drawn: our shadow roots hold the renderers' own elements and attributes;
//   - the page's DOM outside our hosts is exactly what the page last rendered (captured in the
//     page's main world as its render sets #view's innerHTML, before the extension reads it).
// The jsdom twin (test/security/hostile-values.test.ts) tries each payload alone.

/** The extension APIs this file calls inside the worker (no @types/chrome). */
declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

const GROUPS = 4;
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

type Kind = 'seis' | 'generic';
interface Load {
  kind: Kind;
  careless: boolean;
  mode: Mode;
  group: number;
}

let context: BrowserContext;
let worker: Worker;
let recorder: ContextRecorder;
const cases = new Map<number, unknown>();
/** Requests nothing answered, with the page that made them. */
const unanswered: { url: string; page: string }[] = [];
const dialogs: string[] = [];

const groupOf = (g: number) => PAYLOADS.filter((_, i) => i % GROUPS === g);
const caseId = (load: Pick<Load, 'kind' | 'mode' | 'group'>) =>
  9000 + load.group * 10 + (load.mode === 'core' ? 1 : 0) + (load.kind === 'generic' ? 2 : 0);

function addressOf(load: Load): string {
  const id = caseId(load);
  if (load.kind === 'seis') {
    return `https://www.seis.org/${load.careless ? 'careless/' : ''}forms/${id}/state/services/fape3`;
  }
  return `https://www.seis.org/hostile/generic.html${load.careless ? '?raw' : ''}#/case/${id}`;
}

/**
 * In every page, before its scripts: the payloads' trap, and a copy of each render. Sent as
 * source with the shared serializer (test/security/page-inspect.ts) as its argument.
 */
function pageProbe(serialize: (doc: Document) => string) {
  const w = window as unknown as Record<string, unknown>;
  const hits: string[] = [];
  w.__pwnedHits = hits;
  w.__pwned = (x: unknown) => {
    const node = x as Element | null;
    const root = node?.getRootNode?.() as ShadowRoot | undefined;
    hits.push(root?.host?.hasAttribute('data-cmc-host') ? 'ours' : node ? 'page' : 'unknown');
  };
  w.__renders = 0;
  w.__lastRender = 0;
  const own = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  if (!own?.set) return;
  Object.defineProperty(Element.prototype, 'innerHTML', {
    ...own,
    set(this: Element, markup: string) {
      own.set?.call(this, markup);
      if (this.id !== 'view') return;
      // The page as its own render left it, before any content script has read it.
      w.__pageDom = serialize(document);
      w.__renders = (w.__renders as number) + 1;
      w.__lastRender = performance.now();
    },
  });
}

test.beforeAll(async () => {
  // Launching and routing on a busy machine: a ceiling for a hang, not a budget.
  test.setTimeout(180_000);
  ({ context, worker } = await launchWithExtension({
    // Several tabs load cases at once; none of them may be slowed as a background tab.
    // (extension.js's untyped default makes its args a never[].)
    args: [
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ] as never[],
  }));
  recorder = await ContextRecorder.start(context);
  await context.addInitScript({ content: `(${pageProbe})(${serializeOutsideHosts})` });
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  await context.route('**/*', (route) => {
    const request = route.request();
    let page = '';
    try {
      page = request.frame().url();
    } catch {
      // A worker's request.
    }
    unanswered.push({ url: request.url(), page });
    return route.abort('blockedbyclient');
  });
  await serveVendorFixtures(context);
  const seisPage = await readFile(resolve(FIXTURES, 'seis/page.html'), 'utf8');
  // The pages answer their own address only: a careless page's markup asks for "x" (images,
  // objects, frames), and a page answering every path would nest itself without end.
  const ownPage = (route: Route) => route.request().frame().parentFrame() === null;
  await context.route('https://www.seis.org/careless/**', (route) =>
    ownPage(route) && route.request().isNavigationRequest()
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: carelessSeisPage(seisPage) })
      : route.fulfill({ status: 404, body: '' }),
  );
  const json = (route: Route, id: number) => {
    const data = cases.get(id);
    return data === undefined
      ? route.fallback()
      : route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
  };
  await context.route('https://www.seis.org/api/forms/**', (route) =>
    json(route, Number(route.request().url().split('/').at(-1))),
  );
  await context.route('https://www.seis.org/hostile/**', async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname.startsWith('/hostile/api/case/'))
      return json(route, Number(pathname.split('/').at(-1)));
    if (pathname !== '/hostile/generic.html') return route.fulfill({ status: 404, body: '' });
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: await readFile(resolve(FIXTURES, 'hostile/generic.html')),
    });
  });
  for (let group = 0; group < GROUPS; group++) {
    const value = groupOf(group).join(' ');
    for (const mode of ['all', 'core'] as const) {
      cases.set(caseId({ kind: 'seis', mode, group }), seisForm(value, mode));
      cases.set(caseId({ kind: 'generic', mode, group }), genericCase(value, mode));
    }
  }
});

test.afterAll(async () => {
  await recorder?.stop();
  await context?.close();
});

interface Outcome {
  hits: string[];
  report: HostReport;
  pageDom: string;
  nowDom: string;
  renders: number;
}

/**
 * Loads a case and waits until the page has rendered and the extension has had its say: its
 * verdict drawn and settled where one is due (a careful page's core case), else a quiet spell
 * well past the content script's debounce, even with other tabs loading at once.
 */
async function run(page: Page, load: Load): Promise<Outcome> {
  await page.goto(addressOf(load));
  // No time limit of its own: a busy machine only makes it wait longer (the test's ceiling
  // is for a hang, not for a slow run).
  const settled = (drawn: boolean, quietMs: number) =>
    page.waitForFunction(
      ([wanted, mustDraw, quietFor]) => {
        const w = window as unknown as Record<string, number>;
        if ((w.__renders ?? 0) < wanted) return false;
        const quiet = performance.now() - (w.__lastRender ?? 0);
        const ours = [...document.querySelectorAll('[data-cmc-host]')].some((h) => h.shadowRoot);
        return (!mustDraw || ours) && quiet > quietFor;
      },
      [load.kind === 'seis' ? 2 : 1, drawn, quietMs] as const,
      { timeout: 0, polling: 100 },
    );
  // A careful page's core case is drawn; elsewhere (a careless page's markup may swallow its
  // own case manager) a quiet spell well past the content script's debounce.
  if (load.mode === 'core' && !load.careless) await settled(true, 600);
  else await settled(false, 2_000);
  // Open the verdict's popover, as a user would, and wait until its findings are there.
  const opened = await page.evaluate(() => {
    const host = document.querySelector('[data-cmc-host="case-manager"]');
    const badge = host?.shadowRoot?.querySelector<HTMLButtonElement>('.badge');
    badge?.click();
    return badge !== null && badge !== undefined;
  });
  if (opened) {
    await page.waitForFunction(
      () =>
        (document
          .querySelector('[data-cmc-host="case-manager"]')
          ?.shadowRoot?.querySelectorAll('[data-rule]').length ?? 0) > 0,
      undefined,
      { timeout: 0, polling: 100 },
    );
  }
  // The shared checks go in as source text (test/security/page-inspect.ts).
  const outcome = await page.evaluate(`({
    hits: window.__pwnedHits,
    report: (${inspectHosts})(document, ${JSON.stringify(PAYLOAD_MARKERS)}),
    pageDom: window.__pageDom,
    nowDom: (${serializeOutsideHosts})(document),
    renders: window.__renders,
  })`);
  return outcome as Outcome;
}

/** Runs loads on a few tabs at once: most of each load is waiting on the page's timers. */
async function runAll(loads: Load[], tabs: number) {
  const results: { load: Load; outcome: Outcome }[] = [];
  const queue = [...loads];
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      const page = await context.newPage();
      for (let load = queue.shift(); load; load = queue.shift()) {
        results.push({ load, outcome: await run(page, load) });
      }
      await page.close();
    }),
  );
  return results;
}

const name = (l: Load) =>
  `${l.kind} ${l.careless ? 'careless' : 'careful'} ${l.mode} group ${l.group}`;

// One test per group, in order, in one browser: each has its own ceiling, and the checks of the
// whole run (dialogs, requests, messages) come last.
test.describe
  .serial(`${PAYLOADS.length} payloads in every field`, () => {
    let drawnWithText = 0;

    for (let group = 0; group < GROUPS; group++) {
      test(`group ${group + 1} of ${GROUPS}: nothing runs, only text is drawn, the page is untouched`, async () => {
        // A ceiling for a hang; no wait inside has a limit of its own.
        test.setTimeout(600_000);
        const payloads = groupOf(group);
        // The case manager of the core cases holds the payloads as unknown authorizations: the
        // findings quote them, so the panel draws them.
        await storeRoster(worker, [staffWithTexts(payloads)]);
        await expect
          .poll(() => worker.evaluate(() => chrome.storage.local.get('roster')), {
            timeout: 60_000,
          })
          .toHaveProperty('roster.staff.0.name', 'Chen, Morgan');
        const loads: Load[] = [];
        for (const kind of ['seis', 'generic'] as const) {
          for (const careless of [false, true]) {
            for (const mode of ['all', 'core'] as const)
              loads.push({ kind, careless, mode, group });
          }
        }
        for (const { load, outcome } of await runAll(loads, 2)) {
          const label = name(load);
          expect(outcome.renders, label).toBeGreaterThan(0);
          expect(
            outcome.hits.filter((h) => h === 'ours'),
            label,
          ).toEqual([]);
          if (!load.careless) expect(outcome.hits, label).toEqual([]);
          expect(outcome.report.problems, label).toEqual([]);
          expect(outcome.nowDom === outcome.pageDom, `${label}: the page's DOM changed`).toBe(true);
          if (load.mode === 'core' && !load.careless) {
            expect(outcome.report.hosts['case-manager'], label).toBe(1);
            expect(outcome.report.hosts['service-note'] ?? 0, label).toBeGreaterThanOrEqual(1);
            const quoted = payloads
              .map((p) => p.slice(0, 200).trim())
              .filter((p) => p && outcome.report.text.includes(p));
            expect(quoted.length, label).toBeGreaterThan(payloads.length * 0.7);
            drawnWithText += quoted.length;
          }
        }
      });
    }

    test('across every group: text drawn, no dialog, no request the page did not make, nothing logged', () => {
      expect(drawnWithText).toBeGreaterThan(PAYLOADS.length * 2 * 0.7);
      expect(dialogs).toEqual([]);
      // A careful page asks for nothing its values name (the careless one loads its own markup).
      const carefulPages = unanswered.filter(
        (u) => !u.page.includes('/careless/') && !u.page.includes('?raw'),
      );
      expect(carefulPages).toEqual([]);
      // Nothing the extension runs threw or logged, in any world or context.
      const fromExtension = recorder.messages.filter(
        (m) =>
          m.scriptUrl.startsWith('chrome-extension://') ||
          m.fromUrl.startsWith('chrome-extension://'),
      );
      expect(fromExtension.map((m) => `${m.kind}: ${m.text.slice(0, 300)}`)).toEqual([]);
      const pwnedNamed = recorder.messages.filter((m) => m.text.includes('__pwned is not'));
      expect(pwnedNamed).toEqual([]);
    });
  });
