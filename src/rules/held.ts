/**
 * What a case manager's authorizations are worth on the check date: which row each one is,
 * its era, and whether it is valid (REFERENCE.md §6, §9.5, §9.6, §9.8). Computed once per case.
 */

import { type PermitKind, resolveAuthorizationDetail } from './authorization-text';
import {
  type AuthorizationRow,
  authorizationByKey,
  type Era,
  isSpedTeaching,
  type Prerequisite,
} from './data/authorizations';
import { earlierEnd, endKey, isIsoDate, laterEnd } from './dates';
import { type GradeSpan, unionSpans } from './grades';
import { BoundedCache, memoString } from './memo';
import type { FactStatus, HeldAuthorization } from './types';

export type Validity =
  /** `until`: the last day it authorizes, counting its prerequisite; undefined = no end on file. */
  | { state: 'valid'; until?: string }
  | { state: 'expired'; until: string; cause: 'self' | 'prerequisite' }
  | { state: 'not-yet'; from: string }
  /** An added authorization with no prerequisite on file (§9.6 → needs-review). */
  | { state: 'no-prerequisite' };

export interface ResolvedHeld {
  input: HeldAuthorization;
  /** Canonical identity, for order-independent sorting. */
  id: string;
  /** null when the roster text is not recognised. */
  row: AuthorizationRow | null;
  /** Held as an added authorization (needs a prerequisite). */
  added: boolean;
  permit?: PermitKind;
  /** Era of the credential; 'unknown' when the issue date does not settle it (§9.5). */
  era: Era | 'unknown' | null;
  /** Concrete row keys it may be: one, or several for an era-generic row of unknown era. */
  variants: readonly string[];
  validity: Validity;
  /** Weakest status of what makes it valid: a PE credential as APE prerequisite is U (§9.6). */
  prerequisiteStatus: FactStatus;
  /** Grades it authorizes; added authorizations take their prerequisite's (§9.6). null = not checked. */
  ages: GradeSpan | null;
}

// §9.5: before this date → Level I/II; from LATE on → Preliminary/Clear; between → unknown.
const LEVEL_BEFORE = '2010-06-26';
const PC_FROM = '2014-01-01';

function eraOf(
  row: AuthorizationRow,
  issued: string | undefined,
  hint: 'level' | 'pc' | undefined,
): Era | 'unknown' | null {
  if (row.era.kind === 'fixed') return row.era.era;
  if (hint) return hint;
  if (!isIsoDate(issued)) return 'unknown';
  if (issued < LEVEL_BEFORE) return 'level';
  if (issued >= PC_FROM) return 'pc';
  return 'unknown';
}

function variantsOf(
  row: AuthorizationRow,
  issued: string | undefined,
  hint?: 'level' | 'pc',
): string[] {
  if (!row.variants) return [row.key];
  const all = row.variants.map((v) => v.key);
  if (hint === 'level') return all.filter((k) => k.endsWith('-L'));
  if (hint === 'pc') return all.filter((k) => k.endsWith('-PC'));
  if (!isIsoDate(issued)) return all;
  const fit = row.variants.filter(
    (v) =>
      (v.issuedBefore === undefined || issued < v.issuedBefore) &&
      (v.issuedOnOrAfter === undefined || issued >= v.issuedOnOrAfter),
  );
  return fit.length > 0 ? fit.map((v) => v.key) : all;
}

function ownValidity(h: HeldAuthorization, asOf: string): Validity {
  if (isIsoDate(h.issued) && h.issued > asOf) return { state: 'not-yet', from: h.issued };
  // Valid THROUGH the expiry date (§9.8).
  if (isIsoDate(h.expires) && h.expires < asOf) {
    return { state: 'expired', until: h.expires, cause: 'self' };
  }
  return isIsoDate(h.expires) ? { state: 'valid', until: h.expires } : { state: 'valid' };
}

const SPED_TEACHING_PREREQ: readonly Prerequisite[] = [
  { keys: 'sped-teaching', status: 'confirmed' },
];

function satisfies(p: Prerequisite, row: AuthorizationRow | null): boolean {
  if (!row) return false;
  return p.keys === 'sped-teaching' ? isSpedTeaching(row) : p.keys.includes(row.key);
}

const STATUS_RANK: Record<FactStatus, number> = { confirmed: 0, secondary: 1, unconfirmed: 2 };

export function weakest(...statuses: FactStatus[]): FactStatus {
  return statuses.reduce<FactStatus>(
    (w, s) => (STATUS_RANK[s] > STATUS_RANK[w] ? s : w),
    'confirmed',
  );
}

export function strongest(statuses: readonly FactStatus[]): FactStatus {
  return statuses.reduce<FactStatus>(
    (w, s) => (STATUS_RANK[s] < STATUS_RANK[w] ? s : w),
    'unconfirmed',
  );
}

