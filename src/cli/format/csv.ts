/**
 * `--format csv`: one row per finding (a student with no finding still gets one row), for a
 * spreadsheet. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are
 * prefixed with an apostrophe: the values come from vendor exports and rosters.
 */

import type { AuditRow } from '../report';

export const CSV_COLUMNS = [
  'student_id',
  'student_name',
  'case_manager',
  'role',
  'status',
  'rule',
  'severity',
  'message',
  'fact_status',
  'authorization',
  'service_code',
  'until',
  'fixes',
  'source',
] as const;

export function formatCsv(rows: readonly AuditRow[]): string {
  return [...csvChunks(rows)].join('');
}

/** The CSV one student's lines at a time (each ending CRLF), never joined: see jsonChunks. */
export function* csvChunks(rows: readonly AuditRow[]): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for (const row of rows) {
    const head = [
      row.student.id ?? '',
      row.student.name ?? '',
      row.caseManager.name ?? '',
      row.caseManager.role,
      row.status,
    ];
    if (row.findings.length === 0) {
      yield `${line([...head, '', '', '', '', '', '', '', '', ''])}\r\n`;
      continue;
    }
    let block = '';
    for (const f of row.findings) {
      block +=
        line([
          ...head,
          f.rule,
          f.severity,
          f.message,
          f.status,
          f.authorization ?? '',
          f.serviceCode ?? '',
          f.until ?? '',
          (f.fixes ?? []).join(' | '),
          f.source,
        ]) + '\r\n';
    }
    yield block;
  }
}

function line(cells: readonly string[]): string {
  return cells.map(cell).join(',');
}

export function cell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}
