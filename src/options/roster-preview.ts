/**
 * What the options page shows about a chosen roster file before anything is saved: the staff
 * read, their authorizations, and every problem with its line and column. Pure: bytes in,
 * a plain model out; the page renders it and saves `staff` only when `canSave`.
 */
import * as v from 'valibot';
import type { CsvProblem } from '../csv/problems';
import { readRoster } from '../csv/roster';
import { authorizationLabel, resolveAuthorization } from '../rules';
import type { StaffMember } from '../rules/types';
import { RosterSchema } from '../settings/schema';

/** A roster of 20,000 staff is about 2 MB; anything far larger is not a roster. */
export const MAX_ROSTER_BYTES = 10 * 1024 * 1024;

export interface PreviewProblem {
  file: string;
  /** 1-based line of the file; null for a problem with the whole file. */
  line: number | null;
  column: number | null;
  header?: string;
  /** The reader's own sentence (src/csv), shared with the command line. */
  message?: string;
  /** Or a message of options.json, with its substitutions. */
  messageKey?: string;
  substitutions?: string[];
}

export interface AuthorizationTally {
  /** As the file wrote it. */
  text: string;
  /** The catalog's name for it, or null when the checks do not know it. */
  label: string | null;
  staff: number;
}

export interface RosterPreview {
  file: string;
  /** The file could not be used at all (not a CSV, empty, a required column missing). */
  fatal: boolean;
  /** Staff read from the valid rows, in file order, as they would be saved. */
  staff: StaffMember[];
  errors: PreviewProblem[];
  warnings: PreviewProblem[];
  authorizationRows: number;
  /** Staff listed with no CTC authorization (an empty Authorization cell). */
  withoutAuthorization: number;
  /** Each distinct authorization spelling with how many staff hold it, most held first. */
  tally: AuthorizationTally[];
  /**
   * True only when every row was read and the result fits the stored schema. A file with any
   * error is refused whole: saving only its valid rows could drop one of a person's
   * authorizations and turn a fitting case manager into a false violation.
   */
  canSave: boolean;
}

const fromCsv = (file: string, p: CsvProblem): PreviewProblem => ({
  file,
  line: p.line,
  column: p.column,
  ...(p.header ? { header: p.header } : {}),
  message: p.message,
});

const StaffListSchema = RosterSchema.entries.staff;

/** The stored schema's limits, said per person, at the person's first line. */
function schemaProblems(
  file: string,
  issues: readonly v.BaseIssue<unknown>[],
  lines: readonly number[],
): PreviewProblem[] {
  const seen = new Set<string>();
  const out: PreviewProblem[] = [];
  for (const issue of issues) {
    const path = issue.path?.map((p) => p.key) ?? [];
    const index = typeof path[0] === 'number' ? path[0] : null;
    const field = String(path[1] ?? '');
    const key =
      index === null
        ? 'optionsRosterTooManyStaff'
        : field === 'name'
          ? 'optionsRosterNameTooLong'
          : field === 'authorizations' && path.length === 2
            ? 'optionsRosterTooManyAuthorizations'
            : field === 'authorizations'
              ? 'optionsRosterAuthorizationTooLong'
              : 'optionsRosterValueTooLong';
    const dedupe = `${index}:${key}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push({
      file,
      line: index === null ? null : (lines[index] ?? null),
      column: null,
      messageKey: key,
      substitutions: index === null ? [String(StaffListSchema.pipe[1].requirement)] : [],
    });
  }
  return out;
}

function unusable(file: string, messageKey: string, substitutions: string[] = []): RosterPreview {
  return {
    file,
    fatal: true,
    staff: [],
    errors: [{ file, line: null, column: null, messageKey, substitutions }],
    warnings: [],
    authorizationRows: 0,
    withoutAuthorization: 0,
    tally: [],
    canSave: false,
  };
}

/** Said before reading a file too large to be a roster (its size is known without reading it). */
export function rosterFileTooLarge(file: string): RosterPreview {
  return unusable(file, 'optionsRosterFileTooLarge', [
    String(Math.round(MAX_ROSTER_BYTES / 1024 / 1024)),
  ]);
}

/** The browser could not read the chosen file (moved, deleted, no permission). */
export function rosterFileUnreadable(file: string): RosterPreview {
  return unusable(file, 'optionsRosterFileUnreadable');
}

export function previewRoster(input: Uint8Array, file: string): RosterPreview {
  if (input.byteLength > MAX_ROSTER_BYTES) return rosterFileTooLarge(file);
  const read = readRoster(input, { file });
  const errors = read.errors.map((p) => fromCsv(file, p));
  const warnings = read.warnings.map((p) => fromCsv(file, p));
  // The reader's line numbers stay with the preview; the stored staff carry none.
  const lines = read.records.map((m) => m.line);
  const staff: StaffMember[] = read.records.map(({ line: _line, ...member }) => member);

  if (!read.fatal && staff.length === 0 && errors.length === 0) {
    errors.push({ file, line: null, column: null, messageKey: 'optionsRosterNoStaff' });
  }
  const checked = v.safeParse(StaffListSchema, staff);
  if (!checked.success) errors.push(...schemaProblems(file, checked.issues, lines));

  const tally = new Map<string, AuthorizationTally>();
  let authorizationRows = 0;
  for (const member of staff) {
    authorizationRows += member.authorizations.length;
    const texts = new Set(member.authorizations.map((a) => a.text ?? a.key ?? ''));
    for (const text of texts) {
      const entry = tally.get(text);
      if (entry) entry.staff += 1;
      else {
        const key = resolveAuthorization(text);
        tally.set(text, { text, label: key ? authorizationLabel(key) : null, staff: 1 });
      }
    }
  }

  return {
    file,
    fatal: read.fatal,
    staff,
    errors,
    warnings,
    authorizationRows,
    withoutAuthorization: staff.filter((m) => m.authorizations.length === 0).length,
    tally: [...tally.values()].sort((a, b) => b.staff - a.staff || a.text.localeCompare(b.text)),
    canSave: !read.fatal && errors.length === 0 && staff.length > 0,
  };
}
