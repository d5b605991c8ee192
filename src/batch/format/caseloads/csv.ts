/**
 * `caseloads --format csv`: one row per person (its findings joined), for a spreadsheet. Cells a
 * spreadsheet would run as a formula are prefixed with an apostrophe, as in the audit's CSV.
 */
import Papa from 'papaparse';
import type { PersonCaseload } from '../../caseloads';

export const CASELOAD_COLUMNS = [
  'name',
  'position',
  'role',
  'count',
  'limit',
  'case_managed',
  'resource_students',
  'speech_students',
  'preschool_only',
  'students_violation',
  'students_review',
  'students_ok',
  'rules',
  'findings',
] as const;

const FORMULA = /^[=+\-@\t\r]/;
const cell = (v: string | number | boolean | null | undefined): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return FORMULA.test(s) ? `'${s}` : s;
};

export function formatCaseloadsCsv(people: readonly PersonCaseload[]): string {
  const rows = people.map((p) =>
    [
      p.name,
      p.position,
      p.role,
      p.count,
      p.limit,
      p.caseManaged,
      p.resource,
      p.speech,
      p.preschoolOnly,
      p.verdicts.violation,
      p.verdicts.review,
      p.verdicts.ok,
      p.findings.map((f) => f.rule).join(' '),
      p.findings.map((f) => f.message).join(' | '),
    ].map(cell),
  );
  return `${Papa.unparse({ fields: [...CASELOAD_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}
