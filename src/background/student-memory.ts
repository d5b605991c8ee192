/**
 * What the user told the extension about a student, found by the student's keyed hash
 * (student-key.ts): the role they chose for the case manager (storage.local, kept across
 * sessions, see settings/role-choices.ts) and the findings they acknowledged (storage.session:
 * gone when the browser closes, as issue 5 asks).
 *
 * Roles are stored under `studentRoles`, keyed by the slow hash. `roleChoices` holds those made
 * before it, keyed by the first version's fast HMAC: each is carried over when its student is
 * next seen, and the old store removed once it is empty (its entries expire after 400 days).
 */
import browser from 'webextension-polyfill';
import type { ChosenRole } from '../messages';
import { choiceFor, type RoleChoices, readChoices, withChoice } from '../settings/role-choices';
import { localToday } from './as-of';
import { cachedStudentHash, HASHED_THIS_SESSION, legacyStudentHash } from './student-key';

const ROLES = 'studentRoles';
const LEGACY = 'roleChoices';
/** More than any student's findings: a bound, not a limit anyone meets. */
const MAX_ACKNOWLEDGED = 100;
const ackKey = (hash: string) => `ack:${hash}`;

export interface StudentMemory {
  chosenRole: ChosenRole;
  acknowledged: string[];
}

const isEmpty = (choices: RoleChoices) => Object.keys(choices).length === 0;

/**
 * The student's hash if it is known without the slow derivation (derived earlier this
 * session), and whether deriving it could find something: only when choices are stored.
 * Acknowledgements exist only for students hashed this session, so those are always found.
 * A browser with nothing remembered makes two plain reads and never even loads the key.
 */
export async function quickHash(
  identity: string,
): Promise<{ hash: string | null; derive: boolean }> {
  const [local, session] = await Promise.all([
    browser.storage.local.get([ROLES, LEGACY]),
    browser.storage.session.get(HASHED_THIS_SESSION),
  ]);
  const hash = session[HASHED_THIS_SESSION] ? await cachedStudentHash(identity) : null;
  const stored = !isEmpty(readChoices(local[ROLES])) || !isEmpty(readChoices(local[LEGACY]));
  return { hash, derive: !hash && stored };
}

/**
 * Moves this student's choice, if the old store has one, to the new store, and drops expired
 * old entries; removes the old store once empty. Returns the new store.
 */
async function carryOver(
  identity: string,
  hash: string,
  roles: RoleChoices,
  legacy: RoleChoices,
  today: string,
): Promise<RoleChoices> {
  if (isEmpty(legacy)) return roles;
  const old = await legacyStudentHash(identity);
  const found = choiceFor(legacy, old, today);
  const rest = Object.fromEntries(
    Object.entries(legacy).filter(([key]) => key !== old && choiceFor(legacy, key, today)),
  );
  if (!found && Object.keys(rest).length === Object.keys(legacy).length) return roles;
  const next = found && !roles[hash] ? withChoice(roles, hash, found.role, today, found.on) : roles;
  await browser.storage.local.set({ [ROLES]: next });
  if (isEmpty(rest)) await browser.storage.local.remove(LEGACY);
  else await browser.storage.local.set({ [LEGACY]: rest });
  return next;
}

export async function recall(hash: string | null, identity: string | null): Promise<StudentMemory> {
  if (!hash || !identity) return { chosenRole: null, acknowledged: [] };
  const [local, session] = await Promise.all([
    browser.storage.local.get([ROLES, LEGACY]),
    browser.storage.session.get(ackKey(hash)),
  ]);
  const today = localToday();
  const roles = await carryOver(
    identity,
    hash,
    readChoices(local[ROLES]),
    readChoices(local[LEGACY]),
    today,
  );
  const acknowledged = session[ackKey(hash)];
  return {
    chosenRole: choiceFor(roles, hash, today)?.role ?? null,
    acknowledged: Array.isArray(acknowledged)
      ? acknowledged.filter((k): k is string => typeof k === 'string')
      : [],
  };
}

export async function rememberRole(
  hash: string,
  identity: string,
  role: ChosenRole,
): Promise<void> {
  const local = await browser.storage.local.get([ROLES, LEGACY]);
  const today = localToday();
  // Carried over first, so an old choice cannot come back over the one made now.
  const roles = await carryOver(
    identity,
    hash,
    readChoices(local[ROLES]),
    readChoices(local[LEGACY]),
    today,
  );
  await browser.storage.local.set({ [ROLES]: withChoice(roles, hash, role, today) });
}

export async function acknowledge(hash: string, finding: string): Promise<void> {
  const stored = (await browser.storage.session.get(ackKey(hash)))[ackKey(hash)];
  const acknowledged = Array.isArray(stored) ? stored : [];
  if (acknowledged.includes(finding)) return;
  const next = [...acknowledged, finding].slice(-MAX_ACKNOWLEDGED);
  await browser.storage.session.set({ [ackKey(hash)]: next });
}
