import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const POPUP = join(ROOT, 'src/popup');
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const popupWords: Record<string, { message: string; description: string }> =
  read('src/i18n/en/popup.json');
const sharedWords: Record<string, unknown> = {
  ...read('src/i18n/en/findings.json'),
  ...read('src/i18n/en/extension.json'),
  ...read('src/i18n/en/vocabulary.json'),
};
const files = readdirSync(POPUP).filter((f) => /\.tsx?$/.test(f));
const readAll = (names: string[]) =>
  names.map((f) => readFileSync(join(POPUP, f), 'utf8')).join('\n');
const source = readAll(files);
/** The components without their comments: what is left between tags is text a user sees. */
const markup = readAll(files.filter((f) => f.endsWith('.tsx')))
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\/\/.*$/gm, '');

// Keys reach t() through tables too (t(KIND_KEY[kind])), so every quoted key counts as used.
const quoted = new Set([...source.matchAll(/'([A-Za-z][A-Za-z0-9_]*)'/g)].map((m) => m[1]));

describe('the popup’s words', () => {
  it('are all prefixed "popup", so no other part’s file can collide with them', () => {
    expect(Object.keys(popupWords).filter((k) => !k.startsWith('popup'))).toEqual([]);
  });

  it('are each used by the popup, and each popup key has its words', () => {
    expect(Object.keys(popupWords).filter((k) => !quoted.has(k))).toEqual([]);
    const asked = [...quoted].filter((k) => k?.startsWith('popup')) as string[];
    expect(asked.filter((k) => !popupWords[k])).toEqual([]);
  });

  it('reuse the shared status and severity words rather than copying them', () => {
    // Statuses and severities come from the one vocabulary (src/ui/vocabulary.ts).
    expect(source).toContain("from '../ui/vocabulary'");
    expect(source).not.toMatch(/'(statusViolation|statusReview|statusOk|severityError)'/);
    for (const key of [
      'statusViolation',
      'statusReview',
      'statusOk',
      'severityError',
      'fixLabel',
    ]) {
      expect(sharedWords[key], key).toBeDefined();
    }
    expect(quoted.has('fixLabel')).toBe(true);
  });

  it('use only Chrome’s $1…$9 substitutions, and no text outside t() in the markup', () => {
    for (const [key, entry] of Object.entries(popupWords)) {
      expect(entry.message, key).not.toMatch(/\$[A-Za-z_]+\$/);
      expect(entry.description.length, key).toBeGreaterThan(10);
    }
    // JSX text: letters between a tag's end and the next tag, outside any {expression}.
    const bare = [...markup.matchAll(/>([^<>{}()=;]*)</g)]
      .map((m) => m[1]?.trim())
      .filter((text) => text && /[A-Za-z]/.test(text));
    expect(bare).toEqual([]);
  });
});
