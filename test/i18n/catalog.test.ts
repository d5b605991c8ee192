import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Catalog,
  checkTranslation,
  mergeCatalog,
  placeholdersIn,
} from '../../src/i18n/catalog';

const ROOT = resolve(import.meta.dirname, '../..');
const I18N = join(ROOT, 'src/i18n');

function readLang(lang: string): Catalog {
  const parts: Record<string, unknown> = {};
  for (const file of readdirSync(join(I18N, lang)).filter((f) => f.endsWith('.json'))) {
    parts[file] = JSON.parse(readFileSync(join(I18N, lang, file), 'utf8'));
  }
  return mergeCatalog(parts, lang);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sourceFiles(join(dir, d.name))
      : /\.tsx?$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

describe('the shipped catalogs', () => {
  const english = readLang('en');

  it('give every English message a description', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(entry.description?.trim(), key).toBeTruthy();
    }
  });

  it('hold every key the code asks for, and the manifest names', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        used.add(m[1] as string);
      }
    }
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1] as string);
    const missing = [...used].filter((key) => !english[key]);
    expect(missing).toEqual([]);
  });

  it('keep every translation to English keys and placeholders', () => {
    for (const lang of readdirSync(I18N, { withFileTypes: true })) {
      if (!lang.isDirectory() || lang.name === 'en') continue;
      expect(checkTranslation(english, readLang(lang.name), lang.name)).toEqual([]);
    }
  });
});

describe('mergeCatalog', () => {
  it('names both files when a key is defined twice, in any letter case', () => {
    expect(() =>
      mergeCatalog(
        {
          'a.json': { save: { message: 'Save', description: 'd' } },
          'b.json': { Save: { message: 'Save', description: 'd' } },
        },
        'en',
      ),
    ).toThrow(/b\.json: "Save": already defined in a\.json/);
  });

  it('refuses an English message without a description, and a bad key or entry', () => {
    expect(() => mergeCatalog({ 'a.json': { ok: { message: 'OK' } } }, 'en')).toThrow(
      /needs a "description"/,
    );
    expect(() =>
      mergeCatalog({ 'a.json': { 'bad-key': { message: 'x', description: 'd' } } }, 'en'),
    ).toThrow(/letters, digits/);
    expect(() => mergeCatalog({ 'a.json': { k: 'text' } }, 'en')).toThrow(/"message" string/);
    expect(() => mergeCatalog({ 'a.json': [] }, 'en')).toThrow(/not a JSON object/);
  });

  it('lets a translation leave out descriptions but not change placeholders', () => {
    const en = mergeCatalog(
      { 'a.json': { saved: { message: 'Saved $COUNT$ people', description: 'd' } } },
      'en',
    );
    const es = mergeCatalog({ 'a.json': { saved: { message: 'Guardadas $count$' } } }, 'es');
    expect(checkTranslation(en, es, 'es')).toEqual([]);
    const wrong = mergeCatalog({ 'a.json': { saved: { message: 'Guardadas' } } }, 'es');
    expect(checkTranslation(en, wrong, 'es')).toEqual([
      'es: "saved" must use the same $placeholders$ as English',
    ]);
    expect(placeholdersIn('$A$ and $b$')).toEqual(['a', 'b']);
  });
});
