/** Every rule, in one place. The order here is the order of findings of equal severity. */
import { alternatePlacementServices } from './checks/alternate-placement-services';
import { alternatePlacementUnrecorded } from './checks/alternate-placement-unrecorded';
import { authorized } from './checks/authorized';
import { bestPracticeCaseManager } from './checks/best-practice-case-manager';
import { caseloadOverAverage } from './checks/caseload-over-average';
import { caseloadOverLimit } from './checks/caseload-over-limit';
import { coordinatorOnly } from './checks/coordinator-only';
import { credentialExpired } from './checks/credential-expired';
import { credentialExpiring } from './checks/credential-expiring';
import { credentialsUnknown } from './checks/credentials-unknown';
import { gradeOutOfRange } from './checks/grade-out-of-range';
import { instructionAuthorization } from './checks/instruction-authorization';
import { missingData } from './checks/missing-data';
import { needsReview } from './checks/needs-review';
import { resourceAuthorization } from './checks/resource-authorization';
import { roleUnknown } from './checks/role-unknown';
import { serviceAuthorization } from './checks/service-authorization';
import type { RuleModule } from './rule';
import { RULE_IDS, type RuleId } from './types';

export const RULES: readonly RuleModule[] = [
  instructionAuthorization,
  serviceAuthorization,
  resourceAuthorization,
  gradeOutOfRange,
  credentialExpired,
  credentialExpiring,
  alternatePlacementServices,
  alternatePlacementUnrecorded,
  credentialsUnknown,
  roleUnknown,
  missingData,
  bestPracticeCaseManager,
  coordinatorOnly,
  needsReview,
  authorized,
  caseloadOverLimit,
  caseloadOverAverage,
];

const BY_ID = new Map<RuleId, RuleModule>(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: RuleId): RuleModule | undefined {
  return BY_ID.get(id);
}

const RANK = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));

/** Rank of a rule id in CONTRACT order, for sorting findings. */
export function ruleRank(id: RuleId): number {
  return RANK.get(id) ?? -1;
}
