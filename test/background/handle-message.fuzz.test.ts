/**
 * 10,000 fuzzed messages through the background's door, from every kind of sender: near-valid
 * snapshots full of hostile text (so they reach the rules), off-protocol shapes, anything at
 * all. The handler must always answer (never throw), answer in the protocol's shapes with a
 * fixed reason when it refuses, never log a failure (a check that throws inside is a crash the
 * handler hides), leave storage alone for foreign senders, and still check a real page after.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { CheckPageResponse, TabStatusResponse, WhichVendorResponse } from '../../src/messages';
import { frameSender, ROSTER, SNAPSHOT } from '../security/background-fixtures';
import {
  EXTENSION_ID,
  fakeBrowser,
  resetFakeBrowser,
  storageWrites,
} from '../security/fake-browser';
import { message, text } from '../security/message-arbitraries';

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser: browser } = await import('../security/fake-browser');
  return { default: browser };
});

const { handleMessage } = await import('../../src/background/handle-message');

const RUNS = 10_000;

const Reply = v.union([CheckPageResponse, TabStatusResponse, WhichVendorResponse]);
const REASONS = new Set([
  'Unknown sender.',
  'The message did not match the protocol.',
  'Page checks come from tabs only.',
  'This page has not been checked yet.',
  'Only extension pages may read tab status.',
]);

// ---------------------------------------------------------------------------------------------
// Senders

const contentScript = fc
  .record({
    tab: fc.integer({ min: 1, max: 3 }),
    frame: fc.integer({ min: 0, max: 2 }),
    doc: fc.constantFrom('doc-a', 'doc-b'),
  })
  .map(({ tab, frame, doc }) => ({ sender: frameSender(tab, frame, doc), foreign: false }));
const extensionPage = fc.constant({
  sender: { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/src/popup/index.html` },
  foreign: false,
});
const foreign = fc
  .record({
    id: fc.oneof(fc.constant(undefined), fc.constant('anotherextension'), text),
    url: fc.constantFrom('https://www.seis.org/', `chrome-extension://${EXTENSION_ID}/`, ''),
    tab: fc.constantFrom(undefined, { id: 1 }),
    frameId: fc.constantFrom(undefined, 0),
  })
  .filter((s) => s.id !== EXTENSION_ID)
  .map((sender) => ({ sender, foreign: true }));
const sender = fc.oneof({ weight: 6, arbitrary: contentScript }, extensionPage, foreign);

describe(`the background's door under ${RUNS.toLocaleString('en-US')} fuzzed messages`, () => {
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  let answered = 0;
  let checked = 0;

  beforeAll(async () => {
    resetFakeBrowser();
    await fakeBrowser.storage.local.set({ roster: ROSTER });
  });
  afterAll(() => {
    error.mockRestore();
    warn.mockRestore();
  });

  it('always answers in the protocol, refuses with a fixed reason, never logs a failure', async () => {
    await fc.assert(
      fc.asyncProperty(message, sender, async (msg, { sender: from, foreign: isForeign }) => {
        error.mockClear();
        const writes = storageWrites();
        const reply = (await handleMessage(msg, from as Runtime.MessageSender)) as Record<
          string,
          unknown
        >;
        answered += 1;
        if (reply.ok === false) {
          expect(REASONS).toContain(reply.error);
        } else {
          expect(v.safeParse(Reply, reply).success).toBe(true);
          if (reply.ok === true) checked += 1;
        }
        if (isForeign) {
          expect(reply).toEqual({ ok: false, error: 'Unknown sender.' });
          expect(storageWrites()).toBe(writes);
        }
        expect(error).not.toHaveBeenCalled();
      }),
      { numRuns: RUNS },
    );
    expect(answered).toBe(RUNS);
    // Many reached the rules and came back with a verdict, not just a refusal.
    expect(checked).toBeGreaterThan(RUNS / 20);
  }, 120_000);

  it('still checks a real page afterwards', async () => {
    const reply = await handleMessage(
      { type: 'check-page', snapshot: SNAPSHOT },
      frameSender(9, 0, 'fresh'),
    );
    expect(reply).toMatchObject({ ok: true, result: { status: 'violation' } });
    expect(warn).not.toHaveBeenCalled();
  });
});
