// `npm run bench`: every budget in one run. The engine and audit figures come from
// build/bench.js (Node), the content-script and service-worker figures from bench/browser.js
// (Chromium).
// Prints a table; with --json, one JSON object on the last line.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { browserBench } from './browser.js';

const ROOT = resolve(import.meta.dirname, '..');
const json = process.argv.includes('--json');

const BUDGETS = {
  auditToParseRatio: { max: 1.5, what: 'audit time / papaparse bare parse (100,000 students)' },
  extractMsLargestPage: { max: 5, what: 'ms per extraction, largest page' },
  extractToWalkRatio: {
    max: 3,
    what: 'one extraction / one plain TreeWalker pass reading every text, same page, same run',
  },
  churnOverheadRatio: { max: 1.1, what: 'page main-thread time with / without the extension' },
  contentScriptGzipBytes: { max: 20 * 1024, what: 'content script, gzip bytes' },
  firstFindingsMs: { max: 300, what: 'ms from data on the page to the first marker' },
};

/** Figures reported without a budget (no issue has set one yet): what each one measures. */
const MEASURED = {
  walkMsLargestPage: 'ms per plain TreeWalker pass over the largest page, reading each text',
  backgroundGzipBytes: 'service worker and every file it imports, gzip bytes',
  backgroundFiles: 'files the service worker loads',
  coldStartFirstFindingsMs:
    'ms from navigating to a SEIS page to its first finding, worker stopped',
  warmStartFirstFindingsMs: 'the same with the worker running',
};

const passThrough = process.argv.slice(2).filter((a) => a.startsWith('--students='));
const nodeOut = execFileSync(
  process.execPath,
  // --expose-gc: each timed run starts from a collected heap (bench/bench.ts timeInTurn).
  ['--expose-gc', resolve(ROOT, 'build/bench.js'), '--json', ...passThrough],
  {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const engine = JSON.parse(nodeOut.trim().split('\n').at(-1));
const results = { ...engine, ...(await browserBench()) };

const rows = Object.entries(results).map(([key, value]) => {
  const budget = BUDGETS[key];
  const verdict = budget ? (value <= budget.max ? 'within budget' : 'OVER BUDGET') : '';
  const measured = MEASURED[key] ? `measured: ${MEASURED[key]}` : '';
  return { key, value, budget: budget ? `≤ ${budget.max}` : '', verdict: verdict || measured };
});
const width = Math.max(...rows.map((r) => r.key.length));
console.log('Case Manager Check benchmark');
for (const r of rows) {
  console.log(
    `  ${r.key.padEnd(width)}  ${String(r.value).padStart(12)}  ${r.budget.padEnd(8)}  ${r.verdict}`,
  );
}
if (json) console.log(JSON.stringify(results));
