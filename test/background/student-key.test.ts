/**
 * The keyed hash that names students in stored choices (src/background/student-key.ts) and the
 * memory kept under it (student-memory.ts): slow to derive (PBKDF2, KDF_ITERATIONS rounds),
 * keyed by a non-extractable key that is never in storage.local, derived once a session, and
 * the first version's choices carried over to it.
 */
import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { fakeBrowser as FakeBrowserValue } from '../security/fake-browser';

type FakeBrowser = typeof FakeBrowserValue;

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser: browser } = await import('../security/fake-browser');
  return { default: browser };
});

import type { PageSnapshot } from '../../src/scrape/snapshot';

let fakeBrowser: FakeBrowser;

/**
 * Fresh modules for each test (the key and salt are loaded once per service-worker life), the
 * fake browser among them; `before` fills its storage first, as an earlier version left it.
 */
async function load(before?: (browser: FakeBrowser) => Promise<unknown>) {
  vi.resetModules();
  // The instance the modules will get: the mock's, whichever registry it came from.
  fakeBrowser = (await import('webextension-polyfill')).default as unknown as FakeBrowser;
  fakeBrowser.storage.local.reset();
  fakeBrowser.storage.session.reset();
  await before?.(fakeBrowser);
  return {
    key: await import('../../src/background/student-key'),
    memory: await import('../../src/background/student-memory'),
  };
}

beforeEach(() => {
  vi.restoreAllMocks();
});

const page = (student: PageSnapshot['student']): PageSnapshot => ({
  vendor: 'seis',
  iep: 'current',
  student,
  caseManager: null,
  primaryDisability: null,
  secondaryDisability: null,
  alternatePlacement: null,
  placement: {},
  services: [],
  missing: [],
});

const ID = 'seis|id|9000001';

describe('student identity and its keyed hash', () => {
  it('prefers the id, then name with birth date, and has none without either', async () => {
    const { studentIdentity } = (await load()).key;
    expect(studentIdentity(page({ id: '9000001', name: 'A, B' }))).toBe(ID);
    expect(studentIdentity(page({ name: 'Student, Demo A', dateOfBirth: '03/14/2017' }))).toBe(
      'seis|name|student demo a|03/14/2017',
    );
    expect(studentIdentity(page({ grade: '3' }))).toBeNull();
  });

  it('is stable for one browser, differs between students, and does not contain the id', async () => {
    const { studentHash } = (await load()).key;
    const a = await studentHash(ID);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await studentHash(ID)).toBe(a);
    expect(await studentHash('seis|id|9000002')).not.toBe(a);
    expect(a).not.toContain('9000001');
  });

  it('derives each hash with PBKDF2 of at least 100,000 rounds, once a session', async () => {
    const { studentHash, KDF_ITERATIONS } = (await load()).key;
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(100_000);
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    const a = await studentHash(ID);
    expect(derive).toHaveBeenCalledTimes(1);
    expect(derive.mock.calls[0]?.[0]).toMatchObject({
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: KDF_ITERATIONS,
    });
    expect(await studentHash(ID)).toBe(a);
    expect(derive).toHaveBeenCalledTimes(1);
    // The session keeps it under a digest, never the identity itself.
    const session = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(session).toContain(a);
    expect(session).not.toContain('9000001');
  });

  it('keeps no key in storage.local: only a salt, which alone derives nothing', async () => {
    const { studentHash } = (await load()).key;
    await studentHash(ID);
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local)).toEqual(['studentKeySalt']);
    expect(local.studentKeySalt).toMatch(/^[0-9a-f]{32}$/);
  });

  it('moves the first version’s key out of storage.local, keeping its hashes readable', async () => {
    const secret = 'ab'.repeat(32);
    const { legacyStudentHash, studentHash } = (
      await load((b) => b.storage.local.set({ studentKeySecret: secret }))
    ).key;
    const old = createHmac('sha256', Buffer.from(secret, 'hex')).update(ID).digest('hex');
    expect(await legacyStudentHash(ID)).toBe(old);
    expect(await studentHash(ID)).not.toBe(old);
    expect(await fakeBrowser.storage.local.get('studentKeySecret')).toEqual({});
  });
});

describe('the memory under the hash', () => {
  it('derives nothing, and loads no key, for a first check when nothing is remembered', async () => {
    const { memory, key } = await load();
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    const sign = vi.spyOn(crypto.subtle, 'sign');
    expect(await memory.quickHash(ID)).toEqual({ hash: null, derive: false });
    expect(derive).not.toHaveBeenCalled();
    expect(sign).not.toHaveBeenCalled();
    // Hashed once this session (say, a finding marked as seen): the next check finds it at once.
    const hash = await key.studentHash(ID);
    expect(await memory.quickHash(ID)).toEqual({ hash, derive: false });
    expect(derive).toHaveBeenCalledTimes(1);
  });

  it('with choices stored, a student not yet hashed this session is to be derived', async () => {
    const { memory } = await load((b) =>
      b.storage.local.set({
        studentRoles: { ['0'.repeat(64)]: { role: 'support', on: '2026-01-01' } },
      }),
    );
    expect(await memory.quickHash(ID)).toEqual({ hash: null, derive: true });
  });

  it('carries a first-version choice over to the slow hash, with its date, and drops the old store', async () => {
    const secret = 'cd'.repeat(32);
    const old = createHmac('sha256', Buffer.from(secret, 'hex')).update(ID).digest('hex');
    const on = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const { memory, key } = await load((b) =>
      b.storage.local.set({
        studentKeySecret: secret,
        roleChoices: { [old]: { role: 'coordinator', on } },
      }),
    );
    expect((await memory.quickHash(ID)).derive).toBe(true);
    const hash = await key.studentHash(ID);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await memory.recall(hash, ID)).chosenRole).toBe('coordinator');
    const local = await fakeBrowser.storage.local.get(null);
    expect(local.studentRoles).toEqual({ [hash as string]: { role: 'coordinator', on } });
    expect(local).not.toHaveProperty('roleChoices');
    expect(local).not.toHaveProperty('studentKeySecret');
  });

  it('a choice made now is not overwritten by an old one carried over', async () => {
    const secret = 'ef'.repeat(32);
    const old = createHmac('sha256', Buffer.from(secret, 'hex')).update(ID).digest('hex');
    const other = 'f'.repeat(64);
    const on = new Date().toISOString().slice(0, 10);
    const { memory, key } = await load((b) =>
      b.storage.local.set({
        studentKeySecret: secret,
        roleChoices: { [old]: { role: 'coordinator', on }, [other]: { role: 'support', on } },
      }),
    );
    const hash = await key.studentHash(ID);
    await memory.rememberRole(hash, ID, null);
    expect((await memory.recall(hash, ID)).chosenRole).toBeNull();
    // Another student's old choice waits for that student.
    expect((await fakeBrowser.storage.local.get('roleChoices')).roleChoices).toEqual({
      [other]: { role: 'support', on },
    });
  });
});
