/** The words and shapes for statuses, roles, caseload kinds and severities, so colour is never the only sign. */

import type { CaseloadKind, PersonCaseload } from '../cli/caseloads';
import { t } from '../content/ui/i18n';
import type { Role, Severity, StudentStatus } from '../rules/types';

export const STATUS_VIEW: Record<StudentStatus, { key: string; shape: string }> = {
  violation: { key: 'auditStatusViolation', shape: '✕' },
  review: { key: 'auditStatusReview', shape: '!' },
  ok: { key: 'auditStatusOk', shape: '✓' },
};

const ROLE_KEY: Record<Role, string> = {
  instruction: 'auditRoleInstruction',
  support: 'auditRoleSupport',
  coordinator: 'auditRoleCoordinator',
  unknown: 'auditRoleUnknown',
};

export function roleLabel(role: Role): string {
  return t(ROLE_KEY[role]);
}

export const SEVERITY_VIEW: Record<Severity, { key: string; shape: string }> = {
  error: { key: 'auditSeverityError', shape: '✕' },
  warning: { key: 'auditSeverityWarning', shape: '!' },
  suggestion: { key: 'auditSeveritySuggestion', shape: '→' },
  info: { key: 'auditSeverityInfo', shape: 'i' },
  ok: { key: 'auditSeverityOk', shape: '✓' },
};

const KIND_KEY: Record<CaseloadKind, string> = {
  'resource-specialist': 'auditKindResource',
  speech: 'auditKindSpeech',
  'case-manager': 'auditKindCaseManager',
};

/** What a person's counted caseload is, with the preschool-only case said (its limit is 40). */
export function kindLabel(p: Pick<PersonCaseload, 'role' | 'preschoolOnly'>): string {
  const kind = t(KIND_KEY[p.role]);
  return p.role === 'speech' && p.preschoolOnly ? t('auditKindSpeechPreschool', kind) : kind;
}
