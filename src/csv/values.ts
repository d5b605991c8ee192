/**
 * Cell values to engine values, each cached by distinct text: an export of 100,000 rows has a
 * few dozen distinct disability, grade or service spellings, so each is parsed once.
 */

import { resolveAuthorization } from '../rules/authorization-text';
import { normalizeGrade, parseDate, parseDisability, parseServiceCode } from '../rules/normalize';

/** Cell texts that mean "nothing here". */
const EMPTY_TOKENS = new Set([
  'none',
  'n/a',
  'na',
  '-',
  '--',
  '—',
  'null',
  '(none)',
  'not applicable',
]);

const EMPTY_TOKEN_MAX = Math.max(...[...EMPTY_TOKENS].map((t) => t.length));
const EMPTY_TOKEN_FIRST = new Set([...EMPTY_TOKENS].map((t) => t.charCodeAt(0)));

export function isBlank(value: string): boolean {
  if (value === '') return true;
  // Cheap rejections first: this runs on most cells of a large export.
  if (value.length > EMPTY_TOKEN_MAX) return false;
  const c = value.charCodeAt(0);
  if (!EMPTY_TOKEN_FIRST.has(c >= 65 && c <= 90 ? c + 32 : c)) return false;
  return EMPTY_TOKENS.has(value.toLowerCase());
}

/** How many recent distinct texts a memo compares before looking in its map. */
const RECENT = 16;

/**
 * A per-value memo of a parser that returns null for "not understood". The last few distinct
 * texts are compared first: most columns of an export repeat a few values, and comparing a new
 * cell with them is cheaper than hashing it. A column of many values (dates) soon stops
 * comparing.
 */
export function cached<T>(parse: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  const recentTexts: string[] = [];
  const recentValues: T[] = [];
  let next = 0;
  let hits = 0;
  let misses = 0;
  return (text) => {
    if (next !== -1) {
      for (let i = 0; i < recentTexts.length; i++) {
        if (recentTexts[i] === text) {
          hits++;
          return recentValues[i] as T;
        }
      }
    }
    let v = memo.get(text);
    if (v === undefined && !memo.has(text)) {
      v = parse(text);
      memo.set(text, v);
    }
    if (next !== -1) {
      if (++misses > 4 * RECENT && misses > hits) {
        next = -1;
      } else {
        recentTexts[next] = text;
        recentValues[next] = v as T;
        next = (next + 1) % RECENT;
      }
    }
    return v as T;
  };
}

/** Fresh caches for one read (kept per call so memory is released with the result). */
export function valueParsers() {
  return {
    disability: cached(parseDisability),
    grade: cached(normalizeGrade),
    date: cached(parseDate),
    service: cached(parseServiceCode),
    authorization: cached(resolveAuthorization),
    yesNo: cached(parseYesNo),
    dateRange: cached(parseDateRange),
  };
}

export function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['y', 'yes', 'true', '1', 'x', 'checked', 'on'].includes(t)) return true;
  if (['n', 'no', 'false', '0', 'unchecked', 'off'].includes(t)) return false;
  return null;
}

/** "02/06/2025 - 02/05/2026", "2025-02-06 to 2026-02-05" → [start, end]; null if not a range. */
export function parseDateRange(text: string): [string, string] | null {
  const parts = text.split(/\s+(?:-|–|—|to|through)\s+/i);
  if (parts.length !== 2) return null;
  const a = parseDate(parts[0] ?? '');
  const b = parseDate(parts[1] ?? '');
  return a && b ? [a, b] : null;
}

/** The label of a "code - label" value ("330 - Specialized Academic Instruction"). */
export function labelOf(text: string): string | undefined {
  const m = /^\d{3}\s*(?:[-–—:]\s*)?(.*)$/.exec(text);
  if (!m) return text;
  const label = (m[1] ?? '').trim();
  return label === '' ? undefined : label;
}
