/**
 * `check FILE.html --url URL [--roster FILE] [--as-of DATE] [--format text|json]`
 * (CONTRACT.md §2): `scrape`, then the rules, with the verdict the extension would draw on the
 * page. The snapshot becomes a case as in the browser (caseFromSnapshot, with the roster for
 * staff and no user profile); the result is printed as one student of `audit`.
 *
 * A page showing neither a case manager nor a primary disability gets no verdict, as in the
 * browser (src/background/check-page.ts): a note on stderr says what was not found, text output
 * lists no student, JSON output is `null`, and the exit status is 0. Otherwise the exit status
 * is 1 when a finding is an error, else 0; 2 for an unreadable page or roster.
 */

import { AuditInputError } from '../../batch/audit';
import { formatText } from '../../batch/format/text';
import { type AuditReport, type AuditRow, countStatuses } from '../../batch/report';
import { caseFromSnapshot } from '../../check/case-from-snapshot';
import { formatProblem } from '../../csv/problems';
import { readRoster } from '../../csv/roster';
import { evaluateCase } from '../../rules';
import type { StaffMember } from '../../rules/types';
import type { PageSnapshot } from '../../scrape/snapshot';
import type { CheckArgs } from '../args';
import type { CliIo } from '../io';
import type { PageReading } from '../page';
import { noIepNote, scrapePage } from './scrape';

export interface PageCheck {
  reading: PageReading;
  /** The student as one row of `audit`, or null when the page gives nothing to check. */
  row: AuditRow | null;
}

/** Whether the extension would give the page a verdict (src/background/check-page.ts). */
export function hasVerdict(snapshot: PageSnapshot): boolean {
  return snapshot.caseManager !== null || snapshot.primaryDisability !== null;
}

/** The rules on a snapshot, as the background runs them, as one row of `audit`. */
export function checkSnapshot(
  snapshot: PageSnapshot,
  roster: readonly StaffMember[],
  asOf: string,
): AuditRow | null {
  if (!hasVerdict(snapshot)) return null;
  const result = evaluateCase(caseFromSnapshot(snapshot, { profile: null, roster }, asOf));
  return {
    student: { id: snapshot.student.id ?? null, name: snapshot.student.name ?? null },
    caseManager: { name: snapshot.caseManager?.name ?? null, role: result.role },
    status: result.status,
    findings: result.findings,
  };
}

export function checkCommand(args: CheckArgs, io: CliIo): number {
  // The roster first: a bad roster is reported before the page is parsed.
  let roster: StaffMember[] = [];
  if (args.roster !== undefined) {
    const read = readRoster(io.readFile(args.roster), { file: args.roster });
    if (read.errors.length > 0) throw new AuditInputError(read.errors);
    for (const w of read.warnings.slice(0, 20)) io.stderr(`note: ${formatProblem(w)}\n`);
    if (read.warnings.length > 20) {
      io.stderr(`note: ${read.warnings.length - 20} more notes not shown\n`);
    }
    roster = read.records;
  }
  const asOf = args.asOf ?? io.today();
  const reading = scrapePage(args, io);
  const row = checkSnapshot(reading.snapshot, roster, asOf);

  const { missing } = reading.snapshot;
  if (row === null) {
    const why =
      noIepNote(reading) ??
      'nothing to check on this page: neither a case manager nor a primary disability was found';
    io.stderr(`note: ${args.file}: ${why}\n`);
  }
  if (missing.length > 0) {
    io.stderr(`note: ${args.file}: not found on the page: ${missing.join(', ')}\n`);
  }
  if (args.format === 'json') {
    io.stdout(`${JSON.stringify(row, null, 2)}\n`);
  } else {
    const rows = row === null ? [] : [row];
    const files: AuditReport['files'] = { students: args.file };
    if (args.roster !== undefined) files.roster = args.roster;
    io.stdout(formatText({ asOf, files, rows, counts: countStatuses(rows) }));
  }
  return row?.status === 'violation' ? 1 : 0;
}
