// `npm run bench`: every budget in one run. The engine and audit figures come from
// build/bench.js (Node), the content-script and service-worker figures from bench/browser.js
// (Chromium).
// Prints a table; with --json, one JSON object on the last line. With --extract, only the
// extraction figures (extractMsLargestPage, extractToWalkRatio): a few seconds, for repeated runs;
// with --browser, every Chromium figure (no engine or statewide audit).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { browserBench } from './browser.js';
import { BUDGETS } from './budgets.js';

const ROOT = resolve(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const extractOnly = process.argv.includes('--extract');
const browserOnly = process.argv.includes('--browser');

/** Figures reported without a budget (no issue has set one yet): what each one measures. */
const MEASURED = {
  walkMsLargestPage: 'ms per plain TreeWalker pass over the largest page, reading each text',
  backgroundGzipBytes: 'service worker and every file it imports, gzip bytes',
  backgroundFiles: 'files the service worker loads',
  coldStartFirstFindingsMs:
    'ms from navigating to a SEIS page to its first finding, worker stopped',
  warmStartFirstFindingsMs: 'the same with the worker running',
};

/** The engine and audit figures, from build/bench.js (Node). */
function engineBench() {
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
  return JSON.parse(nodeOut.trim().split('\n').at(-1));
}

/**
 * The statewide audit: the installed command as a user runs it, `audit --format csv --out`, on a
 * generated export of 800,000 students (`--statewide=N` for another size), timed from start to
 * exit, with the peak resident memory of its process (getrusage, read by the process itself as
 * it exits).
 */
function statewide() {
  const arg = process.argv.find((a) => a.startsWith('--statewide='));
  const students = arg ? Number(arg.split('=')[1]) : 800_000;
  const dir = mkdtempSync(join(tmpdir(), 'cmc-statewide-'));
  try {
    execFileSync(
      process.execPath,
      [resolve(ROOT, 'build/bench.js'), `--write-export=${dir}`, `--students=${students}`],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const inputMb = ['students', 'services', 'roster'].reduce(
      (sum, k) => sum + statSync(join(dir, `${k}.csv`)).size / 1e6,
      0,
    );
    const script = `
      const cli = await import(${JSON.stringify(resolve(ROOT, 'build/cli.js'))});
      process.on('exit', () => process.stderr.write('\\ncmc-peak-rss-kb ' + process.resourceUsage().maxRSS + '\\n'));
      process.exitCode = cli.run(process.argv.slice(1));`;
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        script,
        'audit',
        ...['students', 'services', 'roster'].flatMap((k) => [`--${k}`, join(dir, `${k}.csv`)]),
        '--as-of',
        '2026-01-15',
        '--format',
        'csv',
        '--out',
        join(dir, 'report.csv'),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const ms = performance.now() - t0;
    const rss = /cmc-peak-rss-kb (\d+)/.exec(r.stderr ?? '');
    if (r.status !== 0 && r.status !== 1) {
      throw new Error(`the statewide audit failed (exit ${r.status}): ${r.stderr}`);
    }
    return {
      statewideStudents: students,
      statewideInputMb: Math.round(inputMb),
      statewideAuditMs: Math.round(ms),
      statewidePeakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results =
  extractOnly || browserOnly
    ? await browserBench({ extractOnly })
    : { ...engineBench(), ...statewide(), ...(await browserBench()) };

const rows = Object.entries(results).map(([key, value]) => {
  const budget = BUDGETS[key];
  const within = budget && (budget.max !== undefined ? value <= budget.max : value >= budget.min);
  const verdict = budget ? (within ? 'within budget' : 'NOT MET') : '';
  const measured = MEASURED[key] ? `measured: ${MEASURED[key]}` : '';
  const limit = budget ? (budget.max !== undefined ? `≤ ${budget.max}` : `≥ ${budget.min}`) : '';
  return { key, value, budget: limit, verdict: verdict || measured };
});
const width = Math.max(...rows.map((r) => r.key.length));
console.log('Case Manager Check benchmark');
for (const r of rows) {
  console.log(
    `  ${r.key.padEnd(width)}  ${String(r.value).padStart(12)}  ${r.budget.padEnd(8)}  ${r.verdict}`,
  );
}
if (json) console.log(JSON.stringify(results));
