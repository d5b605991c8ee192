/**
 * `--format csv`: one row per finding (a student with no finding still gets one row), for a
 * spreadsheet. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are
 * prefixed with an apostrophe: the values come from vendor exports and rosters.
 */

import type { Finding, Role, StudentStatus } from '../../rules/types';
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

/**
 * The CSV in pieces (each line ending CRLF), never joined: see jsonChunks.
 * A large audit's students share their results (the audit's memo keeps one of each), so the
 * cells after the student's own (role, status and the finding's) are written once per result
 * and role. Each line is given as two pieces, the student's own cells and that shared rest:
 * joined, every line would be a new string of some 500 characters to copy and then collect
 * (444 MB of them at 800,000 students), where the shared rest is written as it is.
 */
export function* csvChunks(rows: readonly AuditRow[]): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  const tails = new Map<readonly Finding[], (readonly string[] | undefined)[]>();
  let lastManager: AuditRow['caseManager'] | undefined;
  let managerCell = '';
  for (const row of rows) {
    if (row.caseManager !== lastManager) {
      lastManager = row.caseManager;
      managerCell = cell(row.caseManager.name ?? '');
    }
    const head = `${cell(row.student.id ?? '')},${cell(row.student.name ?? '')},${managerCell},`;
    let byRole = tails.get(row.findings);
    if (byRole === undefined) {
      byRole = [];
      tails.set(row.findings, byRole);
    }
    const which = ROLE_INDEX[row.caseManager.role] * 3 + STATUS_INDEX[row.status];
    let lines = byRole[which];
    if (lines === undefined) {
      lines = tailsOf(row);
      byRole[which] = lines;
    }
    for (const tail of lines) {
      yield head;
      yield tail;
    }
  }
}

const ROLE_INDEX: Record<Role, number> = { instruction: 0, support: 1, coordinator: 2, unknown: 3 };
const STATUS_INDEX: Record<StudentStatus, number> = { ok: 0, review: 1, violation: 2 };

/** Each line of a row after its first three cells, ending CRLF (one line for no finding). */
function tailsOf(row: AuditRow): string[] {
  const head = [row.caseManager.role, row.status];
  if (row.findings.length === 0)
    return [`${line([...head, '', '', '', '', '', '', '', '', ''])}\r\n`];
  return row.findings.map(
    (f) =>
      `${line([
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
      ])}\r\n`,
  );
}

function line(cells: readonly string[]): string {
  return cells.map(cell).join(',');
}

export function cell(value: string): string {
  // Most cells (ids, names) need nothing: told by their characters without a regular expression.
  // Printable ASCII at both ends has no space to trim; a formula starts with = + - @.
  const n = value.length;
  if (n > 0) {
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(n - 1);
    if (
      first > 32 &&
      first < 127 &&
      last > 32 &&
      last < 127 &&
      first !== 61 &&
      first !== 43 &&
      first !== 45 &&
      first !== 64
    ) {
      let plain = true;
      for (let i = 0; i < n; i++) {
        const c = value.charCodeAt(i);
        if (c === 34 || c === 44 || c === 13 || c === 10) {
          plain = false;
          break;
        }
      }
      if (plain) return value;
    }
  }
  // The rest without a regular expression either (a name "Last, First" comes here): a formula's
  // first character is escaped with an apostrophe; a cell with a quote, comma or line break, or
  // space at either end, is quoted, its quotes doubled.
  const first = n > 0 ? value.charCodeAt(0) : -1;
  const v =
    first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13
      ? `'${value}`
      : value;
  let quoted = false;
  let quotes = false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 34) {
      quoted = true;
      quotes = true;
      break;
    }
    if (c === 44 || c === 13 || c === 10) quoted = true;
  }
  if (!quoted) quoted = v !== v.trim();
  if (!quoted) return v;
  return `"${quotes ? v.replace(/"/g, '""') : v}"`;
}
