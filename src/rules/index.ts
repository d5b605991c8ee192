/** The rule engine's public surface. Pure: safe in the background, the popup and the CLI. */

export {
  type PermitKind,
  type ResolvedAuthorizationText,
  resolveAuthorization,
  resolveAuthorizationDetail,
} from './authorization-text';
export {
  type CaseloadInput,
  type CaseloadLimits,
  type CaseloadRole,
  caseloadLimit,
  checkCaseload,
  DEFAULT_CASELOAD_LIMITS,
} from './caseload';
export { authorizationsCovering } from './catalog';
export { effectiveGrade } from './context';
export {
  AUTHORIZATIONS,
  type AuthorizationKind,
  type AuthorizationRow,
  authorizationByKey,
  authorizationLabel,
} from './data/authorizations';
export { DISABILITIES, type DisabilityRow, disabilityByCode } from './data/disabilities';
export { isInstructionCode, SERVICES, type ServiceRow, serviceByCode } from './data/services';
export { SOURCES, sourceText } from './data/sources';
export { evaluateCase, statusOf } from './engine';
export { gradeClass, namesGrade } from './grade-classes';
export { ageOn, GRADES, type Grade } from './grades';
export {
  type CatalogHit,
  type CredentialDetail,
  type CredentialLookup,
  type DisabilityDetail,
  type DisabilityLookup,
  type DisabilityLookupOptions,
  describeCredential,
  describeDisability,
  type InstructionEntry,
  lookupCredential,
  lookupDisability,
  searchCatalog,
  searchKind,
} from './lookup';
export {
  classifyName,
  findStaff,
  matchStaff,
  matchStaffWith,
  type NameKind,
  namesMatch,
  namesMatchWith,
  type PersonName,
  parseName,
  providerEvidence,
} from './names';
export {
  type NormalizedGrade,
  normalizeGrade,
  parseDate,
  parseDisability,
  parseServiceCode,
} from './normalize';
export { RULES, ruleById } from './registry';
export { classifyPosition, inferRole, serviceCodeOf } from './role';
export type { RuleMeta, RuleModule } from './rule';
export { serviceSetting } from './settings';
export { fold } from './text';
export * from './types';
