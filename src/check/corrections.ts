/**
 * The user's corrections of what the page was read to show (issue 16, item 2: "Something looks
 * wrong?"), applied to a student's case in this one place, before the rules run.
 *
 * A correction names the reading it corrects by a digest of the value read (never the value: it
 * is stored per student in storage.local), so it applies only while the page still shows that
 * value; an IEP updated since shows its new value, checked as read.
 *
 * None of them can make a verdict better by taking information away: "this is not the case
 * manager" leaves no case manager (a `missing-data` warning, never ok); "not the provider"
 * leaves that service's provider unknown, which the engine never reads as "someone else"
 * (REFERENCE §9.2: absence of information never makes someone a coordinator). Only "the primary
 * disability is X" replaces a reading with the user's, and the panel says so.
 */
import * as v from 'valibot';
import { disabilityByCode, serviceCodeOf } from '../rules';
import type { StudentCase } from '../rules/types';

const HASH = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const SERVICE_CODE = v.pipe(v.string(), v.regex(/^\d{3}$/));
/** A CALPADS disability category of REFERENCE §2. */
const DISABILITY_CODE = v.pipe(
  v.string(),
  v.check((code) => disabilityByCode(code)?.code === code, 'Not a disability category.'),
);

/** What the user says about one reading, as the panel sends it (messages.ts). */
export const CorrectionSchema = v.variant('kind', [
  /** The name read as the case manager's is not the case manager's. */
  v.object({ kind: v.literal('not-case-manager') }),
  /** The person read as the provider of this service is not its provider. */
  v.object({ kind: v.literal('not-provider'), service: SERVICE_CODE }),
  /** The primary disability is this category, not the one read. */
  v.object({ kind: v.literal('primary-disability'), code: DISABILITY_CODE }),
  /** Take back the correction of this reading. */
  v.object({ kind: v.literal('undo'), field: v.pipe(v.string(), v.maxLength(20)) }),
]);
export type Correction = v.InferOutput<typeof CorrectionSchema>;

/** A student's corrections as stored: digests of the readings they correct. */
export const StoredCorrectionsSchema = v.object({
  /** When the user last changed them (YYYY-MM-DD), for expiry like a role choice. */
  on: v.pipe(v.string(), v.isoDate()),
  caseManager: v.optional(v.object({ not: HASH })),
  primaryDisability: v.optional(v.object({ read: HASH, now: DISABILITY_CODE })),
  providers: v.optional(
    v.pipe(v.array(v.object({ service: SERVICE_CODE, not: HASH })), v.maxLength(20)),
  ),
});
export type StoredCorrections = v.InferOutput<typeof StoredCorrectionsSchema>;

/**
 * The readings a correction can name, as `field → value read`: the case manager's name, the
 * primary disability's code, each service's provider (the first of a code). The background digests
 * each value (a keyed hash) to store a correction or to find whether a stored one applies.
 */
export function correctableReadings(c: StudentCase): Map<string, string> {
  const readings = new Map<string, string>();
  if (c.caseManager?.name) readings.set('caseManager', `cm|${c.caseManager.name}`);
  if (c.student.primary) readings.set('primaryDisability', `primary|${c.student.primary}`);
  for (const s of c.services) {
    const code = serviceCodeOf(s);
    const key = `provider:${code}`;
    if (s.providerName && !readings.has(key)) {
      readings.set(key, `provider|${code}|${s.providerName}`);
    }
  }
  return readings;
}

/**
 * The stored corrections with `correction` made: `digestOf(field)` is the digest of the value
 * the page shows now for that field (correctableReadings), undefined when it shows none. Null
 * when the correction names a reading the page does not show (nothing to correct).
 */
export function withCorrection(
  stored: StoredCorrections | null,
  correction: Correction,
  digestOf: (field: string) => string | undefined,
  today: string,
): StoredCorrections | null {
  const next: StoredCorrections = { ...(stored ?? {}), on: today };
  switch (correction.kind) {
    case 'not-case-manager': {
      const not = digestOf('caseManager');
      if (!not) return null;
      next.caseManager = { not };
      break;
    }
    case 'not-provider': {
      const not = digestOf(`provider:${correction.service}`);
      if (!not) return null;
      next.providers = [
        ...(next.providers ?? []).filter((p) => p.service !== correction.service),
        { service: correction.service, not },
      ].slice(-20);
      break;
    }
    case 'primary-disability': {
      const read = digestOf('primaryDisability');
      if (!read) return null;
      next.primaryDisability = { read, now: correction.code };
      break;
    }
    case 'undo': {
      const { field } = correction;
      if (field === 'caseManager') delete next.caseManager;
      else if (field === 'primaryDisability') delete next.primaryDisability;
      else if (field.startsWith('provider:')) {
        next.providers = (next.providers ?? []).filter((p) => `provider:${p.service}` !== field);
        if (next.providers.length === 0) delete next.providers;
      }
      break;
    }
  }
  return next;
}

/** Whether anything is left to remember. */
export function hasCorrections(stored: StoredCorrections | null): stored is StoredCorrections {
  return Boolean(
    stored && (stored.caseManager || stored.primaryDisability || stored.providers?.length),
  );
}

/**
 * Applies the stored corrections that still name what the page shows, in place, and returns
 * the fields corrected (`caseManager`, `primaryDisability`, `provider:330`…), which the panel
 * shows as "corrected by you".
 */
export function applyCorrections(
  c: StudentCase,
  stored: StoredCorrections | null,
  digestOf: (field: string) => string | undefined,
): string[] {
  if (!stored) return [];
  const corrected: string[] = [];
  const matches = (field: string, digest: string) => {
    const now = digestOf(field);
    return now !== undefined && now === digest;
  };
  if (stored.primaryDisability && matches('primaryDisability', stored.primaryDisability.read)) {
    c.student.primary = stored.primaryDisability.now;
    corrected.push('primaryDisability');
  }
  for (const { service, not } of stored.providers ?? []) {
    const field = `provider:${service}`;
    if (!matches(field, not)) continue;
    for (const s of c.services) {
      if (serviceCodeOf(s) !== service) continue;
      // Whoever the page named, and the position that came with the name, are no reading now.
      delete s.provider;
      delete s.providerName;
      delete s.providerPosition;
      delete s.providerReadBy;
    }
    corrected.push(field);
  }
  // Last: the provider names above are compared with the name read here.
  if (stored.caseManager && matches('caseManager', stored.caseManager.not)) {
    c.caseManager = null;
    corrected.push('caseManager');
  }
  return corrected;
}
