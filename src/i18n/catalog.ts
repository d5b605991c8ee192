/**
 * The extension's words live in one small JSON file per part of the product
 * (src/i18n/<lang>/<part>.json: the findings, the inline badge, the popup, the options page),
 * so each part owns its strings; the build merges them into the one
 * `_locales/<lang>/messages.json` a browser reads. This module is the merge and its checks,
 * pure so the unit tests run the very rules the build applies.
 */

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

/** Chrome's rule for message names: ASCII letters, digits and underscores. */
const KEY = /^[A-Za-z0-9_]+$/;

/** `$name$` placeholders a message uses, lowercased (Chrome matches them case-insensitively). */
export function placeholdersIn(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)]
    .map((m) => (m[1] as string).toLowerCase())
    .sort();
}

/**
 * Merges the parts of one language into one catalog. Throws one error listing every problem:
 * a key defined twice, a malformed key or entry, an English message without a description.
 */
export function mergeCatalog(parts: Record<string, unknown>, lang: string): Catalog {
  const merged: Catalog = {};
  const origin: Record<string, string> = {};
  const problems: string[] = [];
  for (const [file, part] of Object.entries(parts)) {
    if (typeof part !== 'object' || part === null || Array.isArray(part)) {
      problems.push(`${file}: not a JSON object of messages`);
      continue;
    }
    for (const [key, entry] of Object.entries(part as Record<string, unknown>)) {
      const where = `${file}: "${key}"`;
      if (!KEY.test(key)) problems.push(`${where}: names may hold only letters, digits and _`);
      const e = entry as Partial<CatalogEntry> | null;
      if (typeof e !== 'object' || e === null || typeof e.message !== 'string') {
        problems.push(`${where}: needs a "message" string`);
        continue;
      }
      if (lang === 'en' && !e.description?.trim()) {
        problems.push(`${where}: needs a "description" for translators`);
      }
      const lower = key.toLowerCase();
      if (origin[lower] !== undefined) {
        problems.push(`${where}: already defined in ${origin[lower]}`);
        continue;
      }
      origin[lower] = file;
      merged[key] = e as CatalogEntry;
    }
  }
  if (problems.length > 0) throw new Error(`Locale "${lang}":\n${problems.join('\n')}`);
  return merged;
}

/**
 * A translation checked against English: every key known to English, the same placeholders.
 * Keys it lacks fall back to English in the browser, so they are not problems.
 */
export function checkTranslation(english: Catalog, other: Catalog, lang: string): string[] {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(other)) {
    const en = english[key];
    if (!en) {
      problems.push(`${lang}: "${key}" is not an English message`);
      continue;
    }
    if (placeholdersIn(en.message).join() !== placeholdersIn(entry.message).join()) {
      problems.push(`${lang}: "${key}" must use the same $placeholders$ as English`);
    }
  }
  return problems;
}
