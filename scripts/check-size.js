// Part of `npm test`, after the build: the content script, which loads on every vendor page, stays
// within its gzip budget (bench/budgets.js). Measured as the bench measures it: gzip level 9.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../bench/budgets.js';

const file = resolve(
  import.meta.dirname,
  '..',
  process.env.CMC_DIST ?? 'dist',
  'src/content/index.js',
);
const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
const { max } = BUDGETS.contentScriptGzipBytes;
const line = `content script: ${bytes.toLocaleString('en-US')} B gzip, budget ${max.toLocaleString('en-US')} B (${(max - bytes).toLocaleString('en-US')} B to spare)`;
if (bytes > max) {
  console.error(`${line}: OVER BUDGET`);
  process.exit(1);
}
console.log(line);
