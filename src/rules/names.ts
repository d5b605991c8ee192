/**
 * People's names as IEP pages and rosters write them (REFERENCE.md §7): "Last, First",
 * "First Last", middle names or initials, suffixes, credentials after the name, staff numbers
 * and role notes. Matching is deliberately strict: a false match would make someone the
 * provider of a service they do not give.
 */
import type { StaffMember } from './types';

export interface PersonName {
  first: string;
  last: string;
  middle?: string;
  suffix?: string;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);

/** Degrees, licences and certifications seen after names on rosters. */
const CREDENTIALS = new Set([
  'ma',
  'ms',
  'ms ed',
  'msed',
  'med',
  'm ed',
  'ba',
  'bs',
  'phd',
  'edd',
  'psyd',
  'eds',
  'ed s',
  'ccc',
  'ccc slp',
  'slp',
  'slpa',
  'cf slp',
  'bcba',
  'bcba d',
  'lcsw',
  'lmft',
  'lpcc',
  'rn',
  'lvn',
  'bsn',
  'msn',
  'np',
  'nbct',
  'otr',
  'otr l',
  'ot',
  'ota',
  'cota',
  'pt',
  'dpt',
  'pta',
  'lep',
  'ncsp',
  'atp',
  'coms',
  'tvi',
  'aud',
  'au d',
]);

