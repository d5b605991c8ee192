import type { CaseloadKind } from '../../caseloads';

/** What each kind of caseload counts, in words a program specialist uses. */
export const KIND_LABEL: Record<CaseloadKind, string> = {
  'resource-specialist': 'resource specialist',
  speech: 'speech and language',
  'case-manager': 'case manager',
};
