import { describe, expect, it } from 'vitest';
import {
  addHost,
  checkNewHost,
  type HostAccessApi,
  removeHost,
} from '../../src/options/district-host-actions';
import type { DistrictHost } from '../../src/settings/district-hosts';

const BUILT_IN = ['https://*.seis.org/*', 'https://*.aeries.net/*'];
const SEIS: DistrictHost = { origin: 'https://seis.example-usd.org', vendor: 'seis' };

function fakeApi(answer: boolean | Error, saveOk = true) {
  const log: string[] = [];
  const api: HostAccessApi = {
    request: (pattern) => {
      log.push(`request ${pattern}`);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    release: async (pattern) => {
      log.push(`release ${pattern}`);
      return true;
    },
    save: async (hosts) => {
      log.push(`save ${hosts.map((h) => h.origin).join(',')}`);
      return saveOk ? { ok: true } : { ok: false, errors: ['no'] };
    },
  };
  return { api, log };
}

describe('checkNewHost', () => {
  it('turns typed text into the host to add', () => {
    expect(checkNewHost(' SEIS.example-usd.org/iep ', 'seis', [], BUILT_IN)).toEqual({
      ok: true,
      host: SEIS,
    });
  });

  it('says why an address cannot be added, before asking the browser', () => {
    expect(checkNewHost('http://x.org', 'seis', [], BUILT_IN)).toEqual({
      ok: false,
      problem: 'not-https',
    });
    expect(checkNewHost('seis.example-usd.org', 'generic', [SEIS], BUILT_IN)).toEqual({
      ok: false,
      problem: 'duplicate',
    });
    expect(checkNewHost('district.seis.org', 'seis', [], BUILT_IN)).toEqual({
      ok: false,
      problem: 'built-in',
    });
    const full = Array.from({ length: 50 }, (_, i) => ({
      origin: `https://d${i}.example.org`,
      vendor: 'seis' as const,
    }));
    expect(checkNewHost('new.example.org', 'seis', full, BUILT_IN)).toEqual({
      ok: false,
      problem: 'full',
    });
  });
});

describe('addHost', () => {
  it('asks for the one origin first, synchronously, then saves on a grant', async () => {
    const { api, log } = fakeApi(true);
    const pending = addHost(SEIS, [], api);
    // Before any await has settled: the request must already be made inside the click.
    expect(log).toEqual(['request https://seis.example-usd.org/*']);
    expect(await pending).toEqual({ kind: 'added', hosts: [SEIS] });
    expect(log).toEqual([
      'request https://seis.example-usd.org/*',
      'save https://seis.example-usd.org',
    ]);
  });

  it('saves nothing when the user says no', async () => {
    const { api, log } = fakeApi(false);
    expect(await addHost(SEIS, [], api)).toEqual({ kind: 'denied' });
    expect(log).toEqual(['request https://seis.example-usd.org/*']);
  });

  it('reports a failed request, and gives back access it could not save', async () => {
    expect(await addHost(SEIS, [], fakeApi(new Error('no gesture')).api)).toEqual({
      kind: 'failed',
    });
    const { api, log } = fakeApi(true, false);
    expect(await addHost(SEIS, [], api)).toEqual({ kind: 'failed' });
    expect(log.at(-1)).toBe('release https://seis.example-usd.org/*');
  });
});

describe('removeHost', () => {
  it('saves the shorter list, then releases the access', async () => {
    const other: DistrictHost = { origin: 'https://iep.other.org', vendor: 'welligent' };
    const { api, log } = fakeApi(true);
    expect(await removeHost(SEIS.origin, [SEIS, other], api)).toEqual({
      kind: 'removed',
      hosts: [other],
    });
    expect(log).toEqual(['save https://iep.other.org', 'release https://seis.example-usd.org/*']);
  });

  it('keeps the access when the list could not be saved', async () => {
    const { api, log } = fakeApi(true, false);
    expect(await removeHost(SEIS.origin, [SEIS], api)).toEqual({ kind: 'failed' });
    expect(log).toEqual(['save ']);
  });
});
