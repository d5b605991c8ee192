import { describe, expect, it, vi } from 'vitest';

// The sync module wires itself to the real browser through webextension-polyfill, which refuses
// to load outside an extension; these tests pass their own fake API to syncDistrictHosts.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const { DISTRICT_SCRIPT_PREFIX, scriptIdFor, syncDistrictHosts } = await import(
  '../../src/background/district-hosts'
);
const { readPolicy } = await import('../../src/settings/policy');
type SyncApi = import('../../src/background/district-hosts').SyncApi;
type DistrictScript = import('../../src/background/district-hosts').DistrictScript;

const JS = ['src/content/index.js'];

function fakeBrowser(opts: {
  hosts?: unknown;
  granted?: string[];
  registered?: DistrictScript[];
  js?: string[];
  refuse?: string[];
  /** storage.managed as the browser would return it. */
  policy?: Record<string, unknown>;
}) {
  const registered = new Map((opts.registered ?? []).map((s) => [s.id, s]));
  const calls: string[] = [];
  const api: SyncApi = {
    storage: {
      get: async () => (opts.hosts === undefined ? {} : { districtHosts: opts.hosts }),
      set: async () => undefined,
    },
    policy: async () => readPolicy(opts.policy ?? {}),
    contentScriptFiles: () => opts.js ?? JS,
    hasAccess: async (pattern) => (opts.granted ?? []).includes(pattern),
    getRegistered: async () => [...registered.values()],
    register: async (scripts) => {
      for (const s of scripts) {
        if (opts.refuse?.some((o) => s.id.endsWith(o))) throw new Error('refused');
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        calls.push(`register ${s.id}`);
        registered.set(s.id, s);
      }
    },
    unregister: async (ids) => {
      for (const id of ids) {
        calls.push(`unregister ${id}`);
        registered.delete(id);
      }
    },
  };
  return { api, registered, calls };
}

const SEIS = { origin: 'https://seis.example-usd.org', vendor: 'seis' };
const WILD = { origin: 'https://*.other-usd.org', vendor: 'frontline' };

describe('syncDistrictHosts', () => {
  it('registers the content script on every stored address the browser allows', async () => {
    const fake = fakeBrowser({
      hosts: [SEIS, WILD],
      granted: ['https://seis.example-usd.org/*', 'https://*.other-usd.org/*'],
    });
    const report = await syncDistrictHosts(fake.api);
    expect(report.registered).toEqual([scriptIdFor(SEIS.origin), scriptIdFor(WILD.origin)]);
    expect(fake.registered.get(scriptIdFor(SEIS.origin))).toEqual({
      id: `${DISTRICT_SCRIPT_PREFIX}https://seis.example-usd.org`,
      matches: ['https://seis.example-usd.org/*'],
      js: JS,
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('skips an address whose access was not granted or was taken back', async () => {
    const fake = fakeBrowser({
      hosts: [SEIS, WILD],
      granted: ['https://*.other-usd.org/*'],
      registered: [
        { id: scriptIdFor(SEIS.origin), matches: ['https://seis.example-usd.org/*'], js: JS },
      ],
    });
    const report = await syncDistrictHosts(fake.api);
    expect(report).toEqual({
      registered: [scriptIdFor(WILD.origin)],
      unregistered: [scriptIdFor(SEIS.origin)],
      failed: [],
    });
  });

  it('unregisters removed addresses, leaves other scripts alone, and does nothing twice', async () => {
    const fake = fakeBrowser({
      hosts: [SEIS],
      granted: ['https://seis.example-usd.org/*'],
      registered: [
        {
          id: scriptIdFor('https://gone.example.org'),
          matches: ['https://gone.example.org/*'],
          js: JS,
        },
        { id: 'someone-else', matches: ['https://x.org/*'], js: ['x.js'] },
      ],
    });
    await syncDistrictHosts(fake.api);
    expect([...fake.registered.keys()].sort()).toEqual(
      ['someone-else', scriptIdFor(SEIS.origin)].sort(),
    );
    fake.calls.length = 0;
    expect(await syncDistrictHosts(fake.api)).toEqual({
      registered: [],
      unregistered: [],
      failed: [],
    });
    expect(fake.calls).toEqual([]);
  });

  it('re-registers a script whose built file changed with an update', async () => {
    const fake = fakeBrowser({
      hosts: [SEIS],
      granted: ['https://seis.example-usd.org/*'],
      registered: [
        {
          id: scriptIdFor(SEIS.origin),
          matches: ['https://seis.example-usd.org/*'],
          js: ['old.js'],
        },
      ],
    });
    await syncDistrictHosts(fake.api);
    expect(fake.calls).toEqual([
      `unregister ${scriptIdFor(SEIS.origin)}`,
      `register ${scriptIdFor(SEIS.origin)}`,
    ]);
    expect(fake.registered.get(scriptIdFor(SEIS.origin))?.js).toEqual(JS);
  });

  it('removes every district script when the stored list is corrupt or empty', async () => {
    const registered = [
      { id: scriptIdFor(SEIS.origin), matches: ['https://seis.example-usd.org/*'], js: JS },
    ];
    for (const hosts of [[{ origin: 'http://bad', vendor: 'seis' }], [], undefined]) {
      const fake = fakeBrowser({ hosts, granted: ['https://seis.example-usd.org/*'], registered });
      expect((await syncDistrictHosts(fake.api)).unregistered).toEqual([scriptIdFor(SEIS.origin)]);
    }
  });

  it('keeps going when the browser refuses one address', async () => {
    const fake = fakeBrowser({
      hosts: [SEIS, WILD],
      granted: ['https://seis.example-usd.org/*', 'https://*.other-usd.org/*'],
      refuse: ['seis.example-usd.org'],
    });
    const report = await syncDistrictHosts(fake.api);
    expect(report.failed).toEqual(['https://seis.example-usd.org']);
    expect(report.registered).toEqual([scriptIdFor(WILD.origin)]);
  });

  it("registers the district's addresses like the user's, only where the browser allows them", async () => {
    const DISTRICT = 'https://iep.district-usd.org';
    const fake = fakeBrowser({
      hosts: [SEIS],
      policy: {
        districtHosts: [
          { origin: DISTRICT, vendor: 'seis' },
          { origin: 'https://not-allowed.district-usd.org', vendor: 'seis' },
        ],
      },
      granted: ['https://seis.example-usd.org/*', `${DISTRICT}/*`],
    });
    const report = await syncDistrictHosts(fake.api);
    expect(report.registered).toEqual([scriptIdFor(DISTRICT), scriptIdFor(SEIS.origin)]);
  });

  it("registers only the district's addresses when it locks them", async () => {
    const DISTRICT = 'https://iep.district-usd.org';
    const fake = fakeBrowser({
      hosts: [SEIS],
      policy: { districtHosts: [{ origin: DISTRICT, vendor: 'seis' }], lockSettings: true },
      granted: ['https://seis.example-usd.org/*', `${DISTRICT}/*`],
      registered: [
        { id: scriptIdFor(SEIS.origin), matches: ['https://seis.example-usd.org/*'], js: JS },
      ],
    });
    const report = await syncDistrictHosts(fake.api);
    expect(report).toEqual({
      registered: [scriptIdFor(DISTRICT)],
      unregistered: [scriptIdFor(SEIS.origin)],
      failed: [],
    });
  });

  it('registers nothing when the build has no content script to point at', async () => {
    const fake = fakeBrowser({
      hosts: [SEIS],
      granted: ['https://seis.example-usd.org/*'],
      js: [],
    });
    expect((await syncDistrictHosts(fake.api)).registered).toEqual([]);
  });
});
