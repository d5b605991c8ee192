/** `--format json`: the array of CONTRACT.md §2, one object per student. */

import type { AuditRow } from '../report';

export function formatJson(rows: readonly AuditRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
