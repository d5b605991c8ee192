/**
 * The background's only door (src/background/handle-message.ts): every message is checked
 * against the protocol and its sender before anything runs. Foreign senders and malformed
 * messages get a fixed reason and change nothing; messages meant for tabs come from tabs; tab
 * status is for extension pages; a failure inside a check is reported without page data.
 */

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import {
  EXTENSION_ID,
  fakeBrowser,
  resetFakeBrowser,
  storageWrites,
} from '../security/fake-browser';

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser: browser } = await import('../security/fake-browser');
  return { default: browser };
});

const { handleMessage } = await import('../../src/background/handle-message');

import {
  EXTENSION_PAGE,
  frameSender,
  PAGE,
  ROSTER,
  SNAPSHOT,
} from '../security/background-fixtures';

const PROTOCOL = { ok: false, error: 'The message did not match the protocol.' };
const check = (snapshot: unknown = SNAPSHOT) => ({ type: 'check-page', snapshot });

// A failed test must not leave console.error spied on for the next.
afterEach(() => {
  vi.restoreAllMocks();
});

beforeEach(async () => {
  resetFakeBrowser();
  await fakeBrowser.storage.local.set({ roster: ROSTER });
  fakeBrowser.storage.local.writes = 0;
});

describe('who may send', () => {
  it.each([
    ['another extension', { id: 'someotherextensionid', tab: { id: 7 }, frameId: 0, url: PAGE }],
    ['a sender with no id (a web page)', { url: PAGE, tab: { id: 7 }, frameId: 0 }],
    ['an empty sender', {}],
  ])('%s gets "Unknown sender." and changes nothing', async (_, sender) => {
    for (const message of [check(), { type: 'tab-status', tabId: 7 }, { type: 'which-vendor' }]) {
      expect(await handleMessage(message, sender as Runtime.MessageSender)).toEqual({
        ok: false,
        error: 'Unknown sender.',
      });
    }
    expect(storageWrites()).toBe(0);
    expect(fakeBrowser.action.setBadgeText).not.toHaveBeenCalled();
  });

  it('page checks, role choices and acknowledgements come from tabs only', async () => {
    for (const message of [
      check(),
      { type: 'choose-role', role: 'coordinator' },
      { type: 'acknowledge', finding: 'instruction-authorization||' },
    ]) {
      expect(await handleMessage(message, EXTENSION_PAGE)).toEqual({
        ok: false,
        error: 'Page checks come from tabs only.',
      });
    }
    expect(
      await handleMessage(
        { type: 'correct', correction: { kind: 'not-case-manager' } },
        EXTENSION_PAGE,
      ),
    ).toEqual({ ok: false, error: 'Page checks come from tabs only.' });
    expect(await handleMessage({ type: 'open-tool', tool: 'outline' }, EXTENSION_PAGE)).toEqual({
      ok: false,
      error: 'Tools open from tabs only.',
    });
    // A tab without a frame id is no content script either.
    const noFrame = { ...frameSender(), frameId: undefined } as Runtime.MessageSender;
    expect(await handleMessage(check(), noFrame)).toMatchObject({ ok: false });
    expect(storageWrites()).toBe(0);
  });

  it('a tab status is for extension pages only: a content script cannot read other tabs', async () => {
    await handleMessage(check(), frameSender(7));
    expect(await handleMessage({ type: 'tab-status', tabId: 7 }, frameSender(8))).toEqual({
      ok: false,
      error: 'Only extension pages may read tab status.',
    });
    // An address that only starts like an extension page's is no extension page.
    const lookalike = { ...frameSender(8), url: `chrome-extension://${EXTENSION_ID}x/` };
    expect(await handleMessage({ type: 'tab-status', tabId: 7 }, lookalike)).toMatchObject({
      ok: false,
    });
    expect(await handleMessage({ type: 'tab-status', tabId: 7 }, EXTENSION_PAGE)).toMatchObject({
      iep: 'current',
      vendor: 'seis',
      result: { status: 'violation' },
    });
  });

  it('which-vendor answers nothing to a sender without a tab', async () => {
    expect(await handleMessage({ type: 'which-vendor' }, EXTENSION_PAGE)).toEqual({ vendor: null });
  });
});

