/**
 * What a case manager's authorizations are worth on the check date: which row each one is,
 * its era, and whether it is valid (REFERENCE.md §6, §9.5, §9.6, §9.8). Computed once per case.
 */
import {
  type AuthorizationRow,
  authorizationByKey,
  type Era,
  isSpedTeaching,
  type Prerequisite,
} from './data/authorizations';
import { earlierEnd, endKey, isIsoDate, laterEnd } from './dates';
import { type GradeSpan, unionSpans } from './grades';
import { type PermitKind, resolveAuthorizationDetail } from './normalize';
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

function identify(
  h: HeldAuthorization,
): Omit<ResolvedHeld, 'validity' | 'prerequisiteStatus' | 'ages'> {
  const detail =
    (h.key ? resolveAuthorizationDetail(h.key) : null) ??
    (h.text ? resolveAuthorizationDetail(h.text) : null);
  // A key wins over text, but the text may still say it is held under a permit.
  const textDetail = h.text ? resolveAuthorizationDetail(h.text) : null;
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
 * Resolve and date every authorization held. Added authorizations are judged against the
 * other credentials held: valid while their best prerequisite is (§9.6).
 */
export function resolveHeld(auths: readonly HeldAuthorization[], asOf: string): ResolvedHeld[] {
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