function squash(s: string): string {
  // Most words are plain ASCII letters and digits: folding them is lower-casing them.
  if (isPlainAlnum(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function isPlainAlnum(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** A comma part that is a credential ("M.A.", "CCC-SLP") and not a name ("Ma"). */
function isCredential(part: string): boolean {
  const p = part.trim();
  if (!p) return true;
  const key = squash(p);
  if (!CREDENTIALS.has(key) && !CREDENTIALS.has(key.replace(/ /g, ''))) return false;
  // "Ma" or "Pat" in title case is a name; credentials are written in capitals or with dots.
  return /[.]/.test(p) || p === p.toUpperCase() || /[A-Z].*[A-Z]/.test(p);
}

function isSuffix(token: string): boolean {
  return SUFFIXES.has(squash(token));
}

/**
 * What clean() has to remove or collapse: a number at the start or the end (staff numbers),
 * brackets (role notes), "<" and "@" (e-mail addresses), runs of white space or white space
 * other than a plain space. A name with none of these is only trimmed.
 */
const NEEDS_CLEANING = /[()[\]<>@]|\s\s|[^\S ]|^\s*#?\d|\d\s*$/;

function clean(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return (
    text
      // Role notes: "(Teacher of Record)", "[SLP]".
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      // Staff numbers before the name: "1234 – Lee, Dana", "#1234 Lee, Dana".
      .replace(/^\s*#?\d+\s*[-–—:|]?\s*/, '')
      // Staff numbers after: "Lee, Dana - 1234".
      .replace(/\s*[-–—:|]?\s*#?\d+\s*$/, '')
      // An e-mail address written beside the name.
      .replace(/<[^>]*>|\S+@\S+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function tokens(s: string): string[] {
  return s.split(/\s+/).filter((t) => t.length > 0);
}

/**
 * "Lee, Dana M." / "Dana M. Lee" / "Ana Smith, M.A., CCC-SLP" / "Smith Jr., John" /
 * "1234 – Lee, Dana" / "Smith, Ana (Teacher of Record)" → { first, last, middle?, suffix? }.
 * Null when no name is left.
 */
export function parseName(text: string): PersonName | null {
  const cleaned = clean(text);
  if (!cleaned) return null;
  let suffix: string | undefined;
  const parts = cleaned
    .split(',')
    .map((p) => p.trim())
    .filter((p) => {
      if (!p) return false;
      if (isSuffix(p)) {
        suffix = p.replace(/\.$/, '');
        return false;
      }
      return !isCredential(p);
    });
  if (parts.length === 0) return null;

  const strip = (words: string[]) =>
    words.filter((w) => {
      if (isSuffix(w) && words.length > 1) {
        suffix = w.replace(/\.$/, '');
        return false;
      }
      return true;
    });

  if (parts.length >= 2) {
    // "Last, First Middle"
    const last = strip(tokens(parts[0] ?? ''));
    const rest = strip(tokens(parts.slice(1).join(' ')));
    if (last.length === 0 || rest.length === 0) return null;
    return build(rest[0] ?? '', rest.slice(1).join(' '), last.join(' '), suffix);
  }
  const words = strip(tokens(parts[0] ?? ''));
  if (words.length === 1) return build('', '', words[0] ?? '', suffix);
  return build(words[0] ?? '', words.slice(1, -1).join(' '), words[words.length - 1] ?? '', suffix);
}

function build(first: string, middle: string, last: string, suffix?: string): PersonName {
  const name: PersonName = { first, last };
  if (middle) name.middle = middle;
  if (suffix) name.suffix = suffix;
  return name;
}

function initialOf(s: string): string {
  return squash(s).charAt(0);
}

/** "D." or "D" is an initial. */
function isInitial(s: string): boolean {
  return squash(s).replace(/ /g, '').length === 1;
}

function firstNamesAgree(a: string, b: string): boolean {
  const x = squash(a).replace(/ /g, '');
  const y = squash(b).replace(/ /g, '');
  if (!x || !y) return false;
  if (x === y) return true;
  return (isInitial(a) || isInitial(b)) && initialOf(a) === initialOf(b);
}

/** Last names compare without hyphens or spaces ("Garcia-Lopez" = "Garcia Lopez"). */
function lastKey(s: string): string {
  return squash(s).replace(/ /g, '');
}

function lastNamesAgree(a: PersonName, b: PersonName): boolean {
  const la = lastKey(a.last);
  const lb = lastKey(b.last);
  if (!la || la !== lb) {
    // "Maria Garcia Lopez" read as middle Garcia: compare "Garcia Lopez" too.
    const ma = lastKey(`${a.middle ?? ''} ${a.last}`);
    const mb = lastKey(`${b.middle ?? ''} ${b.last}`);
    return (!!la && (ma === lb || la === mb)) || (!!a.middle && ma === mb);
  }
  return true;
}

function samePerson(a: PersonName, b: PersonName): boolean {
  return lastNamesAgree(a, b) && firstNamesAgree(a.first, b.first);
}

/**
 * True when both texts name the same person: same last name and the same first name (or an
 * initial of it). Order of writing may differ. Nicknames do not match ("Dan" ≠ "Daniel").
 */
export function namesMatch(a: string, b: string): boolean {
  return namesMatchWith(a, b, parseName);
}

/**
 * namesMatch with the names read by `parse` (parseName, or a cache of it: a large audit reads
 * each staff name once). `parse` must give what parseName gives; its results are only read.
 */
export function namesMatchWith(
  a: string,
  b: string,
  parse: (text: string) => PersonName | null,
): boolean {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb || !pa.first || !pb.first) return false;
  if (samePerson(pa, pb)) return true;
  // "Lee Dana" written last-first without a comma: try the swap when one side had no comma.
  const noComma = !a.includes(',') || !b.includes(',');
  if (noComma && !pa.middle && !pb.middle) {
    const swapA: PersonName = { first: pa.last, last: pa.first };
    const swapB: PersonName = { first: pb.last, last: pb.first };
    if (!a.includes(',') && samePerson(swapA, pb)) return true;
    if (!b.includes(',') && samePerson(pa, swapB)) return true;
  }
  return false;
}

function fullKey(n: PersonName): string {
  return `${squash(n.first)}|${squash(n.middle ?? '')}|${lastKey(n.last)}`;
}

/**
 * The one staff member a name (or e-mail address) designates; undefined when none or several
 * match. Among several matches, one whose full name (with middle) is written the same wins.
 */
export function findStaff(staff: readonly StaffMember[], name: string): StaffMember | undefined {
  return findStaffWith(staff, name, parseName);
}

/** findStaff with the names read by `parse` (see namesMatchWith). */
export function findStaffWith(
  staff: readonly StaffMember[],
  name: string,
  parse: (text: string) => PersonName | null,
): StaffMember | undefined {
  const found = matchStaffWith(staff, name, parse);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Every staff member a name (or e-mail address) may designate, after the one rule that tells
 * them apart (a full name, middle included, written the same). One: that person. Several: the
 * roster holds more than one person of that name, which a check must say rather than pick one
 * (a wrong pick could lend someone else's credential). None: not on the roster.
 */
export function matchStaff(staff: readonly StaffMember[], name: string): readonly StaffMember[] {
  return matchStaffWith(staff, name, parseName);
}

/** matchStaff with the names read by `parse` (see namesMatchWith). */
export function matchStaffWith(
  staff: readonly StaffMember[],
  name: string,
  parse: (text: string) => PersonName | null,
): readonly StaffMember[] {
  const wanted = name.trim();
  if (!wanted) return [];
  if (wanted.includes('@') && !/\s/.test(wanted)) {
    return staff.filter((s) => s.email?.trim().toLowerCase() === wanted.toLowerCase());
  }
  const matches = staff.filter((s) => namesMatchWith(s.name, wanted, parse));
  if (matches.length <= 1) return matches;
  const target = parse(wanted);
  if (!target) return matches;
  const exact = matches.filter((s) => {
    const p = parse(s.name);
    return p !== null && fullKey(p) === fullKey(target);
  });
  return exact.length > 0 ? exact : matches;
}
