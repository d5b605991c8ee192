/**
 * What the audit takes from the extension's settings: the roster the checks use (the user's
 * imported one, or the district's, by the same rules as every page check: settings/effective)
 * and the as-of date preference. Read only: the audit never writes to storage.
 */
import browser from 'webextension-polyfill';
import { asOfDate } from '../background/as-of';
import { rosterToCsv } from '../options/roster-export';
import type { StaffMember } from '../rules/types';
import { applyPolicy } from '../settings/effective';
import { readManagedPolicy } from '../settings/managed-policy';
import { loadSettings } from '../settings/store';

export interface SavedSettings {
  roster: readonly StaffMember[];
  /** Whose roster it is: the district's policy sets it, or the user imported it. */
  rosterFrom: 'district' | 'user' | 'none';
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
  return { roster: effective.roster, rosterFrom, asOf: asOfDate(effective.preferences) };
}

/**
 * The saved roster as the roster file the CLI reads (the options page's own export, which its
 * reader takes back), so the worker runs runAudit exactly as the command line does.
 */
export function rosterFileBytes(roster: readonly StaffMember[]): Uint8Array {
  return new TextEncoder().encode(rosterToCsv(roster));
}
