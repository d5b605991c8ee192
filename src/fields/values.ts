/**
 * What the text of a value means, for both readers: a vendor page (src/scrape) and a CSV export
 * (src/csv). Pure functions of strings, each giving null/undefined rather than guess. The
 * content script carries what the page reader imports of this module (isBlank, parseYesNo,
 * parseDateRange): keep those small (bench/budgets.js). How a page's text is tidied first is
 * text.ts.
 */

import { parseDate } from '../rules/normalize';

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

/** "Y", "Yes", "True", "X", "Checked" → true; "N", "No", "False", "Unchecked" → false; else null. */
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
