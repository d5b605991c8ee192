/**
 * Header matching: by name and synonym, case-insensitive, trimmed, with NBSP, `:`, `*`, `#`
 * and underscores ignored; columns may come in any order and extra columns are ignored.
 * The synonym lists are data (src/fields/files.ts); this file is the logic.
 */

import type { FieldTable } from '../fields/files';

/**
 * "Disability 1 Code:*" → "disability 1 code"; "Student_ID" → "student id"; "Push In / Pull Out"
 * → "push in/pull out" (a slash tight, as the page reader's headerKey has it).
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/[\u00a0\u2007\u202f\ufeff]/g, ' ')
    .replace(/[:*#_]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
}

export interface HeaderMatch<F extends string> {
  /** For each matched field, its column indexes (0-based), most preferred synonym first. */
  columns: Partial<Record<F, number[]>>;
  /** The header cells as written. */
  headers: string[];
  /** How many header cells matched some field. */
  recognised: number;
}

/** Matches one header row against a field table. */
export function matchHeaders<F extends string>(
  headers: readonly string[],
  table: FieldTable<F>,
): HeaderMatch<F> {
  const byName = new Map<string, number[]>();
  headers.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key === '') return;
    const list = byName.get(key);
    if (list) list.push(i);
    else byName.set(key, [i]);
  });
  const columns: Partial<Record<F, number[]>> = {};
  const used = new Set<number>();
  for (const field of Object.keys(table) as F[]) {
    const found: number[] = [];
    for (const synonym of table[field].synonyms) {
      for (const i of byName.get(synonym) ?? []) {
        if (!found.includes(i)) found.push(i);
      }
    }
    if (found.length > 0) {
      columns[field] = found;
      for (const i of found) used.add(i);
    }
  }
  return { columns, headers: [...headers], recognised: used.size };
}

/** How many non-empty rows findHeaderRow looks at. */
export const HEADER_SCAN = 10;

/**
 * Finds the header row: the row, among the first `scan` non-empty rows, that matches the most
 * fields (some exports put a title or report metadata above the header). Returns -1 when no
 * row matches anything.
 */
export function findHeaderRow<F extends string>(
  rows: readonly (readonly string[])[],
  table: FieldTable<F>,
  scan = HEADER_SCAN,
): number {
  let best = -1;
  let bestScore = 0;
  let seen = 0;
  for (let r = 0; r < rows.length && seen < scan; r++) {
    const row = rows[r];
    if (!row || isEmptyRow(row)) continue;
    seen++;
    const score = matchHeaders(row, table).recognised;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

export function isEmptyRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

/** The synonyms of a field, for messages: "SEIS ID, Student ID, SSID". */
export function describeField<F extends string>(table: FieldTable<F>, ...fields: F[]): string {
  return fields.map((f) => `"${table[f].label}"`).join(' or ');
}
