/**
 * Caseloads from an audit: the audit hands over every record as it reads it (each file is read
 * once), and the tally (caseloads.ts) counts them beside the students' verdicts.
 */

import type { ServiceRecord } from '../csv/services';
import type { StudentRecord } from '../csv/students';
import { type CaseloadLimits, DEFAULT_CASELOAD_LIMITS } from '../rules';
import type { StaffMember } from '../rules/types';
import { type AuditInput, type AuditOutcome, runAudit } from './audit';
import { byLoad, type CaseloadsOutcome, tallyCaseloads } from './caseloads';

/** The audit's outcome with every record it read, for a tally that needs them whole. */
export interface AuditWithRecords {
  outcome: AuditOutcome;
  students: StudentRecord[];
  services: ServiceRecord[];
  roster: readonly StaffMember[];
}

/**
 * The audit, keeping the records it reads (the audit hands each over as it reads it: every file
 * is read once). Bad input stops here exactly as it stops `audit` (AuditInputError).
 */
export function auditKeepingRecords(input: AuditInput): AuditWithRecords {
  const students: StudentRecord[] = [];
  const services: ServiceRecord[] = [];
  let roster: readonly StaffMember[] = input.staff?.members ?? [];
  const outcome = runAudit({
    ...input,
    records: {
      student: (s) => students.push(s),
      service: (s) => services.push(s),
      roster: (members) => {
        roster = members;
      },
    },
  });
  return { outcome, students, services, roster };
}

/** The caseloads of an audit already run, heaviest first, beside its students' verdicts. */
export function caseloadsOf(
  audited: AuditWithRecords,
  limits: Partial<CaseloadLimits> = {},
): CaseloadsOutcome {
  const { outcome, students, services, roster } = audited;
  const { asOf } = outcome.report;
  const people = tallyCaseloads({
    students,
    statuses: outcome.report.rows.map((r) => r.status),
    services,
    roster,
    asOf,
    limits,
  }).sort(byLoad);
  return {
    asOf,
    limits: { ...DEFAULT_CASELOAD_LIMITS, ...limits },
    people,
    warnings: outcome.warnings,
  };
}

/** The caseloads of the export: the audit, then the tally of its outcome. */
export function runCaseloads(
  input: AuditInput & { services: NonNullable<AuditInput['services']> },
  limits: Partial<CaseloadLimits> = {},
): CaseloadsOutcome {
  return caseloadsOf(auditKeepingRecords(input), limits);
}
