/**
 * Fast, exact name work for large audits. rules/names.ts decides who is who (findStaff,
 * namesMatch); this module only avoids calling it where it cannot say yes.
 *
 * namesMatch(a, b) is true only when (compared by names.ts's lastKey: accents, case, spaces
 * and punctuation ignored)
 *   1. a last name or "middle + last" of one side equals one of the other side, or
 *   2. the "Lee Dana" swap: neither side has a middle name, one side has no comma, and that
 *      side's first name equals the other side's last name.
 * So names that share no such key never match, and findStaff on the staff members that share
 * one gives the same answer as findStaff on the whole roster. That lets a 100,000-student audit
 * find thousands of case managers without millions of namesMatch calls.
 * test/batch/people.test.ts holds this module to names.ts with random names.
 */

import {
  classifyName,
  matchStaff,
  matchStaffWith,
  type NameKind,
  namesMatchWith,
  type PersonName,
  parseName,
  providerEvidence,
} from '../rules';
import type { ProviderRelation, StaffMember } from '../rules/types';

/** names.ts's lastKey: accents, case, spaces and punctuation ignored. */
function key(s: string | undefined): string {
  if (!s) return '';
  if (isAscii(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** ASCII text is its own NFKD form, with no accents to remove. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

export interface MatchKeys {
  /** Keys of the last name and of "middle + last". Empty when namesMatch can never accept it. */
  last: string[];
  /** Key of the first name when the name could be read swapped (no middle name), else ''. */
  swapFirst: string;
  /** Key of the last name, for the other side of a swap (no middle name), else ''. */
  swapLast: string;
  /** The name is written without a comma. */
  noComma: boolean;
}

const NONE: MatchKeys = { last: [], swapFirst: '', swapLast: '', noComma: true };

export function matchKeys(
  name: string,
  parse: (text: string) => PersonName | null = parseName,
): MatchKeys {
  const p = parse(name);
  if (!p?.first) return NONE;
  const lastKey = key(p.last);
  // Without a middle name, "middle + last" is the last name.
  const last = p.middle
    ? [...new Set([lastKey, key(`${p.middle} ${p.last}`)])].filter((k) => k)
    : lastKey
      ? [lastKey]
      : [];
  const swappable = !p.middle;
  return {
    last,
    swapFirst: swappable ? key(p.first) : '',
    swapLast: swappable ? key(p.last) : '',
    noComma: !name.includes(','),
  };
}

/** False only when namesMatch(a, b) is certainly false. */
export function mayMatch(a: MatchKeys, b: MatchKeys): boolean {
  if (a.last.some((k) => b.last.includes(k))) return true;
  if (a.noComma && a.swapFirst && a.swapFirst === b.swapLast) return true;
  if (b.noComma && b.swapFirst && b.swapFirst === a.swapLast) return true;
  return false;
}

/**
 * namesMatch with a key pre-check and caches; same answers. One per audit: the caches (names
 * as written and how they read) go with it.
 */
export class NameMatcher {
  private readonly keys = new Map<string, MatchKeys>();
  private readonly pairs = new Map<string, Map<string, boolean>>();
  private readonly parsed = new Map<string, PersonName | null>();

  /** parseName, once per distinct text. */
  readonly parse = (text: string): PersonName | null => {
    let p = this.parsed.get(text);
    if (p === undefined) {
      p = parseName(text);
      this.parsed.set(text, p);
    }
    return p;
  };

  keysOf(name: string): MatchKeys {
    let k = this.keys.get(name);
    if (k === undefined) {
      k = matchKeys(name, this.parse);
      this.keys.set(name, k);
    }
    return k;
  }

  private readonly self = new Map<string, boolean>();
  private readonly kinds = new Map<string, NameKind>();
  private readonly words = new Map<string, ReadonlySet<string>>();
  private readonly relations = new Map<string, Map<string, ProviderRelation | 'probable'>>();

  /** classifyName, once per distinct text. */
  kindOf(text: string): NameKind {
    let k = this.kinds.get(text);
    if (k === undefined) {
      k = classifyName(text);
      this.kinds.set(text, k);
    }
    return k;
  }

  /** Every key matchNames may compare a name by (see nameWords), once per distinct text. */
  wordsOf(text: string): ReadonlySet<string> {
    let w = this.words.get(text);
    if (w === undefined) {
      w = nameWords(this.parse(text), text);
      this.words.set(text, w);
    }
    return w;
  }

  /**
   * providerEvidence(provider, cmName).relation, as the engine finds it from the two names.
   */
  relation(cmName: string, provider: string): ProviderRelation {
    const r = this.reading(cmName, provider);
    return r === 'probable' ? 'cm' : r;
  }

  /**
   * relation, with 'probable' for a provider taken for the case manager on a probable match
   * only (an initial, a nickname: providerEvidence's match): the engine, given the two names,
   * says so in a finding that names them, so a caller that hands the engine the relation instead
   * must hand it the names then. Names that share no word cannot match even probably, so then
   * only the kinds of the two names are read (each once per name); the other pairs are computed
   * once each.
   */
  reading(cmName: string, provider: string): ProviderRelation | 'probable' {
    if (!shareWord(this.wordsOf(provider), this.wordsOf(cmName))) {
      return this.kindOf(provider) !== 'person' || this.kindOf(cmName) !== 'person'
        ? 'unknown'
        : 'other';
    }
    let withCm = this.relations.get(cmName);
    if (withCm === undefined) {
      withCm = new Map();
      this.relations.set(cmName, withCm);
    }
    let r = withCm.get(provider);
    if (r === undefined) {
      const evidence = providerEvidence(provider, cmName);
      r = evidence.match === 'probable' ? 'probable' : evidence.relation;
      withCm.set(provider, r);
    }
    return r;
  }

  /**
   * namesMatch(other, name), as the engine calls it for a service's provider and the case
   * manager. Most pairs are settled by the keys alone; the rest are cached.
   */
  sameAs(name: string, other: string): boolean {
    if (name === other) {
      let m = this.self.get(name);
      if (m === undefined) {
        m = namesMatchWith(other, name, this.parse);
        this.self.set(name, m);
      }
      return m;
    }
    return this.matches(other, name);
  }

  matches(a: string, b: string): boolean {
    if (!mayMatch(this.keysOf(a), this.keysOf(b))) return false;
    let withA = this.pairs.get(a);
    if (withA === undefined) {
      withA = new Map();
      this.pairs.set(a, withA);
    }
    let m = withA.get(b);
    if (m === undefined) {
      m = namesMatchWith(a, b, this.parse);
      withA.set(b, m);
    }
    return m;
  }
}

/** Whether two names' words (NameMatcher.wordsOf) have one in common. */
export function shareWord(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [few, many] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of few) if (many.has(w)) return true;
  return false;
}

/** findStaff and matchStaff over an index of the roster; same answers, one search per distinct name. */
export class StaffIndex {
  /** Roster positions (ascending) by last-name key. */
  private readonly byLast = new Map<string, number[]>();
  /** Roster positions by first-name key, for staff written "First Last" without a comma. */
  private readonly bySwapFirst = new Map<string, number[]>();
  private readonly found = new Map<string, readonly StaffMember[]>();

  constructor(
    private readonly staff: readonly StaffMember[],
    private readonly matcher: NameMatcher = new NameMatcher(),
  ) {
    staff.forEach((member, i) => {
      const k = matcher.keysOf(member.name);
      for (const last of k.last) push(this.byLast, last, i);
      if (k.noComma && k.swapFirst) push(this.bySwapFirst, k.swapFirst, i);
    });
  }

  find(name: string): StaffMember | undefined {
    const found = this.match(name);
    return found.length === 1 ? found[0] : undefined;
  }

  /** matchStaff over the index: every staff member the name may designate. */
  match(name: string): readonly StaffMember[] {
    let members = this.found.get(name);
    if (members !== undefined) return members;
    const wanted = name.trim();
    if (wanted.includes('@') && !/\s/.test(wanted)) {
      members = matchStaff(this.staff, name);
    } else {
      const k = this.matcher.keysOf(name);
      const positions = new Set<number>();
      const add = (list: number[] | undefined) => {
        for (const i of list ?? []) positions.add(i);
      };
      for (const last of k.last) add(this.byLast.get(last));
      if (k.swapLast) add(this.bySwapFirst.get(k.swapLast));
      if (k.noComma && k.swapFirst) add(this.byLast.get(k.swapFirst));
      // In roster order, as matchStaff would see them.
      const list = [...positions].sort((a, b) => a - b).map((i) => this.staff[i] as StaffMember);
      members = list.length > 0 ? matchStaffWith(list, name, this.matcher.parse) : [];
    }
    this.found.set(name, members);
    return members;
  }
}

function push(map: Map<string, number[]>, k: string, i: number): void {
  const list = map.get(k);
  if (list) list.push(i);
  else map.set(k, [i]);
}

/**
 * The keys matchNames can find two names alike by, in either order: any exact or probable
 * match needs a last name agreeing ("middle + last" counted), or a word of one last name in the
 * other's (rules/names.ts lastNamesAgree, lastNamesOverlap); a first name counts only where
 * matchNames reads the name the other way round (no comma, no middle name: "Lee Dana").
 * Names with none of these keys in common match neither way. First names alone are not keys:
 * many people share one, and each such pair would otherwise be compared in full.
 */
export function nameWords(p: PersonName | null, text: string): ReadonlySet<string> {
  const out = new Set<string>();
  if (!p) return out;
  const parts = [p.last, `${p.middle ?? ''} ${p.last}`];
  if (!text.includes(',') && !p.middle && p.first) parts.push(p.first);
  for (const part of parts) {
    out.add(key(part));
    // Split as names.ts's squash splits: "O'Brien" has the words o and brien.
    const folded = part
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    for (const word of folded.split(/[^a-z0-9]+/)) if (word) out.add(word);
  }
  return out;
}
