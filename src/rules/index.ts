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
export {
  AUTHORIZATIONS,
  type AuthorizationRow,
  authorizationByKey,
} from './data/authorizations';
export { DISABILITIES, type DisabilityRow, disabilityByCode } from './data/disabilities';
export { SERVICES, type ServiceRow, serviceByCode } from './data/services';
export { SOURCES, sourceText } from './data/sources';
export { evaluateCase, statusOf } from './engine';
export {
  type CatalogHit,
  type CredentialLookup,
  type DisabilityLookup,
  type DisabilityLookupOptions,
  lookupCredential,
  lookupDisability,
  searchCatalog,
} from './lookup';
export { findStaff, namesMatch, type PersonName, parseName } from './names';
export {
  type NormalizedGrade,
  normalizeGrade,
  parseDate,
  parseDisability,
  parseServiceCode,
} from './normalize';
export { RULES, ruleById } from './registry';
export { classifyPosition, inferRole } from './role';
export type { RuleMeta, RuleModule } from './rule';
export * from './types';
