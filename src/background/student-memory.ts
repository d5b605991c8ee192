/**
 * What the user told the extension about a student, found by the student's keyed hash
 * (student-key.ts): the role they chose for the case manager (storage.local, kept across
 * sessions, see settings/role-choices.ts) and the findings they acknowledged (storage.session:
 * gone when the browser closes, as issue 5 asks).
 *
 * Roles are stored under `studentRoles`, keyed by the slow hash. `roleChoices` holds those made
 * before it, keyed by the first version's fast HMAC: each is carried over when its student is
 * next seen, and the old store removed once it is empty (its entries expire after 400 days).
 *
 * Corrections of what the page was read to show (check/corrections.ts) are stored the same way,
 * under `studentCorrections`, keyed by the same slow hash, with the same bound and expiry: the
 * values they correct only as digests under this browser's key (student-key.ts readingDigest).
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import {
  hasCorrections,
  type StoredCorrections,
  StoredCorrectionsSchema,
} from '../check/corrections';
import type { ChosenRole } from '../messages';
import { localToday } from '../settings/as-of';
import {
  choiceFor,
  MAX_AGE_DAYS,
  MAX_CHOICES,
  type RoleChoices,
  readChoices,
  withChoice,
} from '../settings/role-choices';
import { cachedStudentHash, HASHED_THIS_SESSION, legacyStudentHash } from './student-key';

const ROLES = 'studentRoles';
const CORRECTIONS = 'studentCorrections';
const LEGACY = 'roleChoices';
/** More than any student's findings: a bound, not a limit anyone meets. */
const MAX_ACKNOWLEDGED = 100;
const ackKey = (hash: string) => `ack:${hash}`;

export interface StudentMemory {
  chosenRole: ChosenRole;
  acknowledged: string[];
  corrections: StoredCorrections | null;
}

const CorrectionsStoreSchema = v.pipe(
  v.record(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)), StoredCorrectionsSchema),
  v.check((r) => Object.keys(r).length <= MAX_CHOICES, 'Too many remembered corrections.'),
);
type CorrectionsStore = v.InferOutput<typeof CorrectionsStoreSchema>;

function readCorrections(stored: unknown): CorrectionsStore {
  const parsed = v.safeParse(CorrectionsStoreSchema, stored);
  return parsed.success ? parsed.output : {};
}

const fresh = (on: string, today: string) =>
  (Date.parse(today) - Date.parse(on)) / 86_400_000 <= MAX_AGE_DAYS;

/** One student's corrections, unless they have expired. */
export async function recallCorrections(hash: string): Promise<StoredCorrections | null> {
  const found = readCorrections((await browser.storage.local.get(CORRECTIONS))[CORRECTIONS])[hash];
  return found && fresh(found.on, localToday()) ? found : null;
}

/**
 * Stores one student's corrections (none left: the entry goes), dropping expired entries and,
 * past the bound, the oldest, as for role choices.
 */
export async function rememberCorrections(
  hash: string,
  corrections: StoredCorrections | null,
): Promise<void> {
  const today = localToday();
  const all = readCorrections((await browser.storage.local.get(CORRECTIONS))[CORRECTIONS]);
  const kept = Object.entries(all).filter(([key, c]) => key !== hash && fresh(c.on, today));
  if (hasCorrections(corrections)) kept.push([hash, corrections]);
  kept.sort(([, a], [, b]) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
  if (kept.length === 0) await browser.storage.local.remove(CORRECTIONS);
  else
    await browser.storage.local.set({
      [CORRECTIONS]: Object.fromEntries(kept.slice(0, MAX_CHOICES)),
    });
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
    browser.storage.local.get([ROLES, LEGACY, CORRECTIONS]),
    browser.storage.session.get(HASHED_THIS_SESSION),
  ]);
  const hash = session[HASHED_THIS_SESSION] ? await cachedStudentHash(identity) : null;
  const stored =
    !isEmpty(readChoices(local[ROLES])) ||
    !isEmpty(readChoices(local[LEGACY])) ||
    Object.keys(readCorrections(local[CORRECTIONS])).length > 0;
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
  if (!hash || !identity) return { chosenRole: null, acknowledged: [], corrections: null };
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
    corrections: await recallCorrections(hash),
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