/** Roster spellings repeat across a roster: each is resolved once (credential strings only). */
const detailOf = memoString(resolveAuthorizationDetail, 4096);

function identify(
  h: HeldAuthorization,
): Omit<ResolvedHeld, 'validity' | 'prerequisiteStatus' | 'ages'> {
  const detail = (h.key ? detailOf(h.key) : null) ?? (h.text ? detailOf(h.text) : null);
  // A key wins over text, but the text may still say it is held under a permit.
  const textDetail = h.text ? detailOf(h.text) : null;
  const row = detail ? (authorizationByKey(detail.key) ?? null) : null;
  const id = [h.key ?? '', h.text ?? '', h.issued ?? '', h.expires ?? ''].join('|');
  if (!row || !detail) return { input: h, id, row: null, added: false, era: null, variants: [] };
  const permit = detail.permit ?? textDetail?.permit;
  const base = {
    input: h,
    id,
    row,
    added: detail.added || (textDetail?.added === true && textDetail.key === detail.key),
    era: eraOf(row, h.issued, detail.eraHint),
    variants: variantsOf(row, h.issued, detail.eraHint),
  };
  return permit ? { ...base, permit } : base;
}

/**
 * Resolutions by content: every staff member has their own dates, but each list of
 * authorizations is resolved once per check date, however many students that person has.
 * Keyed on everything the resolution reads (each authorization's key, text, issue and expiry
 * dates, and the check date); bounded, and holding only credential strings and dates.
 */
const HELD_CACHE_MAX = 16_384;
const heldCache = new BoundedCache<readonly ResolvedHeld[]>(HELD_CACHE_MAX);

/** One field of the cache key: length-prefixed, so no text can forge another key. */
function keyPart(x: string | null | undefined): string {
  return x === undefined ? '~' : x === null ? '!' : `${x.length}:${x}`;
}

function heldKey(auths: readonly HeldAuthorization[], asOf: string): string | null {
  if (typeof asOf !== 'string') return null;
  let key = keyPart(asOf);
  for (const a of auths) {
    if (a === null || typeof a !== 'object') return null;
    const { key: k, text, issued, expires } = a;
    // Only plain strings (or absent values) are cached; anything else is resolved as given.
    if (!isKeyable(k) || !isKeyable(text) || !isKeyable(issued) || !isKeyable(expires)) {
      return null;
    }
    key += `|${keyPart(k)}${keyPart(text)}${keyPart(issued)}${keyPart(expires)}`;
  }
  return key;
}

function isKeyable(x: unknown): x is string | null | undefined {
  return x === undefined || x === null || typeof x === 'string';
}

/** The fields the engine reads, copied: the cache keeps no reference to the caller's objects. */
function copyHeld(a: HeldAuthorization): HeldAuthorization {
  const out: HeldAuthorization = {};
  if (a.key !== undefined) out.key = a.key;
  if (a.text !== undefined) out.text = a.text;
  if (a.issued !== undefined) out.issued = a.issued;
  if (a.expires !== undefined) out.expires = a.expires;
  return out;
}

/**
 * Resolve and date every authorization held. Added authorizations are judged against the
 * other credentials held: valid while their best prerequisite is (§9.6).
 * The objects returned are shared between calls with the same input: read them, never change them.
 */
export function resolveHeld(auths: readonly HeldAuthorization[], asOf: string): ResolvedHeld[] {
  return sharedHeld(auths, asOf).slice();
}

/**
 * resolveHeld's array itself, shared by every call with the same input (the engine's own use:
 * the same array for the same credentials lets it reuse verdicts on them, see verdict.ts).
 */
export function sharedHeld(
  auths: readonly HeldAuthorization[],
  asOf: string,
): readonly ResolvedHeld[] {
  // The same list again (one case manager's many students): found without building a key,
  // after checking that nothing in it has changed since.
  const last = auths === lastList ? lastEntry : lastByList.get(auths);
  if (last !== undefined && last.asOf === asOf && sameHeld(auths, last.copies)) {
    lastList = auths;
    lastEntry = last;
    return last.resolved;
  }
  const key = heldKey(auths, asOf);
  if (key === null) return computeHeld(auths, asOf);
  let resolved = heldCache.get(key);
  const copies = auths.map(copyHeld);
  if (resolved === undefined) {
    resolved = computeHeld(copies, asOf);
    heldCache.set(key, resolved);
  }
  const entry = { asOf, copies, resolved };
  lastByList.set(auths, entry);
  lastList = auths;
  lastEntry = entry;
  return resolved;
}

