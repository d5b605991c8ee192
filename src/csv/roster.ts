/**
 * The roster file: staff and their authorizations, one row per authorization (CONTRACT.md §3).
 * Required columns (fatal when missing): "Name" (or "Last Name" + "First Name") and
 * "Authorization". A row with an empty Authorization is a staff member with no CTC
 * authorization (a licensed physical therapist, say).
 *
 * Rows are grouped into one StaffMember per person: by Email when the row has one, else by
 * the name with word order, case and accents ignored ("Ana Muñoz" = "Muñoz, Ana").
 * Each authorization is kept as the roster wrote it (HeldAuthorization.text); the engine resolves
 * it. One the rules do not recognise is still kept (it counts for nothing) and reported as a
 * warning rather than an error, because rosters also list other documents.
 */

import type { HeldAuthorization, StaffMember } from '../rules/types';
import { joinName, nameKey } from './ids';
import { type CsvProblem, quote, type ReadResult, unreadable } from './problems';
import { ROSTER_FIELDS } from './synonyms';
import { forEachDataRow, openTable, type ReadOptions } from './table';
import { isBlank, valueParsers } from './values';

const DATE_FIELDS = ['issued', 'expires'] as const;

export interface RosterMember extends StaffMember {
  /** Line of the person's first row. */
  line: number;
}

export function readRoster(
  input: Uint8Array | string,
  options: ReadOptions = {},
): ReadResult<RosterMember> {
  const opened = openTable(
    input,
    ROSTER_FIELDS,
    [
      { any: ['name', 'lastName'], what: '"Name" (or "Last Name" and "First Name")' },
      { any: ['authorization'], what: '"Authorization"' },
    ],
    options,
  );
  if (!opened.ok) return { records: [], ...unreadable(opened) };
  const { table } = opened;
  const errors: CsvProblem[] = [...opened.errors];
  const warnings: CsvProblem[] = [];
  const parse = valueParsers();
  const members: RosterMember[] = [];
  const byEmail = new Map<string, RosterMember>();
  const byName = new Map<string, RosterMember>();
  const unknownAuth = new Set<string>();

  forEachDataRow(table, errors, (row, r) => {
    let bad = false;
    const name =
      table.value(row, 'name') ??
      joinName(table.value(row, 'lastName'), table.value(row, 'firstName'));
    if (name === undefined) {
      const col = table.firstColumn('name') ?? table.firstColumn('lastName') ?? 0;
      errors.push(table.problem(r, col, 'the row has no name'));
      bad = true;
    }
    const email = table.value(row, 'email');
    const position = table.value(row, 'position');

    let held: HeldAuthorization | undefined;
    const auth = table.value(row, 'authorization');
    if (auth !== undefined && !isBlank(auth)) {
      held = { text: auth };
      // Kept as the roster's own text: the engine resolves it, and the text carries meaning a key
      // would lose (the text "SEEC" is the added authorization, the key ECSE the specialty).
      if (parse.authorization(auth) === null && !unknownAuth.has(auth)) {
        unknownAuth.add(auth);
        warnings.push(
          table.problem(
            r,
            table.columnOf(row, 'authorization'),
            `${quote(auth)} is not an authorization the checks know; it is kept but counts for nothing`,
          ),
        );
      }
      for (const field of DATE_FIELDS) {
        const v = table.value(row, field);
        if (v === undefined || isBlank(v)) continue;
        const d = parse.date(v);
        if (d !== null) held[field] = d;
        else {
          errors.push(
            table.problem(
              r,
              table.columnOf(row, field),
              `${quote(v)} is not a date (expected YYYY-MM-DD or MM/DD/YYYY)`,
            ),
          );
          bad = true;
        }
      }
    }
    if (bad || name === undefined) return;

    const emailKey = email?.toLowerCase();
    const key = nameKey(name);
    let member = emailKey !== undefined ? byEmail.get(emailKey) : undefined;
    if (member === undefined) {
      const sameName = byName.get(key);
      if (
        sameName &&
        (emailKey === undefined ||
          sameName.email === undefined ||
          sameName.email.toLowerCase() === emailKey)
      ) {
        member = sameName;
      }
    }
    if (member === undefined) {
      member = { name, authorizations: [], line: table.lineOf(r) };
      members.push(member);
      if (!byName.has(key)) byName.set(key, member);
    }
    if (email !== undefined && member.email === undefined) member.email = email;
    if (emailKey !== undefined && !byEmail.has(emailKey)) byEmail.set(emailKey, member);
    if (position !== undefined && member.position === undefined) member.position = position;
    if (held) member.authorizations.push(held);
  });

  return { records: members, errors, warnings, fatal: false, encoding: table.encoding };
}
