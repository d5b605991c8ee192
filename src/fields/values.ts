/**
 * What the text of a value means, for both readers: a vendor page (src/scrape) and a CSV export
 * (src/csv). Pure functions of strings, each giving null/undefined rather than guess. The
 * content script carries what the page reader imports of this module (isBlank, parseYesNo,
 * splitDateRange): keep those small (bench/budgets.js). How a page's text is tidied first is
 * text.ts.
 */

import { parseDate } from '../rules';

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

/** "", "N/A", "None", "--": a value that says nothing. */
export function isBlank(value: string): boolean {
  if (value === '') return true;
  // Cheap rejections first: this runs on most cells of a large export.
  if (value.length > EMPTY_TOKEN_MAX) return false;
  const c = value.charCodeAt(0);
  if (!EMPTY_TOKEN_FIRST.has(c >= 65 && c <= 90 ? c + 32 : c)) return false;
  return EMPTY_TOKENS.has(value.toLowerCase());
}

/**
 * "Y", "Yes", "True", "X", "Checked" → true; "N", "No", "False", "Unchecked" → false; a yes or a
 * no that leads a longer text too ("Yes - documented", "None"); anything else null.
 */
export function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['y', 'yes', 'true', '1', 'x', 'checked', 'on'].includes(t)) return true;
  if (['n', 'no', 'false', '0', 'unchecked', 'off'].includes(t)) return false;
  if (/^(?:yes|true|documented)\b/.test(t)) return true;
  if (/^(?:no|false|none)\b/.test(t)) return false;
  return null;
}

const COMPACT_RANGE =
  /^(\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})\s*[-–—]\s*(\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})$/;
const LOOSE_RANGE = /^(.*?)\s*(?:(?:^|\s)[-–—](?:\s|$)|[–—]|\s(?:to|through|thru)\s)\s*(.*)$/i;

/**
 * The two sides of a range as written, at its first separator: "02/06/2025 - 02/05/2026",
 * "2/6/25-2/5/26", "2025-02-06 to 2026-02-05", "08/15/2025 thru Present", "08/15/2025 - " (an
 * open end: ''). Null without a separator. A hyphen separates only with a space beside it,
 * unless both sides are numeric dates: "2025-02-06" is one date.
 */
export function splitDateRange(text: string): [string, string] | null {
  const sides = COMPACT_RANGE.exec(text) ?? LOOSE_RANGE.exec(text);
  return sides ? [(sides[1] ?? '').trim(), (sides[2] ?? '').trim()] : null;
}

/** A range of two dates → [start, end] as YYYY-MM-DD; null unless both sides are dates. */
export function parseDateRange(text: string): [string, string] | null {
  const sides = splitDateRange(text);
  const start = sides && parseDate(sides[0]);
  const end = sides && parseDate(sides[1]);
  return start && end ? [start, end] : null;
}

/**
 * The label of a coded value, without its code: "330 - Specialized Academic Instruction",
 * "415 Language and Speech", "Language and Speech (415)" → the words; undefined for a code alone.
 */
export function labelOf(text: string): string | undefined {
  const m = /^\d{3}\s*(?:[-–—:]\s*)?(.*)$/.exec(text);
  const label = (m ? (m[1] ?? '') : text).replace(/\s*[([]\s*\d{3}\s*[)\]]$/, '').trim();
  return label === '' ? undefined : label;
}
