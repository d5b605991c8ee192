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
/** Titles before a name: "Dr.", "Mr", "Ms.". */
const TITLE = /^(?:dr|mr|mrs|ms|miss|mx|prof)\.?$/i;

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
    words.filter((w, i) => {
      if (words.length < 2) return true;
      if (isSuffix(w)) {
        suffix = w.replace(/\.$/, '');
        return false;
      }
      // "Dr. Ana Smith", "Ana Smith M.A.": a title before the name, a degree written after it
      // without a comma.
      return !(i === 0 ? TITLE.test(w) : i === words.length - 1 && isCredential(w));
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
  // squash's first character is lastKey's: squash trims, and lastKey only drops its spaces.
  return lastKey(s).charAt(0);
}

/** "D." or "D" is an initial. */
function isInitial(s: string): boolean {
  return lastKey(s).length === 1;
}

function firstNamesAgree(a: string, b: string): boolean {
  const x = lastKey(a);
  const y = lastKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  return (isInitial(a) || isInitial(b)) && initialOf(a) === initialOf(b);
}

/** Last names compare without hyphens or spaces ("Garcia-Lopez" = "Garcia Lopez"). */
function lastKey(s: string): string {
  // Every comparison of two names reads their parts' keys: each part's once (see PARSED).
  let k = KEYS.get(s);
  if (k === undefined) {
    k = squash(s).replace(/ /g, '');
    remember(KEYS, s, k);
  }
  return k;
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

// ---------------------------------------------------------------------------------------------
// How sure a match is, and whether a text names a person at all (REFERENCE.md §9.2, GUIDE §3
// lesson 11). namesMatch above decides roster lookups, where a loose match would lend someone
// else's credentials; matchNames below decides who gives a service, where the safe answer to a
// doubt is "perhaps the case manager", so it also reports the looser agreements as `probable`.

/** exact: same last and first name; probable: could well be the same person; none: not. */
export type NameMatch = 'exact' | 'probable' | 'none';

/**
 * Common nicknames, both ways through their full name. A nickname is only ever a `probable`
 * match: a roster lookup never uses it.
 */
const NICKNAMES: readonly (readonly string[])[] = [
  ['robert', 'rob', 'bob', 'bobby', 'robbie'],
  ['william', 'will', 'bill', 'billy', 'liam'],
  ['richard', 'rick', 'rich', 'dick'],
  ['elizabeth', 'liz', 'beth', 'betsy', 'eliza', 'lisa', 'betty'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kathy', 'cathy', 'kat'],
  ['margaret', 'maggie', 'peggy', 'meg', 'greta'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny', 'jon'],
  ['jonathan', 'jon', 'jonny'],
  ['michael', 'mike', 'mikey', 'mick'],
  ['christopher', 'chris', 'topher'],
  ['christine', 'christina', 'chris', 'tina', 'chrissy'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davey'],
  ['joseph', 'joe', 'joey'],
  ['josephine', 'jo', 'josie'],
  ['thomas', 'tom', 'tommy'],
  ['anthony', 'tony'],
  ['antonio', 'tony', 'toni'],
  ['jennifer', 'jen', 'jenny', 'jenn'],
  ['jessica', 'jess', 'jessie'],
  ['rebecca', 'becky', 'becca'],
  ['patricia', 'pat', 'patty', 'trish', 'tricia'],
  ['patrick', 'pat', 'paddy'],
  ['susan', 'sue', 'suzy', 'susie'],
  ['deborah', 'debra', 'deb', 'debbie'],
  ['alexander', 'alex', 'xander', 'sasha'],
  ['alexandra', 'alex', 'alexa', 'sandra', 'sasha'],
  ['samantha', 'sam', 'sammy'],
  ['samuel', 'sam', 'sammy'],
  ['benjamin', 'ben', 'benny'],
  ['nicholas', 'nick', 'nicky'],
  ['nicole', 'nikki', 'nicki'],
  ['matthew', 'matt'],
  ['andrew', 'andy', 'drew'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['stephen', 'steven', 'steve'],
  ['stephanie', 'steph'],
  ['timothy', 'tim', 'timmy'],
  ['kenneth', 'ken', 'kenny'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['gregory', 'greg'],
  ['jeffrey', 'geoffrey', 'jeff', 'geoff'],
  ['lawrence', 'laurence', 'larry'],
  ['victoria', 'vicky', 'vicki', 'tori'],
  ['abigail', 'abby', 'gail'],
  ['pamela', 'pam'],
  ['cynthia', 'cindy'],
  ['kimberly', 'kim'],
  ['jacqueline', 'jackie'],
  ['frances', 'francis', 'fran', 'frank', 'frankie'],
  ['francisco', 'paco', 'pancho', 'frank'],
  ['jose', 'pepe'],
  ['guadalupe', 'lupe'],
  ['dolores', 'lola'],
  ['enrique', 'kike', 'henry'],
  ['henry', 'hank', 'harry'],
  ['charles', 'charlie', 'chuck'],
  ['charlotte', 'charlie', 'lottie'],
  ['theodore', 'theo', 'ted', 'teddy'],
  ['zachary', 'zach', 'zack'],
  ['joshua', 'josh'],
  ['nathaniel', 'nathan', 'nate'],
  ['gabriel', 'gabe'],
  ['gabriela', 'gabriella', 'gaby', 'gabby'],
  ['isabel', 'isabella', 'izzy', 'bella'],
  ['amanda', 'mandy'],
  ['melissa', 'missy', 'mel'],
  ['melanie', 'mel'],
  ['angela', 'angie'],
  ['teresa', 'theresa', 'terry', 'tess'],
  ['raymond', 'ray'],
  ['rachel', 'rae'],
];

/** Built on first use: the content script bundles parseName from this module, not this. */
let nicknameGroups: Map<string, number[]> | undefined;

function nicknames(a: string, b: string): boolean {
  if (!nicknameGroups) {
    nicknameGroups = new Map();
    for (let i = 0; i < NICKNAMES.length; i++) {
      for (const n of NICKNAMES[i] ?? [])
        nicknameGroups.set(n, [...(nicknameGroups.get(n) ?? []), i]);
    }
  }
  const ga = nicknameGroups.get(a);
  const gb = nicknameGroups.get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
}

/** First names that may be one person's: a nickname, or one the start of the other (Dan/Daniel). */
function firstNamesMayAgree(a: string, b: string): boolean {
  const x = lastKey(a);
  const y = lastKey(b);
  if (!x || !y) return true;
  if (x === y || nicknames(x, y)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 1) return long.startsWith(short);
  return short.length >= 3 && long.startsWith(short);
}

/** The words of a last name, without hyphens: "Garcia-Lopez" → garcia, lopez. */
function lastWords(n: PersonName): readonly string[] {
  const text = n.middle ? `${n.middle} ${n.last}` : n.last;
  let words = WORDS.get(text);
  if (words === undefined) {
    words = squash(` ${text}`)
      .split(' ')
      .filter((w) => w.length > 1);
    remember(WORDS, text, words);
  }
  return words;
}

/** Last names sharing a word ("Garcia-Lopez" and "Garcia"): perhaps one person. */
function lastNamesOverlap(a: PersonName, b: PersonName): boolean {
  const wa = lastWords(a);
  const la = lastKey(a.last);
  const lb = lastKey(b.last);
  if (!la || !lb) return false;
  // A one-word last name must appear whole in the other's: "Lee" in "Lee-Park", not in "Leeds".
  return wa.includes(lb) || lastWords(b).includes(la);
}

/** A name in either order when it has no comma: "Lee Dana" may be Dana Lee. */
function orders(text: string, n: PersonName): PersonName[] {
  if (text.includes(',') || n.middle || !n.first) return [n];
  return [n, { first: n.last, last: n.first }];
}

export interface NameMatchResult {
  match: NameMatch;
  /** How, in a few words, for a finding: "same name", "same last name and initial"… */
  how: string;
}

const NO_MATCH: NameMatchResult = { match: 'none', how: 'different names' };

/**
 * How sure it is that two texts name one person. exact: last and first name agree (either
 * order, middle names, titles, suffixes, degrees, role notes, staff numbers, case and accents
 * aside); probable: the last names agree and the first names may (an initial, a nickname, one
 * missing), or the last names share a word and the first names agree; none otherwise.
 */
export function matchNames(a: string, b: string): NameMatchResult {
  const pa = parsedName(a);
  const pb = parsedName(b);
  if (!pa || !pb) return NO_MATCH;
  if (namesMatchWith(a, b, parsedName)) {
    const initial = isInitial(pa.first) || isInitial(pb.first);
    const middles =
      pa.middle && pb.middle && initialOf(pa.middle) !== initialOf(pb.middle)
        ? 'but different middle names'
        : '';
    if (!initial && !middles) return { match: 'exact', how: 'same name' };
    return {
      match: 'probable',
      how: initial ? 'same last name and first initial' : `same name ${middles}`,
    };
  }
  let best: NameMatchResult = NO_MATCH;
  for (const x of orders(a, pa)) {
    for (const y of orders(b, pb)) {
      if (!x.first || !y.first) {
        // "Ms. Lee", "Lee": a last name alone.
        if (lastKey(x.last) === lastKey(y.last) || (!x.first && !y.first && lastNamesOverlap(x, y)))
          return { match: 'probable', how: 'same last name, no first name to compare' };
        continue;
      }
      if (lastNamesAgree(x, y) && firstNamesMayAgree(x.first, y.first)) {
        return {
          match: 'probable',
          how: 'same last name, first names that may be one (a nickname)',
        };
      }
      if (lastNamesOverlap(x, y) && firstNamesAgree(x.first, y.first)) {
        best = { match: 'probable', how: 'same first name, last names that share a part' };
      }
    }
  }
  return best;
}

/** What a provider or case manager cell names. */
export type NameKind = 'person' | 'agency' | 'placeholder' | 'unreadable';

/**
 * Nobody yet: "To be assigned", "Vacant", "TBD", "Staff", "Pending". Never a person who is
 * not the case manager.
 */
const PLACEHOLDER_NAME =
  /^(?:(?:to be|not yet|not|un)[\s-]*(?:assigned|determined|named|staffed|filled|hired|known)|tba|tbd|tbh|vacant|vacancy|pending|open|none|n\/?a|na|staff|various|varies|multiple|sub(?:stitute)?|see (?:notes|below|above)|other|unknown|\?+|-+|—|–)(?:\s+(?:position|staff|provider|teacher))?\.?$/i;

/** Words that name an organisation or a program, not a person. */
const AGENCY_WORD =
  /\b(?:inc|llc|llp|ltd|corp|corporation|co|company|agency|agencies|npa|nps|nonpublic|non-public|therapy|therapies|therapeutics|services?|center|centre|clinic|clinics|group|associates|partners|district|schools?|academy|county|office|coe|lacoe|selpa|foundation|institute|hospital|department|dept|university|college|unified|usd|esd|uhsd|program|programs|consortium|network|contract|contractor|contracted|provider|staffing|learning|health|behavioral|solutions|kids|children|pediatric|speech|language|autism|education|educational|special)\b/i;

/** Words of a job, not of a name: "Resource Specialist", "SDC Teacher". */
const POSITION_WORD =
  /\b(?:teacher|specialist|therapist|psychologist|counse(?:l)?lor|nurse|aide|para(?:educator|professional)?|assistant|coordinator|administrator|principal|director|manager|clinician|pathologist|interpreter|instructor|consultant|rsp|sdc|slp|slpa|ot|pt|ote|sped|gen\s*ed|resource|itinerant|case\s*carrier)\b/i;

/**
 * Does this text name a person? person: a first and last name (titles, degrees, staff numbers
 * and role notes aside); agency: an organisation or program ("NPA – Bright Futures Therapy",
 * "County Office Program", "Riverside Unified"); placeholder: nobody yet ("To be assigned",
 * "Vacant", "TBD"); unreadable: anything else (a position, one word, a date, a sentence).
 */
export function classifyName(text: string): NameKind {
  let kind = NAME_KINDS.get(text);
  if (kind === undefined) {
    kind = classifyNameOnce(text);
    remember(NAME_KINDS, text, kind);
  }
  return kind;
}

/**
 * The engine compares each service's provider with the case manager on every evaluation, and a
 * district's cases name the same few hundred people again and again: each text is read (parsed,
 * classified) once, in caches of pure results, bounded (emptied when full) so that a long-lived
 * service worker keeps no more than a few thousand names. Results are shared: never change them.
 */
const NAME_CACHE_SIZE = 4096;
const PARSED = new Map<string, PersonName | null>();
const NAME_KINDS = new Map<string, NameKind>();
const KEYS = new Map<string, string>();
const WORDS = new Map<string, readonly string[]>();

function remember<V>(cache: Map<string, V>, text: string, value: V): void {
  if (cache.size >= NAME_CACHE_SIZE) cache.clear();
  cache.set(text, value);
}

/** parseName through the cache above. */
function parsedName(text: string): PersonName | null {
  let p = PARSED.get(text);
  if (p === undefined) {
    p = parseName(text);
    remember(PARSED, text, p);
  }
  return p;
}

function classifyNameOnce(text: string): NameKind {
  const shown = text.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  // Role notes in brackets describe the person; the rest names them.
  const bare = shown
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!bare || !/\p{L}/u.test(bare) || PLACEHOLDER_NAME.test(bare)) return 'placeholder';
  const words = bare.replace(/^\s*#?\d+\s*[-–—:|]?\s*/, '');
  if (PLACEHOLDER_NAME.test(words)) return 'placeholder';
  if (AGENCY_WORD.test(words)) return 'agency';
  const parsed = parsedName(bare);
  if (!parsed) return 'unreadable';
  // Each part of a name is a word of letters (apostrophes, hyphens, dots of initials).
  const parts = [parsed.first, parsed.middle ?? '', parsed.last].join(' ');
  if (/\d|[@:/]/.test(parts) || POSITION_WORD.test(parts)) return 'unreadable';
  if (parts.split(/\s+/).filter(Boolean).length > 5) return 'unreadable';
  // "Ms. Park" names someone; a bare "Park" could be anything.
  if (!parsed.first)
    return /^(?:dr|mr|mrs|ms|miss|mx|prof)\.?\s/i.test(words) ? 'person' : 'unreadable';
  return 'person';
}

/** How a service's provider was told apart from (or taken for) the case manager. */
export interface ProviderEvidence {
  /** cm: the case manager gives it; other: someone else clearly does; unknown: cannot tell. */
  relation: 'cm' | 'other' | 'unknown';
  match: NameMatch;
  kind: NameKind;
  /** In a few words, for a finding. */
  how: string;
}

/**
 * Who a provider cell names, relative to the case manager's name. Only an identified person
 * whose name does not match is someone else; a probable match counts as the case manager (the
 * safe side: their credentials are then checked for the service); an agency, a placeholder or
 * an unreadable cell leaves it unknown.
 */
export function providerEvidence(provider: string, caseManager: string): ProviderEvidence {
  const kind = classifyName(provider);
  const { match, how } = matchNames(provider, caseManager);
  if (match === 'exact') return { relation: 'cm', match, kind, how };
  if (match === 'probable') return { relation: 'cm', match, kind, how };
  if (kind !== 'person') {
    const why =
      kind === 'agency'
        ? 'an agency or program, not a person'
        : kind === 'placeholder'
          ? 'nobody named yet'
          : 'not readable as a person’s name';
    return { relation: 'unknown', match, kind, how: why };
  }
  // The case manager's own name must read as a person too, or nothing can be compared.
  if (classifyName(caseManager) !== 'person') {
    return { relation: 'unknown', match, kind, how: 'the case manager’s name is not readable' };
  }
  return { relation: 'other', match, kind, how };
}
