/** The audit page's words for roles and caseload kinds (statuses and severities: src/ui/vocabulary.ts). */

import type { CaseloadKind, PersonCaseload } from '../batch/caseloads';
import type { Role } from '../rules/types';
import { t } from '../ui/i18n';
import { ROLE_KEY } from '../ui/vocabulary';

export function roleLabel(role: Role): string {
  return t(ROLE_KEY[role]);
}

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
