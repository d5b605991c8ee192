/**
 * `caseloads`: the same inputs as `audit`; each case manager's and each resource or speech
 * provider's caseload against the limits in law (batch/caseloads.ts), with their students'
 * credential verdicts from the audit alongside. Exit status as `audit`: 1 when a caseload is
 * over a hard limit (an error finding), 0 otherwise, 2 on bad input.
 */

import type { InputFile } from '../../batch/audit';
import { runCaseloads } from '../../batch/caseload-audit';
import { formatCaseloads } from '../../batch/format/caseloads/report';
import { plural } from '../../batch/format/text';
import type { CaseloadsArgs } from '../args';
import type { CliIo } from '../io';
import { inputFile } from './audit';
import { checkOutput, printNotes, writeOutput } from './output';

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
