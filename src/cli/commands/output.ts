/** What `audit` and `caseloads` print besides their report, and where the report goes. */

import { type CsvProblem, formatProblem } from '../../csv/problems';
import type { CliIo } from '../io';

/** How many reading notes are printed one by one; the rest are counted. */
const NOTES_SHOWN = 20;

/** The reading notes (values set aside, unmatched services…) on stderr, the first few in full. */
export function printNotes(io: CliIo, warnings: readonly CsvProblem[]): void {
  for (const w of warnings.slice(0, NOTES_SHOWN)) io.stderr(`note: ${formatProblem(w)}\n`);
  if (warnings.length > NOTES_SHOWN) {
    io.stderr(`note: ${warnings.length - NOTES_SHOWN} more notes not shown\n`);
  }
}

/**
 * The report to --out (whole or not at all; `-` is stdout), else to stdout. `summary`, when
 * --out names a file, goes to stderr after it: "wrote report.html: 16 students, …".
 */
export function writeOutput(
  io: CliIo,
  out: string | undefined,
  report: string | Iterable<string>,
  summary?: string,
): void {
  const chunks = typeof report === 'string' ? [report] : report;
  if (io.writeReport) io.writeReport(out ?? '-', chunks);
  else {
    let text = '';
    for (const chunk of chunks) text += chunk;
    if (out !== undefined && out !== '-') io.writeFileAtomic(out, text);
    else io.stdout(text);
  }
  if (out !== undefined && out !== '-' && summary !== undefined) {
    io.stderr(`wrote ${out}: ${summary}\n`);
  }
}

/**
 * Before any input is read: the inputs' audit fits in memory, the report's folder is there, and
 * the report is no input.
 */
export function checkOutput(
  io: CliIo,
  out: string | undefined,
  inputs: readonly (string | undefined)[],
): void {
  const files = inputs.filter((f): f is string => f !== undefined);
  io.checkInputs?.(files);
  if (out !== undefined) io.checkOutput?.(out, files);
}
