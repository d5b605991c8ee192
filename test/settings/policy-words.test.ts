import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const words = JSON.parse(readFileSync(join(ROOT, 'src/i18n/en/policy.json'), 'utf8')) as Record<
  string,
  { message: string; description: string }
>;
/** The pages that say "Set by your district". */
const code = ['src/options', 'src/popup']
  .flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
  )
  .join('\n');
const quoted = new Set([...code.matchAll(/'(policy[A-Za-z0-9_]+)'/g)].map((m) => m[1] as string));

describe("the district policy's words", () => {
  it('are all prefixed "policy" and described for translators', () => {
    for (const [key, entry] of Object.entries(words)) {
      expect(key.startsWith('policy'), key).toBe(true);
      expect(entry.description.length, key).toBeGreaterThan(20);
    }
  });

  it('are each used by a page, and each policy key a page uses exists', () => {
    expect(Object.keys(words).filter((k) => !quoted.has(k))).toEqual([]);
    expect([...quoted].filter((k) => !words[k])).toEqual([]);
  });

  it('number their substitutions $1, $2… as chrome.i18n fills them', () => {
    for (const [key, entry] of Object.entries(words)) {
      const used = [...entry.message.matchAll(/\$(\d)/g)].map((m) => Number(m[1]));
      for (let n = 1; n <= Math.max(0, ...used); n++) expect(used, key).toContain(n);
      expect(entry.message, key).not.toMatch(/\$[A-Za-z_]+\$/);
    }
  });
});
