/**
 * The "My profile" form's checks, field by field, worded through options.json keys so each
 * message can sit under its own field. Pure; the stored schema (settings/schema.ts) is still
 * the last word when saving.
 */

import { authorizationByKey, searchCatalog } from '../rules';
import type { HeldAuthorization } from '../rules/types';

export interface ProfileDraft {
  name: string;
  position: string;
  authorizations: HeldAuthorization[];
}

/** A field of the form: 'name', 'position', 'authorizations', or `auth-<index>-issued|expires`. */
export interface FieldProblem {
  field: string;
  key: string;
  substitutions?: string[];
}

export const MAX_TEXT = 200;
export const MAX_AUTHORIZATIONS = 100;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Problems with one authorization's dates; `prefix` names its fields. */
export function datesProblems(auth: HeldAuthorization, prefix: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (auth.issued !== undefined && !isIsoDate(auth.issued)) {
    out.push({ field: `${prefix}-issued`, key: 'optionsErrorDate' });
  }
  if (auth.expires !== undefined && !isIsoDate(auth.expires)) {
    out.push({ field: `${prefix}-expires`, key: 'optionsErrorDate' });
  }
  if (out.length === 0 && auth.issued && auth.expires && auth.expires < auth.issued) {
    out.push({ field: `${prefix}-expires`, key: 'optionsErrorExpiresBeforeIssued' });
  }
  return out;
}

export function profileProblems(draft: ProfileDraft): FieldProblem[] {
  const out: FieldProblem[] = [];
  const name = draft.name.trim();
  if (name === '') out.push({ field: 'name', key: 'optionsErrorNameMissing' });
  else if (name.length > MAX_TEXT) {
    out.push({ field: 'name', key: 'optionsErrorTooLong', substitutions: [String(MAX_TEXT)] });
  }
  if (draft.position.trim().length > MAX_TEXT) {
    out.push({ field: 'position', key: 'optionsErrorTooLong', substitutions: [String(MAX_TEXT)] });
  }
  if (draft.authorizations.length > MAX_AUTHORIZATIONS) {
    out.push({
      field: 'authorizations',
      key: 'optionsErrorTooManyAuthorizations',
      substitutions: [String(MAX_AUTHORIZATIONS)],
    });
  }
  draft.authorizations.forEach((auth, index) => {
    out.push(...datesProblems(auth, `auth-${index}`));
  });
  return out;
}

/** The value to save: trimmed, optional fields left out when empty. */
export function profileToSave(draft: ProfileDraft): Record<string, unknown> {
  const profile: Record<string, unknown> = {
    name: draft.name.trim(),
    authorizations: draft.authorizations.map((a) => {
      const held: HeldAuthorization = {};
      if (a.key) held.key = a.key;
      if (a.text) held.text = a.text;
      if (a.issued) held.issued = a.issued;
      if (a.expires) held.expires = a.expires;
      return held;
    }),
  };
  const position = draft.position.trim();
  if (position) profile.position = position;
  return profile;
}

export interface AuthorizationOption {
  key: string;
  name: string;
  ctcCodes: readonly string[];
}

const optionOf = (key: string): AuthorizationOption | null => {
  const row = authorizationByKey(key);
  return row ? { key: row.key, name: row.name, ctcCodes: row.ctcCodes } : null;
};

/**
 * Authorizations matching what the user typed (a name, a key such as MMSN, a CTC code such as
 * R3MN), best first: the catalog search the popup uses, without disabilities and services.
 */
export function searchAuthorizations(query: string, limit = 12): AuthorizationOption[] {
  return searchCatalog(query, 1000)
    .filter((hit) => hit.kind === 'authorization')
    .map((hit) => optionOf(hit.id))
    .filter((o): o is AuthorizationOption => o !== null)
    .slice(0, limit);
}

/** "Mild to Moderate Support Needs (MMSN)", or the held row's own text. */
export function heldLabel(auth: HeldAuthorization): string {
  const row = authorizationByKey(auth.key);
  if (row) return `${row.name} (${row.key})`;
  return auth.text ?? auth.key ?? '';
}
