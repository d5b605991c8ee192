/**
 * EC 56362(c), EC 56441.7: caseload limits. Computed over a caseload, not a student:
 * see ../caseload.ts (checkCaseload). The per-student check never fires.
 */
import { defineMeta, type RuleModule } from '../rule';

export const caseloadOverLimitMeta = defineMeta(
  'caseload-over-limit',
  'error',
  'A resource specialist over 28 pupils, or a preschool-only speech specialist over 40.',
  'ec56362',
);

export const caseloadOverLimit: RuleModule = {
  meta: caseloadOverLimitMeta,
  check: () => [],
};
