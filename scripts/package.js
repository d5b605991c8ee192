// `npm run package`: after the Chrome and Firefox builds, writes the store zips to packages/.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { writePackages } from './zip-packages.js';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

const written = writePackages({
  root,
  version,
  // The folders vite.config.ts builds into.
  chromeDir: resolve(root, process.env.CMC_DIST ?? 'dist'),
  firefoxDir: resolve(root, process.env.CMC_DIST_FIREFOX ?? 'dist-firefox'),
  outDir: resolve(root, 'packages'),
});
for (const path of Object.values(written)) {
  console.log(`${relative(root, path)}  ${(statSync(path).size / 1024).toFixed(1)} KB`);
}

// The sources zip holds what git tracks; changes not yet committed would make the builds
// differ from what a reviewer rebuilds, so say so rather than ship that silently.
const changed = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);
if (changed.length > 0) {
  console.warn(
    `Warning: ${changed.length} uncommitted or untracked file(s); commit them before submitting, so the sources zip rebuilds exactly these packages.`,
  );
}
