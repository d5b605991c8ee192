import { describe, expect, it } from 'vitest';
import {
  isManaged,
  NO_POLICY,
  namesPolicy,
  POLICY_PARTS,
  readPolicy,
} from '../../src/settings/policy';

const BUILT_IN = ['https://*.seis.org/*', 'https://*.aeries.net/*'];

const CSV = [
  'Name,Email,Position,Authorization,Issued,Expires',
  '"Okafor, Taylor",tokafor@example-usd.org,RSP Teacher,Mild to Moderate Support Needs,2023-06-01,2030-07-01',
  '"Okafor, Taylor",tokafor@example-usd.org,RSP Teacher,R3MN,06/01/2023,07/01/2030',
  '"Lee, Sam",,Physical Therapist,,,',
  '"Diaz, Pat",,SDC Teacher,Basket Weaving Certificate,,',
].join('\r\n');

const ROW = {
  name: 'Chen, Morgan',
  position: 'RSP Teacher',
  authorizations: [{ key: 'MMSN', issued: '2023-06-01', expires: '2030-07-01' }],
};

describe('readPolicy', () => {
  it('reads nothing as no policy, with nothing to report', () => {
    for (const raw of [{}, undefined, null, 'text', [1, 2]]) {
      expect(readPolicy(raw, BUILT_IN)).toEqual({ policy: NO_POLICY, problems: [] });
    }
    expect(isManaged(readPolicy({}).policy)).toBe(false);
  });

  it('reads the roster CSV as the roster file is read, and adds the rows given as a list', () => {
    const { policy, problems } = readPolicy({ rosterCsv: CSV, roster: [ROW] });
    expect(problems).toEqual([]);
    expect(policy.roster).toEqual([
      {
        name: 'Okafor, Taylor',
        email: 'tokafor@example-usd.org',
        position: 'RSP Teacher',
        authorizations: [
          { text: 'Mild to Moderate Support Needs', issued: '2023-06-01', expires: '2030-07-01' },
          { text: 'R3MN', issued: '2023-06-01', expires: '2030-07-01' },
        ],
      },
      { name: 'Lee, Sam', position: 'Physical Therapist', authorizations: [] },
      // An authorization the checks do not know is kept as the file wrote it, as on import.
      {
        name: 'Diaz, Pat',
        position: 'SDC Teacher',
        authorizations: [{ text: 'Basket Weaving Certificate' }],
      },
      ROW,
    ]);
    expect(isManaged(policy)).toBe(true);
  });

  it('refuses the whole roster when one CSV row cannot be read, and never locks it then', () => {
    const broken = `${CSV}\r\n"Chen, Morgan",,RSP Teacher,MMSN,2023-06-01,next summer`;
    const { policy, problems } = readPolicy({
      rosterCsv: broken,
      roster: [ROW],
      lockSettings: true,
    });
    expect(policy.roster).toBeNull();
    expect(problems).toEqual([
      {
        key: 'rosterCsv',
        detail: expect.stringMatching(
          /^rosterCsv line 6, column 6 \("Expires"\): "next summer" is not a date/,
        ),
      },
    ]);
    // The user's own roster stays in force: the broken part is not locked, the rest is.
    expect(policy.locked).toEqual(['profile', 'asOf', 'disabledRules', 'districtHosts']);
  });

  it('refuses a CSV without the required columns', () => {
    const { policy, problems } = readPolicy({ rosterCsv: 'First,Second\nA,B' });
    expect(policy.roster).toBeNull();
    expect(problems[0]?.detail).toMatch(/^rosterCsv line 1, .*missing column: "Name"/);
  });

  it('names the item and field of a malformed roster row', () => {
    const { policy, problems } = readPolicy({
      roster: [ROW, { name: 'Lee, Sam', authorizations: [{ issued: '2023-01-01' }] }, { name: '' }],
    });
    expect(policy.roster).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.key).toBe('roster');
    expect(problems[0]?.detail).toContain('roster[1].authorizations[0]: An authorization needs');
    expect(problems[0]?.detail).toContain('roster[2].name');
  });

  it('reads the date as today or a real YYYY-MM-DD date', () => {
    expect(readPolicy({ asOf: 'today' }).policy.asOf).toEqual({ mode: 'today' });
    expect(readPolicy({ asOf: '2031-01-15' }).policy.asOf).toEqual({
      mode: 'fixed',
      date: '2031-01-15',
    });
    for (const bad of ['2031-02-30', 'someday', 20310115]) {
      const read = readPolicy({ asOf: bad });
      expect(read.policy.asOf).toBeNull();
      expect(read.problems).toEqual([
        { key: 'asOf', detail: 'asOf: must be "today" or a date written YYYY-MM-DD' },
      ]);
    }
  });

  it("keeps the switched-off checks once each in the registry's order, and refuses unknown ids", () => {
    expect(
      readPolicy({ disabledRules: ['authorized', 'credential-expired', 'authorized'] }).policy
        .disabledRules,
    ).toEqual(['credential-expired', 'authorized']);
    const read = readPolicy({ disabledRules: ['authorized', 'no-such-check'] });
    expect(read.policy.disabledRules).toBeNull();
    expect(read.problems[0]?.detail).toBe('disabledRules[1]: is not the id of a check');
  });

  it('writes district addresses the way the options page does, and drops a vendor domain', () => {
    const { policy, problems } = readPolicy(
      {
        districtHosts: [
          { origin: 'SEIS.Example-USD.org/iep/students', vendor: 'seis' },
          { origin: 'https://*.other-usd.org', vendor: 'frontline' },
          { origin: 'https://seis.example-usd.org', vendor: 'seis' },
          { origin: 'https://district.seis.org', vendor: 'seis' },
        ],
      },
      BUILT_IN,
    );
    expect(problems).toEqual([]);
    expect(policy.districtHosts).toEqual([
      { origin: 'https://seis.example-usd.org', vendor: 'seis' },
      { origin: 'https://*.other-usd.org', vendor: 'frontline' },
    ]);
  });

  it('refuses the address list when an address or vendor is wrong, naming each', () => {
    const { policy, problems } = readPolicy({
      districtHosts: [
        { origin: 'https://seis.example-usd.org', vendor: 'seis' },
        { origin: 'http://seis.example-usd.org', vendor: 'seis' },
        { origin: 'https://*.org', vendor: 'seis' },
      ],
    });
    expect(policy.districtHosts).toBeNull();
    expect(problems).toEqual([
      {
        key: 'districtHosts',
        detail:
          'districtHosts[1].origin: must start with https://; districtHosts[2].origin: uses a wildcard over a whole top-level domain or an IP address',
      },
    ]);
    expect(
      readPolicy({ districtHosts: [{ origin: 'https://a.org', vendor: 'x' }] }).problems,
    ).toMatchInlineSnapshot(`
      [
        {
          "detail": "districtHosts[0].vendor: is not one of seis, frontline, siras, welligent, powerschool, aeries, generic",
          "key": "districtHosts",
        },
      ]
    `);
  });

  it('locks every part with lockSettings, or the parts lockedSettings names', () => {
    expect(readPolicy({ lockSettings: true }).policy.locked).toEqual([...POLICY_PARTS]);
    expect(readPolicy({ lockSettings: false }).policy.locked).toEqual([]);
    expect(
      readPolicy({ lockSettings: false, lockedSettings: ['districtHosts', 'roster'] }).policy
        .locked,
    ).toEqual(['roster', 'districtHosts']);
    // Only locks: the district sets nothing else, yet it manages the settings.
    expect(isManaged(readPolicy({ lockedSettings: ['profile'] }).policy)).toBe(true);
  });

  it('reports malformed locks and locks nothing because of them', () => {
    const read = readPolicy({ lockSettings: 'yes', lockedSettings: ['everything'], asOf: 'today' });
    expect(read.policy.locked).toEqual([]);
    expect(read.policy.asOf).toEqual({ mode: 'today' });
    expect(read.problems.map((p) => p.key)).toEqual(['lockSettings', 'lockedSettings']);
  });

  it('tells the popup whether the district has a say without reading the roster', () => {
    expect(namesPolicy({})).toBe(false);
    expect(namesPolicy({ somethingElse: 1, asOf: null })).toBe(false);
    expect(namesPolicy({ rosterCsv: 'not even a csv' })).toBe(true);
    expect(namesPolicy(undefined)).toBe(false);
  });
});
