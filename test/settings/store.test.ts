import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../src/settings/schema';
import {
  loadSettings,
  type RemovableArea,
  removeSetting,
  saveSetting,
} from '../../src/settings/store';

function memoryArea(initial: Record<string, unknown> = {}): RemovableArea & {
  data: Record<string, unknown>;
  writes: number;
} {
  const area = {
    data: { ...initial },
    writes: 0,
    async get(keys: string[]) {
      return Object.fromEntries(keys.filter((k) => k in area.data).map((k) => [k, area.data[k]]));
    },
    async set(items: Record<string, unknown>) {
      area.writes += 1;
      Object.assign(area.data, items);
    },
    async remove(keys: string | string[]) {
      area.writes += 1;
      for (const key of typeof keys === 'string' ? [keys] : keys) delete area.data[key];
    },
  };
  return area;
}

const profile = {
  name: 'Rivera, Jordan',
  position: 'SDC Teacher',
  authorizations: [{ key: 'MMSN', issued: '2023-06-01', expires: '2028-07-01' }],
};

describe('settings store', () => {
  it('reads nothing stored as defaults, with no problems', async () => {
    const { settings, problems } = await loadSettings(memoryArea());
    expect(settings).toEqual({
      profile: null,
      roster: null,
      preferences: DEFAULT_PREFERENCES,
      districtHosts: [],
    });
    expect(problems).toEqual([]);
  });

  it('sets aside a corrupt part with a plain message and keeps the others', async () => {
    const roster = { importedAt: '2026-01-02T03:04:05.000Z', staff: [profile] };
    const { settings, problems } = await loadSettings(
      memoryArea({ profile: { name: 42 }, roster }),
    );
    expect(settings.profile).toBeNull();
    expect(settings.roster).toEqual(roster);
    expect(problems).toEqual(['The saved copy of your profile could not be read and was ignored.']);
  });

  it('names each unreadable part by key, and keeps the readable ones', async () => {
    const hosts = [{ origin: 'https://seis.example-usd.org', vendor: 'seis' }];
    const { settings, unreadable } = await loadSettings(
      memoryArea({
        profile,
        roster: { importedAt: 'yesterday', staff: [] },
        preferences: { asOf: { mode: 'sometimes' }, disabledRules: [] },
        districtHosts: hosts,
      }),
    );
    expect(unreadable).toEqual(['roster', 'preferences']);
    expect(settings.profile).toEqual(profile);
    expect(settings.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(settings.districtHosts).toEqual(hosts);
  });

  it('sets aside a district address list that is not canonical', async () => {
    const { settings, unreadable } = await loadSettings(
      memoryArea({ districtHosts: [{ origin: 'https://*', vendor: 'seis' }] }),
    );
    expect(settings.districtHosts).toEqual([]);
    expect(unreadable).toEqual(['districtHosts']);
  });

  it('replaces the roster in one write, and refuses an invalid one without writing', async () => {
    const old = { importedAt: '2025-01-01T00:00:00.000Z', staff: [profile] };
    const area = memoryArea({ roster: old });
    const next = {
      importedAt: '2026-01-02T03:04:05.000Z',
      staff: [{ name: 'Okafor, Taylor', authorizations: [{ text: 'R3MN' }] }],
    };
    expect(await saveSetting(area, 'roster', { ...next, staff: [{ name: '' }] })).toMatchObject({
      ok: false,
    });
    expect(area.writes).toBe(0);
    expect(area.data.roster).toEqual(old);
    expect(await saveSetting(area, 'roster', next)).toEqual({ ok: true });
    expect(area.writes).toBe(1);
    expect(area.data.roster).toEqual(next);
  });

  it('removes one part and leaves the others', async () => {
    const area = memoryArea({
      profile,
      roster: { importedAt: '2025-01-01T00:00:00.000Z', staff: [] },
    });
    await removeSetting(area, 'roster');
    expect(area.data).toEqual({ profile });
  });

  it('saves a valid profile in one write', async () => {
    const area = memoryArea();
    expect(await saveSetting(area, 'profile', profile)).toEqual({ ok: true });
    expect(area.writes).toBe(1);
    expect(area.data.profile).toEqual(profile);
  });

  it('refuses an invalid profile, says why, and leaves the saved one untouched', async () => {
    const area = memoryArea({ profile });
    const result = await saveSetting(area, 'profile', {
      name: '   ',
      authorizations: [{ key: 'MMSN', expires: '07/01/2028' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContain('name: Enter a name, written as the IEP system shows it.');
      expect(result.errors).toContain('authorizations.0.expires: Dates are written YYYY-MM-DD.');
    }
    expect(area.writes).toBe(0);
    expect(area.data.profile).toEqual(profile);
  });

  it('refuses an authorization with neither key nor name', async () => {
    const result = await saveSetting(memoryArea(), 'profile', {
      name: 'A B',
      authorizations: [{ issued: '2020-01-01' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: ['authorizations.0: An authorization needs a key or its name.'],
    });
  });
});