interface LastResolution {
  asOf: string;
  copies: readonly HeldAuthorization[];
  resolved: readonly ResolvedHeld[];
}
/** The list asked about last (consecutive cases often share one), before the WeakMap below. */
let lastList: readonly HeldAuthorization[] | undefined;
let lastEntry: LastResolution | undefined;

/** The last resolution of each list still in use; entries go with their lists. */
const lastByList = new WeakMap<readonly HeldAuthorization[], LastResolution>();

function sameHeld(auths: readonly HeldAuthorization[], copies: readonly HeldAuthorization[]) {
  if (auths.length !== copies.length) return false;
  for (let i = 0; i < auths.length; i++) {
    const a = auths[i];
    const c = copies[i] as HeldAuthorization;
    if (a === null || typeof a !== 'object') return false;
    if (a.key !== c.key || a.text !== c.text || a.issued !== c.issued || a.expires !== c.expires) {
      return false;
    }
  }
  return true;
}

function computeHeld(auths: readonly HeldAuthorization[], asOf: string): ResolvedHeld[] {
  const ids = auths.map(identify);
  const own = ids.map((r) => ownValidity(r.input, asOf));
  const resolved: ResolvedHeld[] = ids.map((r, i) => {
    const validity = own[i] ?? { state: 'valid' };
    const ages = r.row && r.row.ages !== 'prerequisite' ? r.row.ages : null;
    if (!r.row || !r.added) return { ...r, validity, prerequisiteStatus: 'confirmed', ages };

    const prereqs = r.row.kind === 'added' ? (r.row.prerequisites ?? []) : SPED_TEACHING_PREREQ;
    const matches = ids
      .map((other, j) => ({ other, validity: own[j], j }))
      .filter(
        ({ other, j }) => j !== i && !other.added && prereqs.some((p) => satisfies(p, other.row)),
      );
    const valid = matches.filter((m) => m.validity?.state === 'valid');
    const prereqAges = (m: (typeof matches)[number]) => {
      const a = m.other.row?.ages;
      return a && a !== 'prerequisite' ? a : null;
    };
    const agesFor = (ms: typeof matches): GradeSpan | null =>
      r.row?.ages !== 'prerequisite'
        ? (r.row?.ages ?? null)
        : ms.some((m) => prereqAges(m) === null)
          ? null
          : unionSpans(ms.map(prereqAges).filter((a): a is GradeSpan => a !== null));

    if (validity.state !== 'valid') {
      return { ...r, validity, prerequisiteStatus: 'confirmed', ages: agesFor(matches) };
    }
    if (matches.length === 0) {
      return {
        ...r,
        validity: { state: 'no-prerequisite' },
        prerequisiteStatus: 'unconfirmed',
        ages,
      };
    }
    // An entry the engine can't read, still in date, may itself be a valid prerequisite: then
    // the expired one does not prove the added authorization void (§9.4: review, not error).
    const maybePrerequisite = ids.some(
      (other, j) => j !== i && !other.row && own[j]?.state === 'valid',
    );
    if (valid.length === 0 && maybePrerequisite) {
      return {
        ...r,
        validity: { state: 'no-prerequisite' },
        prerequisiteStatus: 'unconfirmed',
        ages,
      };
    }
    if (valid.length === 0) {
      const lastEnd = matches
        .map((m) => (m.validity?.state === 'expired' ? m.validity.until : undefined))
        .filter((d): d is string => d !== undefined)
        .sort()
        .at(-1);
      if (lastEnd === undefined) {
        // Prerequisites only "not yet" valid on the check date: nothing on file that counts yet.
        return {
          ...r,
          validity: { state: 'no-prerequisite' },
          prerequisiteStatus: 'unconfirmed',
          ages,
        };
      }
      return {
        ...r,
        validity: { state: 'expired', until: lastEnd, cause: 'prerequisite' },
        prerequisiteStatus: 'confirmed',
        ages: agesFor(matches),
      };
    }
    const prereqEnd = valid
      .map((m) => (m.validity?.state === 'valid' ? m.validity.until : undefined))
      .reduce<string | undefined>((a, b) => laterEnd(a, b), '0000-01-01');
    const until = earlierEnd(validity.until, prereqEnd);
    const prerequisiteStatus = strongest(
      valid.flatMap((m) => prereqs.filter((p) => satisfies(p, m.other.row)).map((p) => p.status)),
    );
    return {
      ...r,
      validity: until === undefined ? { state: 'valid' } : { state: 'valid', until },
      prerequisiteStatus,
      ages: agesFor(valid),
    };
  });
  return resolved.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The end date that makes one authorization "valid longer" than another (§9.8). */
export function validEndKey(h: ResolvedHeld): string {
  return h.validity.state === 'valid' ? endKey(h.validity.until) : '0000-00-00';
}
