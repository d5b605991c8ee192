/** `--format json`: the array of CONTRACT.md §2, one object per student. */

import type { AuditRow } from '../report';

export function formatJson(rows: readonly AuditRow[]): string {
  return [...jsonChunks(rows)].join('');
}

/**
 * JSON.stringify(rows, null, 2) and a line end, one student at a time: the whole array as one
 * string is past V8's longest string at about 800,000 students ("Invalid string length").
 */
export function* jsonChunks(rows: readonly AuditRow[]): Generator<string> {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (let i = 0; i < rows.length; i++) {
    const one = JSON.stringify(rows[i], null, 2).replace(/\n/g, '\n  ');
    yield i + 1 < rows.length ? `  ${one},\n` : `  ${one}\n`;
  }
  yield ']\n';
}