describe('what may be sent', () => {
  const long = 'x'.repeat(501);
  const service = SNAPSHOT.services[0];
  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'check-page'],
    ['a number', 42],
    ['an array', [check()]],
    ['no type', { snapshot: SNAPSHOT }],
    ['an unknown type', { type: 'delete-everything' }],
    ['a type of the wrong case', { type: 'Check-Page', snapshot: SNAPSHOT }],
    ['a content-script request sent the wrong way', { type: 'recheck' }],
    ['a check without a snapshot', { type: 'check-page' }],
    ['an unknown vendor', check({ ...SNAPSHOT, vendor: 'evil' })],
    ['an unknown IEP view', check({ ...SNAPSHOT, iep: 'past' })],
    ['a text over 500 characters', check({ ...SNAPSHOT, student: { name: long } })],
    ['a case manager of the wrong type', check({ ...SNAPSHOT, caseManager: 'Rivera, Jordan' })],
    ['more than 200 services', check({ ...SNAPSHOT, services: Array(201).fill(service) })],
    ['more than 50 missing fields', check({ ...SNAPSHOT, missing: Array(51).fill('grade') })],
    ['a missing field no adapter looks for', check({ ...SNAPSHOT, missing: ['everything'] })],
    ['a missing field as prose', check({ ...SNAPSHOT, missing: ['services (not all shown)'] })],
    [
      'a partial read without its counts',
      check({ ...SNAPSHOT, missing: ['services (partial: some of 25 rows rendered)'] }),
    ],
    [
      'minutes beyond a week',
      check({ ...SNAPSHOT, services: [{ ...service, minutesPerWeek: 10_081 }] }),
    ],
    ['negative minutes', check({ ...SNAPSHOT, services: [{ ...service, minutesPerWeek: -1 }] })],
    ['a service without a name', check({ ...SNAPSHOT, services: [{ code: '330' }] })],
    ['an unknown role', { type: 'choose-role', role: 'principal' }],
    ['a finding key over 200 characters', { type: 'acknowledge', finding: 'x'.repeat(201) }],
    ['a negative tab id', { type: 'tab-status', tabId: -1 }],
    ['a fractional tab id', { type: 'tab-status', tabId: 1.5 }],
    ['a tab id as text', { type: 'tab-status', tabId: '7' }],
    ['a prototype key', JSON.parse('{"type":"check-page","__proto__":{"snapshot":{}}}')],
    ['a correction of an unknown kind', { type: 'correct', correction: { kind: 'all-clear' } }],
    ['a correction without its kind', { type: 'correct', correction: {} }],
    [
      'a provider correction naming no service code',
      { type: 'correct', correction: { kind: 'not-provider', service: 'speech' } },
    ],
    [
      'a disability correction naming no category',
      { type: 'correct', correction: { kind: 'primary-disability', code: '999' } },
    ],
    ['an unknown tool', { type: 'open-tool', tool: 'eval' }],
  ])('%s is refused as off-protocol, changing nothing', async (_, message) => {
    expect(await handleMessage(message, frameSender())).toEqual(PROTOCOL);
    expect(await handleMessage(message, EXTENSION_PAGE)).toEqual(PROTOCOL);
    expect(storageWrites()).toBe(0);
    expect(fakeBrowser.action.setBadgeText).not.toHaveBeenCalled();
  });

  it('every name `missing` holds is accepted, a partial services read among them', async () => {
    const missing = [
      'caseManager',
      'primaryDisability',
      'grade',
      'services',
      'services.unread',
      'services (partial: 10 of 25 rows rendered)',
    ];
    expect(await handleMessage(check({ ...SNAPSHOT, missing }), frameSender())).toMatchObject({
      ok: true,
    });
  });

  it('a role or acknowledgement before the frame was checked is refused', async () => {
    expect(await handleMessage({ type: 'choose-role', role: null }, frameSender())).toEqual({
      ok: false,
      error: 'This page has not been checked yet.',
    });
  });
});

