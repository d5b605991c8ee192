import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writePackages } from '../../scripts/zip-packages.js';

let root: string;

function put(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });

function unzip(path: string): Record<string, string> {
  const entries = unzipSync(readFileSync(path));
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

function build(dir: string, version: string): void {
  put(`${dir}/manifest.json`, JSON.stringify({ manifest_version: 3, version }));
  put(`${dir}/assets/background.js`, 'console.log(1);');
}

function packages(version = '1.2.3') {
  return writePackages({
    root,
    version,
    chromeDir: join(root, 'dist'),
    firefoxDir: join(root, 'dist-firefox'),
    outDir: join(root, 'packages'),
  });
}

// A small project in a temporary git work tree: sources tracked, installs and builds ignored.
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cmc-package-'));
  git('init', '-q');
  put('.gitignore', 'node_modules/\ndist/\ndist-firefox/\npackages/\n');
  put('package.json', '{"version":"1.2.3"}');
  put('manifest.json', '{"version":"0.0.0"}');
  put('src/background/index.ts', 'export {};');
  put('node_modules/preact/index.js', 'module.exports = {};');
  build('dist', '1.2.3');
  build('dist-firefox', '1.2.3');
  git('add', '.');
  put('notes.txt', 'never added to git');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writePackages', () => {
  it('names the zips after the version and puts each build at the zip root', () => {
    const written = packages();
    expect(written.chrome).toBe(join(root, 'packages', 'case-manager-check-1.2.3-chrome.zip'));
    expect(written.firefox).toBe(join(root, 'packages', 'case-manager-check-1.2.3-firefox.zip'));
    expect(written.sources).toBe(join(root, 'packages', 'case-manager-check-1.2.3-sources.zip'));
    for (const zip of [written.chrome, written.firefox]) {
      const entries = unzip(zip);
      expect(Object.keys(entries).sort()).toEqual(['assets/background.js', 'manifest.json']);
      expect(JSON.parse(entries['manifest.json'] ?? '{}').version).toBe('1.2.3');
    }
  });

  it('puts only the tracked sources in the sources zip, without installs or builds', () => {
    // Build output committed by mistake must still stay out of the sources package.
    git('add', '-f', 'dist/manifest.json');
    const entries = Object.keys(unzip(packages().sources)).sort();
    expect(entries).toEqual([
      '.gitignore',
      'manifest.json',
      'package.json',
      'src/background/index.ts',
    ]);
    expect(entries.some((p) => /^(node_modules|dist)/.test(p))).toBe(false);
  });

  it('refuses a build made for another version', () => {
    build('dist-firefox', '1.2.2');
    expect(() => packages()).toThrow(/built as version 1\.2\.2, not 1\.2\.3/);
  });

  it('refuses a missing build', () => {
    rmSync(join(root, 'dist'), { recursive: true });
    expect(() => packages()).toThrow(/dist has no manifest\.json/);
  });

  it('gives the same bytes for the same files, whenever it runs', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-01-15T08:00:00Z'));
      const first = readFileSync(packages().chrome);
      vi.setSystemTime(new Date('2027-06-30T17:30:00Z'));
      expect(readFileSync(packages().chrome).equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
