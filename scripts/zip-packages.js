// Store packages: the Chrome/Edge and Firefox builds zipped with the manifest at the root, and
// the sources a store reviewer needs to rebuild them (addons.mozilla.org asks for them because
// the builds are bundled and minified).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

// A fixed date on every entry, so the same files always give the same zip, byte for byte.
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

// Never in a sources package even if one got committed by mistake: build output and installs
// would hand the reviewer something other than what the build makes.
const NOT_SOURCES = /^(node_modules|dist(-[^/]*)?|build|test-results|playwright-report|packages)\//;

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** A zip of `paths` (relative to `root`, `/`-separated), each stored under its own path. */
export function zipFiles(root, paths) {
  const entries = {};
  for (const path of paths) entries[path] = readFileSync(join(root, path));
  return zipSync(entries, { level: 9, mtime: ENTRY_TIME });
}

/** The files git tracks under `root` that exist in the work tree, without build output. */
export function sourceFiles(root) {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  return listed
    .split('\0')
    .filter((path) => path && !NOT_SOURCES.test(path) && existsSync(join(root, path)))
    .sort();
}

/** Fails when a build is missing or was made from another version than the one packaged. */
function checkBuild(dir, version) {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${dir} has no manifest.json: build it first.`);
  const built = JSON.parse(readFileSync(manifestPath, 'utf8')).version;
  if (built !== version) {
    throw new Error(`${dir} was built as version ${built}, not ${version}: rebuild it.`);
  }
}

/**
 * Writes case-manager-check-<version>-{chrome,firefox,sources}.zip into `outDir`.
 * @param {{ root: string, version: string, chromeDir: string, firefoxDir: string, outDir: string }} options
 * @returns {{ chrome: string, firefox: string, sources: string }} the paths written
 */
export function writePackages({ root, version, chromeDir, firefoxDir, outDir }) {
  checkBuild(chromeDir, version);
  checkBuild(firefoxDir, version);
  mkdirSync(outDir, { recursive: true });
  const name = (kind) => join(outDir, `case-manager-check-${version}-${kind}.zip`);
  const written = { chrome: name('chrome'), firefox: name('firefox'), sources: name('sources') };
  writeFileSync(written.chrome, zipFiles(chromeDir, filesUnder(chromeDir)));
  writeFileSync(written.firefox, zipFiles(firefoxDir, filesUnder(firefoxDir)));
  writeFileSync(written.sources, zipFiles(root, sourceFiles(root)));
  return written;
}
