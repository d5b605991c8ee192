import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../src/settings/schema';
import { type KeyValueArea, loadSettings, saveSetting } from '../../src/settings/store';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & {
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
    expect(settings).toEqual({ profile: null, roster: null, preferences: DEFAULT_PREFERENCES });
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
