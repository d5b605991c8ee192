/**
 * What the audit takes from the extension's settings, by the same rules as every page check
 * (settings/effective): the roster the checks use (the user's imported one, or the district's),
 * the user's own profile, the rules switched off and the as-of date preference. Read only: the
 * audit never writes to storage.
 */
import browser from 'webextension-polyfill';
import type { RuleId, StaffMember } from '../rules/types';
import { asOfDate } from '../settings/as-of';
import { applyPolicy } from '../settings/effective';
import { readManagedPolicy } from '../settings/managed-policy';
import { loadSettings } from '../settings/store';

export interface SavedSettings {
  roster: readonly StaffMember[];
  /** Whose roster it is: the district's policy sets it, or the user imported it. */
  rosterFrom: 'district' | 'user' | 'none';
  profile: StaffMember | null;
  disabledRules: readonly RuleId[];
  asOf: string;
}

export async function loadSavedSettings(): Promise<SavedSettings> {
  const [{ settings }, { policy }] = await Promise.all([
    loadSettings(browser.storage.local),
    readManagedPolicy(),
  ]);
  const effective = applyPolicy(settings, policy);
  const rosterFrom =
    policy.roster !== null ? 'district' : effective.roster.length > 0 ? 'user' : 'none';
  return {
    roster: effective.roster,
    rosterFrom,
    profile: effective.profile,
    disabledRules: effective.preferences.disabledRules,
    asOf: asOfDate(effective.preferences),
  };
}
