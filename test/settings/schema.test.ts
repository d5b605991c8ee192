import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_DISTRICT_HOSTS } from '../../src/settings/district-hosts';
import { DistrictHostsSchema, RosterSchema, SETTINGS_SCHEMAS } from '../../src/settings/schema';

describe('the districtHosts part', () => {
  it('is one of the stored parts', () => {
    expect(Object.keys(SETTINGS_SCHEMAS)).toContain('districtHosts');
  });

  it('accepts canonical https origins with a known vendor', () => {
    const hosts = [
      { origin: 'https://seis.example-usd.org', vendor: 'seis' },
      { origin: 'https://*.example-usd.org', vendor: 'generic' },
    ];
    expect(v.safeParse(DistrictHostsSchema, hosts).success).toBe(true);
  });

  it.each([
    ['an http origin', [{ origin: 'http://seis.example-usd.org', vendor: 'seis' }]],
    ['a path', [{ origin: 'https://seis.example-usd.org/iep', vendor: 'seis' }]],
    ['upper case', [{ origin: 'https://SEIS.example-usd.org', vendor: 'seis' }]],
    ['a wildcard inside', [{ origin: 'https://seis.*.org', vendor: 'seis' }]],
    ['a bare wildcard', [{ origin: 'https://*', vendor: 'seis' }]],
    ['a port', [{ origin: 'https://seis.example-usd.org:8443', vendor: 'seis' }]],
    ['an unknown vendor', [{ origin: 'https://seis.example-usd.org', vendor: 'acme' }]],
    [
      'the same origin twice',
      [
        { origin: 'https://seis.example-usd.org', vendor: 'seis' },
        { origin: 'https://seis.example-usd.org', vendor: 'generic' },
      ],
    ],
  ])('refuses %s', (_what, hosts) => {
    expect(v.safeParse(DistrictHostsSchema, hosts).success).toBe(false);
  });

  it(`holds at most ${MAX_DISTRICT_HOSTS} addresses`, () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        origin: `https://d${i}.example.org`,
        vendor: 'seis',
      }));
    expect(v.safeParse(DistrictHostsSchema, many(MAX_DISTRICT_HOSTS)).success).toBe(true);
    expect(v.safeParse(DistrictHostsSchema, many(MAX_DISTRICT_HOSTS + 1)).success).toBe(false);
  });
});

describe('the roster part', () => {
  it('keeps only staff fields: a preview line number never reaches storage', () => {
    const parsed = v.parse(RosterSchema, {
      importedAt: '2026-01-02T03:04:05.000Z',
      staff: [{ name: 'Okafor, Taylor', line: 2, authorizations: [{ text: 'R3MN' }] }],
    });
    expect(parsed.staff[0]).toEqual({ name: 'Okafor, Taylor', authorizations: [{ text: 'R3MN' }] });
  });
});
