// The content script's budgets (issue 4), measured in real Chromium with the built extension:
//   extractMsLargestPage   median time of one extraction (adapter + label reader) on a page of
//                          5,000+ nodes, run in the page by the same code the content script uses
//   extractToWalkRatio     that extraction over one plain TreeWalker pass of every element and
//                          text node of the same page reading each text (walkMsLargestPage),
//                          timed interleaved in the same run: the reader's cost above the floor
//   churnOverheadRatio     the page's main-thread time (CDP TaskDuration) during 10,000 DOM
//                          mutations with the extension, over the same without it (medians of
//                          7 interleaved runs). "Without" is the same page at an address the
//                          extension does not run on, in the same browser: the content script
//                          is then the only difference (two browser instances differ by more
//                          than the script costs).
//   contentScriptGzipBytes dist/src/content/index.js, gzip level 9
//   firstFindingsMs        from the case manager's name appearing on the page to the first marker
//   backgroundGzipBytes    the service worker as the browser loads it: dist/manifest.json's
//                          background.service_worker and every file it imports, statically or
//                          dynamically, each gzip level 9, summed
//   coldStartFirstFindingsMs  median of 7 runs: with the service worker stopped (CDP
//                          ServiceWorker.stopAllWorkers, as the browser stops an idle one), from
//                          navigating to a SEIS fixture page to the first finding drawn
//                          ([data-cmc-host] [data-rule]); warmStartFirstFindingsMs is the same
//                          with the worker running, so the difference is the worker's start
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { DIST, launchWithExtension, storeRoster } from '../test/support/extension.js';
import { readFixtureRoster, serveVendorFixtures } from '../test/support/vendor-routes.js';
import { churnPage, largePage } from './pages.js';

const ROOT = resolve(import.meta.dirname, '..');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** With the extension: a SEIS address. Without: an address no content script matches. */
const WITH = 'https://www.seis.org/bench';
const WITHOUT = 'https://bench.example.org/bench';

async function serveBenchPages(context) {
  for (const base of [WITH, WITHOUT]) {
    await context.route(`${base}/**`, (route) => {
      const body = route.request().url().endsWith('/large.html') ? largePage() : churnPage();
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
  }
}

/** The adapters as one script for the page, built from the same sources as the content script. */
async function adapterBundle() {
  const [output] = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(ROOT, 'src/scrape/adapters/index.ts'),
        name: 'CmcBench',
        formats: ['iife'],
      },
    },
  });
  return output.output[0].code;
}

async function measureExtract(context) {
  const page = await context.newPage();
  await page.goto(`${WITHOUT}/large.html`);
  await page.addScriptTag({ content: await adapterBundle() });
  const result = await page.evaluate(() => {
    // The page is SEIS-like, served at an address the extension ignores: read it as SEIS.
    const adapter = window.CmcBench.adapterFor(
      new URL('https://www.seis.org/forms/1/state/services/fape3'),
    );
    const nodes = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let count = 0;
    while (nodes.nextNode()) count += 1;
    // The floor any reader of the page pays: one TreeWalker pass over every element and text
    // node, reading each text.
    const walkPage = () => {
      const walker = document.createTreeWalker(
        document,
        NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
      );
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) chars += node.nodeValue.length;
        else chars += node.localName.length;
      }
      return chars;
    };
    for (let i = 0; i < 10; i++) {
      adapter.read(document); // warm-up
      walkPage();
    }
    const times = [];
    const walks = [];
    // Interleaved, so that both see the same state of a busy machine.
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      adapter.read(document);
      const t1 = performance.now();
      walkPage();
      walks.push(performance.now() - t1);
      times.push(t1 - t0);
    }
    times.sort((a, b) => a - b);
    walks.sort((a, b) => a - b);
    return {
      ms: times[25],
      walkMs: walks[25],
      nodes: count,
      caseManager: adapter.read(document).snapshot.caseManager,
    };
  });
  await page.close();
  if (!result.caseManager)
    throw new Error('The benchmark page was not read: no case manager found.');
  return result;
}

/** Relative module specifiers a bundle imports: `from"./x.js"`, `import'./x.js'`, `import("./x.js")`. */
const IMPORTS = /(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g;

/** The service worker's script and every file it imports, in dist/, gzip bytes summed. */
async function backgroundSize() {
  const manifest = JSON.parse(await readFile(resolve(DIST, 'manifest.json'), 'utf8'));
  const seen = new Set();
  const queue = [resolve(DIST, manifest.background.service_worker)];
  let bytes = 0;
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file);
    bytes += gzipSync(code, { level: 9 }).length;
    for (const [, specifier] of code.toString('utf8').matchAll(IMPORTS)) {
      queue.push(resolve(dirname(file), specifier));
    }
  }
  return { bytes, files: [...seen].map((f) => relative(DIST, f)) };
}

