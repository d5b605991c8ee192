/**
 * What the user told the extension about a student, found by the student's keyed hash
 * (student-key.ts): the role they chose for the case manager (storage.local, kept across
 * sessions, see settings/role-choices.ts) and the findings they acknowledged (storage.session:
 * gone when the browser closes, as issue 5 asks).
 */
import browser from 'webextension-polyfill';
import type { ChosenRole } from '../messages';
import { choiceFor, readChoices, withChoice } from '../settings/role-choices';
import { localToday } from './as-of';

const CHOICES = 'roleChoices';
/** More than any student's findings: a bound, not a limit anyone meets. */
const MAX_ACKNOWLEDGED = 100;
const ackKey = (hash: string) => `ack:${hash}`;

export interface StudentMemory {
  chosenRole: ChosenRole;
  acknowledged: string[];
}

export async function recall(hash: string | null): Promise<StudentMemory> {
  if (!hash) return { chosenRole: null, acknowledged: [] };
  const [local, session] = await Promise.all([
    browser.storage.local.get(CHOICES),
    browser.storage.session.get(ackKey(hash)),
  ]);
  const acknowledged = session[ackKey(hash)];
  return {
    chosenRole: choiceFor(readChoices(local[CHOICES]), hash, localToday())?.role ?? null,
    acknowledged: Array.isArray(acknowledged)
      ? acknowledged.filter((k): k is string => typeof k === 'string')
      : [],
  };
}

export async function rememberRole(hash: string, role: ChosenRole): Promise<void> {
  const stored = (await browser.storage.local.get(CHOICES))[CHOICES];
  await browser.storage.local.set({
    [CHOICES]: withChoice(readChoices(stored), hash, role, localToday()),
  });
}

export async function acknowledge(hash: string, finding: string): Promise<void> {
  const { acknowledged } = await recall(hash);
  if (acknowledged.includes(finding)) return;
  const next = [...acknowledged, finding].slice(-MAX_ACKNOWLEDGED);
  await browser.storage.session.set({ [ackKey(hash)]: next });
}
