// `node bench/kdf.js`: what naming students costs someone who holds everything the extension
// stores (storage.local and the key in IndexedDB) and tries every seven-digit student id. Times
// the derivation src/background/student-key.ts makes for each id (PBKDF2-SHA-256 with
// KDF_ITERATIONS rounds, then one HMAC), in Chromium's WebCrypto and in Node's, one core, and
// multiplies by 10^7. The budget: at least a CPU-week (604,800 s).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../test/support/browser-env.js';

const source = await readFile(
  resolve(import.meta.dirname, '../src/background/student-key.ts'),
  'utf8',
);
const iterations = Number(/KDF_ITERATIONS = ([\d_]+)/.exec(source)?.[1].replaceAll('_', ''));
const IDS = 10_000_000;
const WEEK = 7 * 86_400;
const ROUNDS = 7;

/** Median ms of one derivation, run in the given realm's WebCrypto. */
async function derive(iterationCount, rounds) {
  const enc = new TextEncoder();
  const mac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const password = await crypto.subtle.importKey(
      'raw',
      enc.encode(`seis|id|${9000000 + i}`),
      'PBKDF2',
      false,
      ['deriveBits'],
    );
    const bits = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: iterationCount },
      password,
      256,
    );
    await crypto.subtle.sign('HMAC', mac, bits);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
// A secure context for WebCrypto, answered from here: nothing goes to the network.
await page.route('https://kdf.bench.invalid/', (route) =>
  route.fulfill({ body: '<!doctype html>', contentType: 'text/html' }),
);
await page.goto('https://kdf.bench.invalid/');
const chromiumMs = await page.evaluate(`(${derive})(${iterations}, ${ROUNDS})`);
await browser.close();
const nodeMs = await derive(iterations, ROUNDS);

const report = (what, ms) => {
  const seconds = (ms / 1000) * IDS;
  console.log(
    `${what}: ${ms.toFixed(1)} ms per id × 10^7 ids = ${Math.round(seconds).toLocaleString('en')} s ` +
      `(${(seconds / 86_400).toFixed(1)} days; ${seconds >= WEEK ? 'at least' : 'LESS than'} a CPU-week)`,
  );
  return seconds;
};
console.log(
  `PBKDF2-SHA-256, ${iterations.toLocaleString('en')} rounds, then HMAC-SHA-256, median of ${ROUNDS}:`,
);
const slowest = Math.min(report('Chromium', chromiumMs), report('Node', nodeMs));
process.exitCode = slowest >= WEEK ? 0 : 1;
