/** `audit`: the command around runAudit (batch/audit.ts): its files, its notes and its report. */

import { type AuditInput, type InputFile, runAudit } from '../../batch/audit';
import { reportChunks } from '../../batch/format/report';
import { plural } from '../../batch/format/text';
import type { AuditArgs } from '../args';
import type { CliIo } from '../io';
import { checkOutput, printNotes, writeOutput } from './output';

/**
 * An input file of the command: read in pieces where the io can (nodeIo: a large export's
 * students and services files are never one text, see csv/chunked.ts), else whole.
 */
export function inputFile(io: CliIo, file: string): InputFile {
  const chunks = io.readChunks?.(file);
  return { file, data: chunks ?? (() => io.readFile(file)) };
}

/** The CLI command: read files, audit, format, write. Returns the exit status. */
export function auditCommand(args: AuditArgs, io: CliIo): number {
  checkOutput(io, args.out, [args.students, args.services, args.roster]);
  const read = (file: string): InputFile => inputFile(io, file);
  const input: AuditInput = { students: read(args.students), asOf: args.asOf ?? io.today() };
  if (args.services !== undefined) input.services = read(args.services);
  if (args.roster !== undefined) input.roster = read(args.roster);

  const { report, warnings } = runAudit(input);
  printNotes(io, warnings);
  const { counts } = report;
  writeOutput(
    io,
    args.out,
    reportChunks(report, args.format),
    `${plural(report.rows.length, 'student')}, ${counts.violation} with a credential problem`,
  );
  return counts.violation > 0 ? 1 : 0;
}
