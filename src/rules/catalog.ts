/**
 * Questions about the tables rather than about a case: which authorizations cover a
 * disability, with what conditions. Shared by lookups and by the fixes findings suggest.
 */

import { conditionText } from './coverage';
import {
  AUTHORIZATIONS,
  type AuthorizationRow,
  authorizationByKey,
  type Coverage,
  REFERENCE_KEYS,
} from './data/authorizations';
import { inSpan } from './grades';
import { BoundedCache } from './memo';
import type { FactStatus } from './types';

export interface CoveringAuthorization {
  row: AuthorizationRow;
  coverage: Coverage;
  /** Every condition, in words: era, other disability, support level, ages, prerequisite, status. */
  conditions: string[];
  /** false: the given grade is outside its ages; null: not checked (no grade, or ages unknown). */
  gradeFits: boolean | null;
}

const STATUS_WORDS: Record<FactStatus, string | null> = {
  confirmed: null,
  secondary: null,
  unconfirmed: 'unconfirmed in the sources: needs review before relying on it',
};

function agesText(row: AuthorizationRow): string | null {
  if (row.ages === 'prerequisite') return 'ages/grades of the prerequisite credential';
  if (row.ages === null) return 'ages/grades not confirmed (not checked)';
  return `ages/grades: ${row.ages.label}`;
}

/** Every REFERENCE §3 authorization that covers the disability (wildcard rows included). */
export function authorizationsCovering(
  code: string,
  grade?: string | null,
): CoveringAuthorization[] {
  const out: CoveringAuthorization[] = [];
  for (const key of REFERENCE_KEYS) {
    const row = authorizationByKey(key);
    if (!row) continue;
    const coverage =
      row.covers.find((c) => c.code === code) ?? row.covers.find((c) => c.code === '*');
    if (!coverage) continue;
    const conditions = (coverage.conditions ?? []).map((c) => conditionText(c, code));
    if (row.key === 'MM-L' || row.key === 'MS-L')
      conditions.unshift('Level I/II credential (issued before 2010-06-26)');
    if (row.key === 'MM-PC' || row.key === 'MS-PC')
      conditions.unshift(
        'Preliminary/Clear credential (issued 2014 or later; 2010-06-26 to 2013-12-31 needs review)',
      );
    if (row.kind === 'ryan')
      conditions.push(
        'pre-1997 credential: resource (RSP) only with a Resource Specialist authorization',
      );
    // SLP-SCA's prerequisite is the SLP credential, said just below in its own words.
    if (row.prerequisites?.some((p) => p.keys === 'sped-teaching'))
      conditions.push(
        'needs a valid prerequisite credential (a special education teaching credential)',
      );
    if (row.key === 'SLP-SCA')
      conditions.push('special class only; needs the Speech-Language Pathology credential');
    const ages = agesText(row);
    if (ages) conditions.push(ages);
    const statusWords = STATUS_WORDS[coverage.status];
    if (statusWords) conditions.push(statusWords);
    const gradeFits =
      grade && row.ages && row.ages !== 'prerequisite' ? inSpan(grade, row.ages) : null;
    out.push({ row, coverage, conditions, gradeFits });
  }
  return out;
}

/**
 * Current authorizations worth suggesting to fix a finding: issued today (2022 structure and
 * the specialties still issued), covering with a C or S fact, fitting the grade, and not
 * conditional on another disability the student lacks.
 */
export function suggestedAuthorizations(
  code: string,
  grade: string | null,
  studentCodes: ReadonlySet<string>,
): AuthorizationRow[] {
  // Keyed on every input it reads: the disability, the grade and the student's other codes.
  let key = `${code.length}:${code}|${grade == null ? '~' : `${grade.length}:${grade}`}`;
  for (const c of [...studentCodes].sort()) key += `|${c.length}:${c}`;
  let rows = suggestedCache.get(key);
  if (rows === undefined) {
    rows = computeSuggested(code, grade, studentCodes);
    suggestedCache.set(key, rows);
  }
  return rows.slice();
}

/** Disability and grade codes only; a few hundred distinct keys in practice. */
const suggestedCache = new BoundedCache<readonly AuthorizationRow[]>(2048);

function computeSuggested(
  code: string,
  grade: string | null,
  studentCodes: ReadonlySet<string>,
): AuthorizationRow[] {
  return authorizationsCovering(code, grade)
    .filter(
      ({ row, coverage, gradeFits }) =>
        (row.kind === 'specialty' || row.key === 'SLP-SCA') &&
        !row.key.endsWith('-L') &&
        !row.key.endsWith('-PC') &&
        row.key !== 'ECSE-OLD' &&
        coverage.status !== 'unconfirmed' &&
        gradeFits !== false &&
        // With a grade to fit, a row whose ages are unknown is no safe suggestion.
        !(grade && row.ages === null) &&
        (coverage.conditions ?? []).every(
          (c) => c.kind !== 'with-disability' || c.codes.some((d) => studentCodes.has(d)),
        ),
    )
    .map((c) => c.row);
}

/** The added authorization (§3b) for a disability, if there is one. */
export function addedAuthorizationFor(code: string): AuthorizationRow | undefined {
  return AUTHORIZATIONS.find(
    (r) => r.kind === 'added' && r.key.startsWith('AA') && r.covers.some((c) => c.code === code),
  );
}
