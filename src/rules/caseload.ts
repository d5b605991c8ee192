/**
 * Caseload limits (REFERENCE.md §8), for the `caseloads` command. Pure: the caller counts.
 * - Resource specialist: at most 28 pupils (EC 56362(c); waivers under 5 CCR 3100). C.
 * - Language, speech and hearing specialist: SELPA average at most 55 unless the local plan
 *   says otherwise (EC 56363.3); one person over 55 is a warning, since the law limits the
 *   average. Serving only children aged 3–5: at most 40 (EC 56441.7). C.
 * - Special day classes: no statutory limit (EC 56195.8): nothing to say.
 * AB 560 (2025–26) may change these; districts override them through `limits`.
 */
import { caseloadOverAverageMeta } from './checks/caseload-over-average';
import { caseloadOverLimitMeta } from './checks/caseload-over-limit';
import { makeFinding } from './rule';
import type { Finding } from './types';
import { say } from './wording';

export type CaseloadRole = 'resource-specialist' | 'speech' | 'sdc' | 'other';

export interface CaseloadLimits {
  resourceSpecialist: number;
  speechAverage: number;
  speechPreschool: number;
}

export const DEFAULT_CASELOAD_LIMITS: Readonly<CaseloadLimits> = {
  resourceSpecialist: 28,
  speechAverage: 55,
  speechPreschool: 40,
};

export interface CaseloadInput {
  role: CaseloadRole;
  count: number;
  /** A speech specialist serving only children aged 3–5. */
  preschoolOnly?: boolean;
  limits?: Partial<CaseloadLimits>;
}

/** The limit that applies (for the report's "limit" column); null when none does. */
export function caseloadLimit(input: Omit<CaseloadInput, 'count'>): number | null {
  const l = { ...DEFAULT_CASELOAD_LIMITS, ...input.limits };
  switch (input.role) {
    case 'resource-specialist':
      return l.resourceSpecialist;
    case 'speech':
      return input.preschoolOnly ? l.speechPreschool : l.speechAverage;
    default:
      return null;
  }
}

export function checkCaseload(input: CaseloadInput): Finding[] {
  const l = { ...DEFAULT_CASELOAD_LIMITS, ...input.limits };
  const { count } = input;
  if (input.role === 'resource-specialist' && count > l.resourceSpecialist) {
    return [
      makeFinding(
        caseloadOverLimitMeta,
        say('findingCaseloadResourceOverLimit', {
          count: String(count),
          limit: String(l.resourceSpecialist),
        }),
        'confirmed',
        {
          fixes: [
            'Move pupils to another resource specialist, or apply for a caseload waiver (5 CCR 3100).',
          ],
        },
      ),
    ];
  }
  if (input.role === 'speech' && input.preschoolOnly && count > l.speechPreschool) {
    return [
      makeFinding(
        caseloadOverLimitMeta,
        say('findingCaseloadPreschoolSpeechOverLimit', {
          count: String(count),
          limit: String(l.speechPreschool),
        }),
        'confirmed',
        { source: 'ec56441_7', fixes: ['Move cases to another specialist.'] },
      ),
    ];
  }
  if (input.role === 'speech' && !input.preschoolOnly && count > l.speechAverage) {
    return [
      makeFinding(
        caseloadOverAverageMeta,
        say('findingCaseloadSpeechOverAverage', {
          count: String(count),
          limit: String(l.speechAverage),
        }),
        'confirmed',
        { fixes: ["Check the SELPA's average caseload and its local plan."] },
      ),
    ];
  }
  return [];
}
