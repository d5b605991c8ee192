import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/registry';
import { VENDORS } from '../../src/scrape/snapshot';

const ROOT = resolve(import.meta.dirname, '../..');
const options = JSON.parse(readFileSync(join(ROOT, 'src/i18n/en/options.json'), 'utf8')) as Record<
  string,
  { message: string; description: string }
>;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

describe('the options page words', () => {
  it('are all prefixed "options", so they never clash with other parts', () => {
    expect(Object.keys(options).filter((k) => !k.startsWith('options'))).toEqual([]);
  });

  it('include every key the page builds at run time (rules, severities, vendors)', () => {
    const built = [
      ...RULES.map((r) => `optionsRule_${r.meta.id.replace(/-/g, '_')}`),
      ...['error', 'warning', 'suggestion', 'info', 'ok'].map((s) => `optionsSeverity_${s}`),
      ...VENDORS.map((v) => `optionsVendor_${v}`),
    ];
    expect(built.filter((k) => !options[k])).toEqual([]);
  });

  it('include every options key quoted in the page code, and none it never uses', () => {
    const code = files(join(ROOT, 'src/options'))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const quoted = new Set(
      [...code.matchAll(/'(options[A-Za-z0-9_]+)'/g)].map((m) => m[1] as string),
    );
    expect([...quoted].filter((k) => !options[k])).toEqual([]);
    const dynamic = /^options(Rule|Severity|Vendor)_/;
    expect(Object.keys(options).filter((k) => !quoted.has(k) && !dynamic.test(k))).toEqual([]);
  });

  it('number their substitutions $1, $2… with no gaps, as chrome.i18n fills them', () => {
    for (const [key, entry] of Object.entries(options)) {
      const used = [...entry.message.matchAll(/\$(\d)/g)].map((m) => Number(m[1]));
      const max = Math.max(0, ...used);
      for (let n = 1; n <= max; n++) expect(used, key).toContain(n);
      expect(entry.message, key).not.toMatch(/\$[A-Za-z_]+\$/);
    }
  });
});
