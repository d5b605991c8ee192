/**
 * `caseloads`: the same inputs as `audit`; each case manager's and each resource or speech
 * provider's caseload against the limits in law (cli/caseloads.ts), with their students'
 * credential verdicts from the audit alongside. Exit status as `audit`: 1 when a caseload is
 * over a hard limit (an error finding), 0 otherwise, 2 on bad input.
 */

import type { ServiceRecord } from '../../csv/services';
import type { StudentRecord } from '../../csv/students';
import { type CaseloadLimits, DEFAULT_CASELOAD_LIMITS } from '../../rules/caseload';
import type { StaffMember } from '../../rules/types';
import type { CaseloadsArgs } from '../args';
import { byLoad, type CaseloadsOutcome, tallyCaseloads } from '../caseloads';
import { formatCaseloadsCsv } from '../format/caseloads/csv';
import { formatCaseloadsHtml } from '../format/caseloads/html';
import { formatCaseloadsText } from '../format/caseloads/text';
import { plural } from '../format/text';
import type { CliIo } from '../io';
import { type AuditInput, type AuditOutcome, type InputFile, inputFile, runAudit } from './audit';
import { checkOutput, printNotes, writeOutput } from './output';

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

export function caseloadsCommand(args: CaseloadsArgs, io: CliIo): number {
  checkOutput(io, args.out, [args.students, args.services, args.roster]);
  const read = (file: string): InputFile => inputFile(io, file);
  const input = {
    students: read(args.students),
    services: read(args.services),
    asOf: args.asOf ?? io.today(),
    ...(args.roster !== undefined ? { roster: read(args.roster) } : {}),
  };
  const outcome = runCaseloads(input, args.limits);
  printNotes(io, outcome.warnings);
  const over = outcome.people.filter((p) => p.findings.some((f) => f.severity === 'error'));
  writeOutput(
    io,
    args.out,
    formatCaseloads(outcome, args.format),
    `${plural(outcome.people.length, 'person', 'people')}, ${over.length} over a limit in law`,
  );
  return over.length > 0 ? 1 : 0;
}

export function formatCaseloads(
  outcome: CaseloadsOutcome,
  format: CaseloadsArgs['format'],
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(outcome.people, null, 2)}\n`;
    case 'csv':
      return formatCaseloadsCsv(outcome.people);
    case 'html':
      return formatCaseloadsHtml(outcome);
    default:
      return formatCaseloadsText(outcome);
  }
}
