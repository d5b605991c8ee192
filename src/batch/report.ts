/** The audit's result, as every output format sees it. */

import type { Finding, Role, StudentStatus } from '../rules/types';

/** One student, in the JSON shape of CONTRACT.md §2. */
export interface AuditRow {
  student: { id: string | null; name: string | null };
  caseManager: { name: string | null; role: Role };
  status: StudentStatus;
  findings: Finding[];
}

export interface AuditReport {
  asOf: string;
  files: { students: string; services?: string; roster?: string };
  rows: AuditRow[];
  counts: Record<StudentStatus, number>;
  /**
   * True when the audit had no services file: no role was known (REFERENCE §9.2), which the
   * report's summary says.
   */
  rolesUnknown?: boolean;
}

export function countStatuses(rows: readonly AuditRow[]): Record<StudentStatus, number> {
  const counts: Record<StudentStatus, number> = { violation: 0, review: 0, ok: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}
