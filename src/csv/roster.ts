/**
 * The roster file: staff and their authorizations, one row per authorization (CONTRACT.md §3).
 * Required columns (fatal when missing): "Name" (or "Last Name" + "First Name") and
 * "Authorization". A row with an empty Authorization is a staff member with no CTC
 * authorization (a licensed physical therapist, say).
 *
 * Who is who (the README and the options page say the same):
 *   - rows with the same name (word order, case and accents ignored: "Ana Muñoz" = "Muñoz, Ana")
 *     are one person's authorizations, unless their emails differ: then they are two people
 *     who share a name, and a lookup of that name says it matches both;
 *   - rows with one email are one person when their names designate the same person
 *     ("Peña, Ana M." and "Ana Pena"); an email shared by names that do not ("Reyes, Ada" and
 *     "Reyes, Aiyana", a common initial-plus-surname scheme) is a roster problem, reported with
 *     both lines, and each person is kept, and found, by their own name.
 * A roster with no staff rows, and a person's authorization listed twice with different dates,
 * get a note: neither stops a check, both change what it can find.
 */

import { ROSTER_FIELDS } from '../fields/files';
import { isBlank } from '../fields/values';
import { namesMatch } from '../rules';
import type { HeldAuthorization, StaffMember } from '../rules/types';
import { joinName, nameKey } from './ids';
import { type CsvProblem, quote, type ReadResult, unreadable } from './problems';
import { forEachDataRow, openTable, type ReadOptions } from './table';
import { valueParsers } from './values';

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
  const people = new People(table.file, warnings);
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

    const member = people.personOf(name, email, table.lineOf(r));
    if (position !== undefined && member.position === undefined) member.position = position;
    if (held) {
      people.addAuthorization(member, held, parse.authorization(held.text ?? ''), table.lineOf(r));
    }
  });

  if (people.members.length === 0 && errors.length === 0) {
    warnings.push({
      ...(table.file ? { file: table.file } : {}),
      line: table.lineOf(table.headerRow),
      column: 1,
      message:
        'the roster has a header but no staff rows, so every case manager will be reported as not in the roster',
    });
  }
  return { records: people.members, errors, warnings, fatal: false, encoding: table.encoding };
}

/** The roster's people as its rows are read, by the rules of identity above. */
class People {
  readonly members: RosterMember[] = [];
  private readonly byName = new Map<string, RosterMember[]>();
  private readonly byEmail = new Map<string, RosterMember>();
  /** Each person's authorizations seen so far, by what they are, with the row that gave them. */
  private readonly held = new Map<
    RosterMember,
    Map<string, { auth: HeldAuthorization; line: number }>
  >();
  private readonly reported = new Set<string>();

  constructor(
    private readonly file: string | undefined,
    private readonly warnings: CsvProblem[],
  ) {}

  personOf(name: string, email: string | undefined, line: number): RosterMember {
    const emailKey = email?.toLowerCase();
    const sameName = this.byName.get(nameKey(name)) ?? [];
    let member: RosterMember | undefined;
    if (emailKey === undefined) {
      // Without an email a row belongs to the one person of its name; among several it could be
      // either, so it stays apart and a lookup of the name finds them all (a review, not a guess).
      member = sameName.length === 1 ? sameName[0] : sameName.find((m) => m.email === undefined);
    } else {
      member =
        sameName.find((m) => m.email?.toLowerCase() === emailKey) ??
        sameName.find((m) => m.email === undefined);
      if (member === undefined) {
        const owner = this.byEmail.get(emailKey);
        if (owner && namesMatch(owner.name, name)) {
          // The same person written another way: that spelling finds them from now on too.
          member = owner;
          this.byName.set(nameKey(name), [...sameName, owner]);
        } else if (owner) this.sharedEmail(owner, name, email as string, line);
      }
    }
    if (member === undefined) {
      member = { name, authorizations: [], line };
      this.members.push(member);
      this.byName.set(nameKey(name), [...sameName, member]);
    }
    if (email !== undefined && member.email === undefined) member.email = email;
    if (emailKey !== undefined && !this.byEmail.has(emailKey)) this.byEmail.set(emailKey, member);
    return member;
  }

  addAuthorization(
    member: RosterMember,
    auth: HeldAuthorization,
    /** The authorization's key, when the rules know it: "MMSN" and "R3MN" are one. */
    resolved: string | null,
    line: number,
  ): void {
    let mine = this.held.get(member);
    if (mine === undefined) {
      mine = new Map();
      this.held.set(member, mine);
    }
    const what = resolved ?? (auth.text ?? '').trim().toLowerCase();
    const before = mine.get(what);
    if (before && (before.auth.issued !== auth.issued || before.auth.expires !== auth.expires)) {
      this.note(
        line,
        `${quote(member.name)} has ${quote(auth.text ?? what)} twice with different dates (lines ${before.line} and ${line}); the checks count the one valid longest, so make sure the other is not the current one`,
      );
    } else if (!before) {
      mine.set(what, { auth, line });
    }
    member.authorizations.push(auth);
  }

  private sharedEmail(owner: RosterMember, name: string, email: string, line: number): void {
    const key = `${owner.line}|${nameKey(name)}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.note(
      line,
      `${quote(name)} (line ${line}) and ${quote(owner.name)} (line ${owner.line}) share the email ${quote(email)}; they are kept as two people, each found by their own name. Give each person their own email`,
    );
  }

  private note(line: number, message: string): void {
    this.warnings.push({ ...(this.file ? { file: this.file } : {}), line, column: 1, message });
  }
}