/** Whether the browser runs the extension's service worker now (from its targets). */
async function workerRunning(context, extensionId) {
  const browser = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await browser.send('Target.getTargets');
  await browser.detach();
  return targetInfos.some(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
}

/**
 * Stops every service worker, as the browser stops an idle one, and waits until it has. `cdp`
 * is a session on a page kept open: closing a tab would wake the worker again (tabs.onRemoved).
 */
async function stopWorker(cdp, context, extensionId) {
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (let i = 0; i < 50 && (await workerRunning(context, extensionId)); i++) {
    await new Promise((done) => setTimeout(done, 100));
  }
  if (await workerRunning(context, extensionId)) throw new Error('The worker did not stop.');
}

/** Milliseconds from navigating to a SEIS form to its first finding drawn in our shadow root. */
async function timeToFindings(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      for (const host of document.querySelectorAll('[data-cmc-host]')) {
        if (host.shadowRoot?.querySelector('[data-rule]')) {
          window.__findings = performance.now();
          observer.disconnect();
          return;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('https://www.seis.org/forms/1001/state/services/fape3');
  await page.waitForFunction(() => window.__findings !== undefined, null, { timeout: 15_000 });
  // performance.now() counts from the navigation's start.
  const ms = await page.evaluate(() => window.__findings);
  await page.close();
  return ms;
}

/** Cold (the worker stopped first) and warm starts, interleaved, medians of `runs`. */
async function measureColdStart(context, extensionId, runs = 7) {
  const cold = [];
  const warm = [];
  const control = await context.newPage();
  const cdp = await context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  await timeToFindings(context); // the page's own caches, warmed alike for both
  for (let i = 0; i < runs; i++) {
    await stopWorker(cdp, context, extensionId);
    cold.push(await timeToFindings(context));
    if (!(await workerRunning(context, extensionId))) throw new Error('The worker did not start.');
    warm.push(await timeToFindings(context));
  }
  await cdp.detach();
  await control.close();
  return { cold: median(cold), warm: median(warm) };
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

async function churnRun(context, base) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${base}/churn.html`);
  await page.waitForTimeout(800); // first read and marker settle
  const before = await taskSeconds(cdp);
  await page.evaluate(() => window.__startChurn());
  await page.waitForFunction(() => window.__churnDone, null, { timeout: 30_000 });
  await page.waitForTimeout(1200); // the trailing, debounced read is part of the cost
  const after = await taskSeconds(cdp);
  const mutations = await page.evaluate(() => window.__mutations);
  await page.close();
  return { ms: (after - before) * 1000, mutations };
}

async function measureFirstFindings(context) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__t = {};
      new MutationObserver(() => {
        const t = window.__t;
        if (t.data === undefined) {
          for (const el of document.querySelectorAll('.val')) {
            if (el.textContent === 'Rivera, Jordan') t.data = performance.now();
          }
        }
        if (t.marker === undefined && document.querySelector('[data-cmc-host]')) {
          t.marker = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('https://www.seis.org/forms/1001/state/services/fape3');
    await page.waitForFunction(() => window.__t.marker !== undefined, null, { timeout: 10_000 });
    const t = await page.evaluate(() => window.__t);
    times.push(t.marker - t.data);
    await page.close();
  }
  return median(times);
}

/** The extraction figures alone (`npm run bench -- --extract`), for repeated runs. */
function extractFigures(extract) {
  return {
    extractMsLargestPage: Number(extract.ms.toFixed(3)),
    extractToWalkRatio: Number((extract.ms / extract.walkMs).toFixed(2)),
    walkMsLargestPage: Number(extract.walkMs.toFixed(3)),
    largestPageNodes: extract.nodes,
  };
}

export async function browserBench({ extractOnly = false } = {}) {
  const content = await readFile(resolve(DIST, 'src/content/index.js'));
  const background = await backgroundSize();
  const { context, worker, extensionId } = await launchWithExtension();
  try {
    await serveVendorFixtures(context);
    await serveBenchPages(context);
    await storeRoster(worker, await readFixtureRoster());
    const extract = await measureExtract(context);
    if (extractOnly) return extractFigures(extract);
    const start = await measureColdStart(context, extensionId);
    const without = [];
    const withIt = [];
    let mutations = 0;
    for (let i = 0; i < 7; i++) {
      without.push((await churnRun(context, WITHOUT)).ms);
      const run = await churnRun(context, WITH);
      withIt.push(run.ms);
      mutations = run.mutations;
    }
    return {
      ...extractFigures(extract),
      churnOverheadRatio: Number((median(withIt) / median(without)).toFixed(3)),
      churnMutations: mutations,
      churnMainThreadMsWithout: Number(median(without).toFixed(1)),
      churnMainThreadMsWith: Number(median(withIt).toFixed(1)),
      contentScriptGzipBytes: gzipSync(content, { level: 9 }).length,
      firstFindingsMs: Number((await measureFirstFindings(context)).toFixed(1)),
      backgroundGzipBytes: background.bytes,
      backgroundFiles: background.files.length,
      coldStartFirstFindingsMs: Number(start.cold.toFixed(1)),
      warmStartFirstFindingsMs: Number(start.warm.toFixed(1)),
    };
  } finally {
    await context.close();
  }
}