describe('a correction (issue 16)', () => {
  const correct = (correction: unknown) => ({ type: 'correct', correction });

  it('before the frame was checked is refused', async () => {
    expect(await handleMessage(correct({ kind: 'not-case-manager' }), frameSender())).toEqual({
      ok: false,
      error: 'This page has not been checked yet.',
    });
    expect(storageWrites()).toBe(0);
  });

  it('is checked at once, stored under the keyed hash as digests only, and undone', async () => {
    await handleMessage(check(), frameSender());
    const reply = await handleMessage(correct({ kind: 'not-case-manager' }), frameSender());
    // No case manager: a review, never an all-clear.
    expect(reply).toMatchObject({
      ok: true,
      corrected: ['caseManager'],
      result: { status: 'review' },
    });
    const { studentCorrections } = await fakeBrowser.storage.local.get('studentCorrections');
    const entries = Object.entries(studentCorrections as Record<string, unknown>);
    expect(entries).toEqual([
      [
        expect.stringMatching(/^[0-9a-f]{64}$/),
        { on: expect.any(String), caseManager: { not: expect.stringMatching(/^[0-9a-f]{64}$/) } },
      ],
    ]);
    const local = JSON.stringify(await fakeBrowser.storage.local.get('studentCorrections'));
    for (const identifier of ['9000001', 'Demo A', '03/14/2017', 'Rivera']) {
      expect(local).not.toContain(identifier);
    }
    // Checked again later (the page re-read): still corrected.
    expect(await handleMessage(check(), frameSender())).toMatchObject({
      corrected: ['caseManager'],
    });
    const undone = await handleMessage(
      correct({ kind: 'undo', field: 'caseManager' }),
      frameSender(),
    );
    expect(undone).toMatchObject({ ok: true, corrected: [], result: { status: 'violation' } });
    expect(await fakeBrowser.storage.local.get('studentCorrections')).toEqual({});
  });

  it('of a reading the page does not show changes nothing', async () => {
    await handleMessage(check(), frameSender());
    const reply = await handleMessage(
      correct({ kind: 'not-provider', service: '350' }),
      frameSender(),
    );
    expect(reply).toMatchObject({ ok: true, corrected: [] });
    expect(await fakeBrowser.storage.local.get('studentCorrections')).toEqual({});
  });
});

describe('a check', () => {
  it('from a tab gives the verdict and keeps the student in session memory only', async () => {
    const reply = await handleMessage(check(), frameSender());
    expect(reply).toMatchObject({ ok: true, draw: true, result: { status: 'violation' } });
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    // The roster, and the key of the student hashes once made (the module keeps it after).
    for (const key of Object.keys(await fakeBrowser.storage.local.get(null))) {
      expect(['roster', 'studentKeySecret']).toContain(key);
    }
    for (const identifier of ['9000001', 'Demo A', '03/14/2017']) {
      expect(local).not.toContain(identifier);
    }
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).toContain('9000001');
  });

  it('whose tab closed meanwhile answers without an error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fakeBrowser.action.setBadgeText.mockRejectedValue(new Error('No tab with id: 7.'));
    expect(await handleMessage(check(), frameSender())).toMatchObject({ ok: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('that fails says so without page data, in the reply and in the log', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A store that fails, quoting what it was given (as some errors do).
    fakeBrowser.storage.session.failNextSet = new Error(
      `QUOTA_BYTES quota exceeded: ${JSON.stringify(SNAPSHOT)}`,
    );
    const reply = await handleMessage(check(), frameSender());
    expect(reply).toEqual({ ok: false, error: 'The check could not be completed.' });
    expect(error).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(error.mock.calls);
    for (const identifier of ['9000001', 'Demo A', '03/14/2017', 'Rivera']) {
      expect(logged).not.toContain(identifier);
    }
    error.mockRestore();
  });
});
