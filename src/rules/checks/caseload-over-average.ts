/**
 * EC 56363.3: the SELPA average caseload of language, speech and hearing specialists.
 * Computed over a caseload: see ../caseload.ts (checkCaseload).
 */
import { defineMeta, type RuleModule } from '../rule';

export const caseloadOverAverageMeta = defineMeta(
  'caseload-over-average',
  'warning',
  'A speech, language and hearing specialist over 55 cases, the SELPA average limit.',
  'ec56363_3',
);

export const caseloadOverAverage: RuleModule = {
  meta: caseloadOverAverageMeta,
  check: () => [],
};
