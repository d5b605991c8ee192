/**
 * Does one authorization row cover one disability for this student (REFERENCE.md §3, §9.5)?
 * Also the plain-English wording of coverage conditions, shared by findings and lookups.
 */
import type { AuthorizationRow, CoverageCondition, Era } from './data/authorizations';
import { disabilityByCode } from './data/disabilities';
import type { SourceId } from './data/sources';
import type { FactStatus } from './types';

export type CoverageAnswer =
  | { covers: 'no' }
  /** The era decides and is unknown (§9.5) → needs-review. */
  | { covers: 'era-unknown'; status: FactStatus }
  | { covers: 'yes'; status: FactStatus; conditions: readonly CoverageCondition[] };

/**
 * @param era the held credential's era; for rows of a fixed era the row's own era is used.
 * @param studentCodes every disability the student has (primary and secondary), for the
 *   DHH/VI autism condition.
 */
export function rowCovers(
  row: AuthorizationRow,
  code: string,
  era: Era | 'unknown' | null,
  studentCodes: ReadonlySet<string>,
): CoverageAnswer {
  const entry = row.covers.find((c) => c.code === code) ?? row.covers.find((c) => c.code === '*');
  if (!entry) return { covers: 'no' };
  const effectiveEra = row.era.kind === 'fixed' ? row.era.era : era;
  let eraUnknown = false;
  for (const cond of entry.conditions ?? []) {
    if (cond.kind === 'with-disability' && !cond.codes.some((c) => studentCodes.has(c))) {
      return { covers: 'no' };
    }
    if (cond.kind === 'era') {
      if (effectiveEra === 'unknown' || effectiveEra === null) eraUnknown = true;
      else if (!cond.eras.includes(effectiveEra)) return { covers: 'no' };
    }
  }
  if (eraUnknown) return { covers: 'era-unknown', status: entry.status };
  return { covers: 'yes', status: entry.status, conditions: entry.conditions ?? [] };
}

/** The document behind one coverage fact: its own source where it has one, else the row's. */
export function coverageSource(row: AuthorizationRow, code: string): SourceId {
  const entry = row.covers.find((c) => c.code === code) ?? row.covers.find((c) => c.code === '*');
  return entry?.source ?? row.source;
}

function names(codes: readonly string[]): string {
  const list = codes.map((c) => disabilityByCode(c)?.name ?? c);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
}

const ERA_NAMES: Record<Era, string> = {
  ryan: 'pre-1997',
  level: 'Level I/II',
  pc: 'Preliminary/Clear (2010 on)',
  '2022': '2022',
};

/** A condition as a case manager would read it, for the disability it qualifies. */
export function conditionText(cond: CoverageCondition, code: string): string {
  switch (cond.kind) {
    case 'support-level':
      return `only for students whose support needs are ${cond.level} (the IEP does not record the support level)`;
    case 'severity':
      return code === '210'
        ? `intellectual disability in the ${cond.level} range only`
        : `${cond.level} range only`;
    case 'with-disability':
      return `only when the student also has ${names(cond.codes)}`;
    case 'era':
      return `only for a ${cond.eras.map((e) => ERA_NAMES[e]).join(' or ')} credential (issued 2014 or later; issue dates from 2010-06-26 to 2013-12-31 need review)`;
  }
}

/** Conditions that qualify an `authorized` verdict (the ones already met are not repeated). */
export function verdictConditionText(cond: CoverageCondition, code: string): string | null {
  return cond.kind === 'support-level' || cond.kind === 'severity'
    ? conditionText(cond, code)
    : null;
}
