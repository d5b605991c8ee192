/**
 * `caseloads`: the same inputs as `audit`; each case manager's and each resource or speech
 * provider's caseload against the limits in law (cli/caseloads.ts), with their students'
 * credential verdicts from the audit alongside. Exit status as `audit`: 1 when a caseload is
 * over a hard limit (an error finding), 0 otherwise, 2 on bad input.
 */

import type { RosterMember } from '../../csv/roster';
import type { ServiceRecord } from '../../csv/services';
import type { StudentRecord } from '../../csv/students';
import { type CaseloadLimits, DEFAULT_CASELOAD_LIMITS } from '../../rules/caseload';
import type { CaseloadsArgs } from '../args';
import { byLoad, type PersonCaseload, tallyCaseloads } from '../caseloads';
import { formatCaseloadsCsv } from '../format/caseloads/csv';
import { formatCaseloadsHtml } from '../format/caseloads/html';
import { formatCaseloadsText } from '../format/caseloads/text';
import { plural } from '../format/text';
import type { CliIo } from '../io';
import { type AuditInput, type InputFile, inputFile, runAudit } from './audit';
import { checkOutput, printNotes, writeOutput } from './output';

export interface CaseloadsOutcome {
  asOf: string;
  /** The limits the people were held to: the law's, or the district's own (--rsp-limit…). */
  limits: CaseloadLimits;
  people: PersonCaseload[];
  warnings: ReturnType<typeof runAudit>['warnings'];
}

/**
 * The caseloads of the export, heaviest first. The audit reads and checks the files first, so
 * bad input stops here exactly as it stops `audit` (AuditInputError, nothing written).
 */
export function runCaseloads(
  input: AuditInput & { services: NonNullable<AuditInput['services']> },
  limits: Partial<CaseloadLimits> = {},
): CaseloadsOutcome {
  // The audit hands over each record as it reads it: every file is read once.
  const students: StudentRecord[] = [];
  const services: ServiceRecord[] = [];
  let roster: readonly RosterMember[] = [];
  const { report, warnings } = runAudit({
    ...input,
    records: {
      student: (s) => students.push(s),
      service: (s) => services.push(s),
      roster: (members) => {
        roster = members;
      },
    },
  });
  const people = tallyCaseloads({
    students,
    statuses: report.rows.map((r) => r.status),
    services,
    roster,
    asOf: input.asOf,
    limits,
  }).sort(byLoad);
  return { asOf: input.asOf, limits: { ...DEFAULT_CASELOAD_LIMITS, ...limits }, people, warnings };
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
