/**
 * One presentation vocabulary for every surface (the badge and panel on a page, the popup, the
 * audit page, the command line and its reports): the name and shape of each status, severity
 * and role, the order of severities, and what needs attention. The words live in
 * src/i18n/<lang>/vocabulary.json; shapes go with them so colour is never the only sign.
 */
import type { Role, Severity, StudentStatus } from '../rules/types';

export interface Sign {
  /** The message's key in the catalogs. */
  key: string;
  shape: string;
}

export const STATUS_SIGN: Readonly<Record<StudentStatus, Sign>> = {
  violation: { key: 'statusViolation', shape: '✕' },
  review: { key: 'statusReview', shape: '!' },
  ok: { key: 'statusOk', shape: '✓' },
};

export const SEVERITY_SIGN: Readonly<Record<Severity, Sign>> = {
  error: { key: 'severityError', shape: '✕' },
  warning: { key: 'severityWarning', shape: '!' },
  suggestion: { key: 'severitySuggestion', shape: '→' },
  info: { key: 'severityInfo', shape: 'i' },
  ok: { key: 'severityOk', shape: '✓' },
};

export const ROLE_KEY: Readonly<Record<Role, string>> = {
  instruction: 'roleInstruction',
  support: 'roleSupport',
  coordinator: 'roleCoordinator',
  unknown: 'roleUnknown',
};

/** Most serious first: the engine's order, and every list's. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  error: 0,
  warning: 1,
  suggestion: 2,
  info: 3,
  ok: 4,
};

/** What the toolbar badge counts and the panel asks the user to look at: errors and warnings. */
export function needsAttention(severity: Severity): severity is 'error' | 'warning' {
  return severity === 'error' || severity === 'warning';
}
