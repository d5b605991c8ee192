/**
 * The settings the checks use: the district's policy over the user's own. Pure, apart from
 * loadEffectiveSettings, which reads both through what it is given.
 *
 * - A value the district sets wins: its roster replaces the user's, its date is the date.
 * - Lists add up: the district's switched-off checks and its addresses come on top of the
 *   user's own, which the user may still change.
 * - A locked part is exactly what the district sets, or the default when it sets nothing: the
 *   user's own saved value for it is kept in storage (never wiped) but not used, since nobody
 *   could see or change it.
 */
import { RULE_IDS, type RuleId, type StaffMember } from '../rules/types';
import type { DistrictHost } from './district-hosts';
import { type DistrictPolicy, POLICY_PARTS, type PolicyPart, type PolicyRead } from './policy';
import { DEFAULT_PREFERENCES, type Preferences, type Profile, type Settings } from './schema';
import { type KeyValueArea, loadSettings } from './store';

export interface EffectiveSettings {
  profile: Profile | null;
  roster: readonly StaffMember[];
  preferences: Preferences;
  districtHosts: DistrictHost[];
}

export interface PartControl {
  /** The district gives this part a value (all of it, or some entries of a list). */
  district: boolean;
  /** The user cannot change this part. */
  locked: boolean;
}

export type Control = Record<PolicyPart, PartControl>;

/** How far the district governs each part, for the pages' "Set by your district". */
export function controlOf(policy: DistrictPolicy): Control {
  const sets: Record<PolicyPart, boolean> = {
    profile: false,
    roster: policy.roster !== null,
    asOf: policy.asOf !== null,
    disabledRules: policy.disabledRules !== null && policy.disabledRules.length > 0,
    districtHosts: policy.districtHosts !== null && policy.districtHosts.length > 0,
  };
  const locked = new Set(policy.locked);
  return Object.fromEntries(
    POLICY_PARTS.map((part) => [part, { district: sets[part], locked: locked.has(part) }]),
  ) as Control;
}

/** Both lists' checks once each, in the registry's order, as the options page stores them. */
function unionRules(a: readonly RuleId[], b: readonly RuleId[]): RuleId[] {
  return RULE_IDS.filter((id) => a.includes(id) || b.includes(id));
}

export function applyPolicy(user: Settings, policy: DistrictPolicy): EffectiveSettings {
  const locked = (part: PolicyPart) => policy.locked.includes(part);
  const own = user.preferences;

  const asOf = policy.asOf ?? (locked('asOf') ? DEFAULT_PREFERENCES.asOf : own.asOf);
  const districtRules = policy.disabledRules ?? [];
  const disabledRules = locked('disabledRules')
    ? [...districtRules]
    : unionRules(districtRules, own.disabledRules);

  const districtHosts = policy.districtHosts ?? [];
  const hosts = locked('districtHosts')
    ? [...districtHosts]
    : [
        ...districtHosts,
        // The district's entry wins for an address both name (its vendor, its row).
        ...user.districtHosts.filter((h) => !districtHosts.some((d) => d.origin === h.origin)),
      ];

  return {
    profile: locked('profile') ? null : user.profile,
    roster: policy.roster ?? (locked('roster') ? [] : (user.roster?.staff ?? [])),
    preferences: { asOf, disabledRules },
    districtHosts: hosts,
  };
}

/** The user's stored settings (storage.local) under the district's policy. */
export async function loadEffectiveSettings(
  local: KeyValueArea,
  policy: () => Promise<PolicyRead>,
): Promise<EffectiveSettings> {
  const [{ settings }, read] = await Promise.all([loadSettings(local), policy()]);
  return applyPolicy(settings, read.policy);
}
