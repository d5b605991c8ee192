import { describe, expect, it } from 'vitest';
import { applyPolicy, controlOf, loadEffectiveSettings } from '../../src/settings/effective';
import { type DistrictPolicy, NO_POLICY, readPolicy } from '../../src/settings/policy';
import { DEFAULT_PREFERENCES, type Settings } from '../../src/settings/schema';
import type { KeyValueArea } from '../../src/settings/store';

const PROFILE = {
  name: 'Rivera, Jordan',
  authorizations: [{ key: 'MMSN', expires: '2030-07-01' }],
};
const OWN_STAFF = [{ name: 'Chen, Morgan', authorizations: [{ key: 'MMSN' }] }];
const DISTRICT_STAFF = [{ name: 'Okafor, Taylor', authorizations: [{ text: 'R3MN' }] }];
const OWN_HOST = { origin: 'https://seis.example-usd.org', vendor: 'seis' } as const;
const DISTRICT_HOST = { origin: 'https://iep.district-usd.org', vendor: 'frontline' } as const;

const USER: Settings = {
  profile: PROFILE,
  roster: { importedAt: '2026-01-05T10:00:00.000Z', staff: OWN_STAFF },
  preferences: {
    asOf: { mode: 'fixed', date: '2026-01-15' },
    disabledRules: ['credential-expiring', 'authorized'],
  },
  districtHosts: [OWN_HOST],
};

const policy = (over: Partial<DistrictPolicy>): DistrictPolicy => ({ ...NO_POLICY, ...over });

describe('applyPolicy', () => {
  it("is the user's own settings when there is no policy", () => {
    expect(applyPolicy(USER, NO_POLICY)).toEqual({
      profile: PROFILE,
      roster: OWN_STAFF,
      preferences: USER.preferences,
      districtHosts: [OWN_HOST],
    });
  });

  it("replaces the user's roster and date with the district's", () => {
    const effective = applyPolicy(
      USER,
      policy({ roster: DISTRICT_STAFF, asOf: { mode: 'today' } }),
    );
    expect(effective.roster).toEqual(DISTRICT_STAFF);
    expect(effective.preferences.asOf).toEqual({ mode: 'today' });
    expect(effective.profile).toEqual(PROFILE);
  });

  it("adds the district's checks and addresses to the user's own; the district's row wins", () => {
    const effective = applyPolicy(
      USER,
      policy({
        disabledRules: ['credential-expired', 'authorized'],
        districtHosts: [DISTRICT_HOST, { origin: OWN_HOST.origin, vendor: 'generic' }],
      }),
    );
    expect(effective.preferences.disabledRules).toEqual([
      'credential-expired',
      'credential-expiring',
      'authorized',
    ]);
    expect(effective.districtHosts).toEqual([
      DISTRICT_HOST,
      { origin: OWN_HOST.origin, vendor: 'generic' },
    ]);
  });

  it("uses only the district's values, or the defaults, for locked parts", () => {
    const effective = applyPolicy(
      USER,
      policy({
        disabledRules: ['credential-expired'],
        districtHosts: [DISTRICT_HOST],
        locked: ['profile', 'roster', 'asOf', 'disabledRules', 'districtHosts'],
      }),
    );
    expect(effective).toEqual({
      profile: null,
      roster: [],
      preferences: { asOf: DEFAULT_PREFERENCES.asOf, disabledRules: ['credential-expired'] },
      districtHosts: [DISTRICT_HOST],
    });
  });

  it('says which parts the district sets and which it locks', () => {
    const control = controlOf(
      policy({ roster: DISTRICT_STAFF, disabledRules: [], locked: ['asOf'] }),
    );
    expect(control).toEqual({
      profile: { district: false, locked: false },
      roster: { district: true, locked: false },
      asOf: { district: false, locked: true },
      // An empty list sets nothing the user would see.
      disabledRules: { district: false, locked: false },
      districtHosts: { district: false, locked: false },
    });
  });
});

describe('loadEffectiveSettings', () => {
  it("applies the policy over what is stored, and never writes the user's settings", async () => {
    let writes = 0;
    const stored: Record<string, unknown> = {
      profile: PROFILE,
      roster: USER.roster,
      // A damaged part reads as the default, as the settings store always did.
      preferences: { asOf: { mode: 'someday' } },
    };
    const local: KeyValueArea = {
      get: async (keys) => Object.fromEntries(keys.map((k) => [k, stored[k]])),
      set: async () => {
        writes += 1;
      },
    };
    const read = readPolicy({ rosterCsv: 'not,a,roster', disabledRules: ['authorized'] });
    const effective = await loadEffectiveSettings(local, async () => read);
    // The district's broken roster is not used: the user's own is.
    expect(effective.roster).toEqual(OWN_STAFF);
    expect(effective.preferences).toEqual({
      ...DEFAULT_PREFERENCES,
      disabledRules: ['authorized'],
    });
    expect(writes).toBe(0);
    expect(stored.roster).toEqual(USER.roster);
  });
});
