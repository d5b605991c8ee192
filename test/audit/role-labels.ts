/** The role words of src/i18n/en/audit.json, for tests that sort or filter as the page does. */
import audit from '../../src/i18n/en/audit.json' with { type: 'json' };
import type { Role } from '../../src/rules/types';

const KEYS: Record<Role, keyof typeof audit> = {
  instruction: 'auditRoleInstruction',
  support: 'auditRoleSupport',
  coordinator: 'auditRoleCoordinator',
  unknown: 'auditRoleUnknown',
};

export function roleLabelsForTest(role: Role): string {
  return audit[KEYS[role]].message;
}
