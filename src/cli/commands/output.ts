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

/** The report to --out (whole or not at all), else to stdout. */
export function writeOutput(io: CliIo, out: string | undefined, text: string): void {
  if (out !== undefined) io.writeFileAtomic(out, text);
  else io.stdout(text);
}
