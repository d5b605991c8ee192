/**
 * A student's identity as a keyed hash, for remembering a role choice or an acknowledgement
 * without storing who the student is.
 *
 * Seven-digit student ids are few enough to try them all, so the hash must be slow to compute
 * even for someone holding everything the extension stores: it is HMAC-SHA-256, under a random
 * non-extractable key kept in IndexedDB (key-store.ts), of PBKDF2-SHA-256 of the identity with
 * KDF_ITERATIONS rounds and a random salt made on this browser. Trying every id then costs
 * 10^7 derivations (about 85 ms each in Chromium here: ten days of one core; `node bench/kdf.js`
 * measures it) instead of the 80 s all of them took when the key sat as text in storage.local. Each student's hash is
 * derived once per browser session and kept in storage.session (memory only), so only the first
 * view of a student in a session pays for it, and only when there is a stored choice to find.
 *
 * The first version's key (storage.local `studentKeySecret`) is moved into IndexedDB, as the
 * same key, and removed from storage.local; its plain HMACs (`legacyStudentHash`) are only read,
 * to carry each stored choice over to the slow hash when its student is next seen.
 */
import browser from 'webextension-polyfill';
import { fold } from '../rules';
import type { PageSnapshot } from '../scrape/snapshot';
import { readKey, writeKey } from './key-store';

const LEGACY_SECRET = 'studentKeySecret';
const SALT = 'studentKeySalt';
const MAC_KEY = 'student-mac';
/** OWASP's figure for PBKDF2-SHA-256; about 80 ms per derivation in Chromium here (bench/kdf.js). */
export const KDF_ITERATIONS = 600_000;
const cacheKey = (digest: string) => `studentKey:${digest}`;
/** Set in storage.session once any student's hash has been derived this session. */
export const HASHED_THIS_SESSION = 'studentKeysInUse';

/**
 * What identifies the student on the page: the vendor's student id, else the name and birth
 * date, else the name; null when the page shows none of them (nothing is remembered then).
 */
export function studentIdentity(snapshot: PageSnapshot): string | null {
  const { id, name, dateOfBirth } = snapshot.student;
  if (id) return `${snapshot.vendor}|id|${fold(id)}`;
  if (name) return `${snapshot.vendor}|name|${fold(name)}|${dateOfBirth ?? ''}`;
  return null;
}

interface Keys {
  mac: CryptoKey;
  salt: Uint8Array<ArrayBuffer>;
}

let keys: Promise<Keys> | undefined;

const HMAC = { name: 'HMAC', hash: 'SHA-256' } as const;
const isHex = (x: unknown, digits: number): x is string =>
  typeof x === 'string' && new RegExp(`^[0-9a-f]{${digits}}$`).test(x);
const fromHex = (hex: string) =>
  Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function loadKeys(): Promise<Keys> {
  const local = await browser.storage.local.get([LEGACY_SECRET, SALT]);
  let mac = await readKey(MAC_KEY);
  if (!mac) {
    const legacy = local[LEGACY_SECRET];
    mac = isHex(legacy, 64)
      ? await crypto.subtle.importKey('raw', fromHex(legacy), HMAC, false, ['sign'])
      : ((await crypto.subtle.generateKey({ ...HMAC, length: 256 }, false, ['sign'])) as CryptoKey);
    await writeKey(MAC_KEY, mac);
  }
  // Only once the key is safely in IndexedDB does its text copy go.
  if (LEGACY_SECRET in local) await browser.storage.local.remove(LEGACY_SECRET);
  let salt: Uint8Array<ArrayBuffer>;
  if (isHex(local[SALT], 32)) salt = fromHex(local[SALT]);
  else {
    salt = crypto.getRandomValues(new Uint8Array(16));
    await browser.storage.local.set({ [SALT]: toHex(salt) });
  }
  return { mac, salt };
}

function loaded(): Promise<Keys> {
  keys ??= loadKeys().catch((error: unknown) => {
    keys = undefined;
    throw error;
  });
  return keys;
}

const encode = (text: string) => new TextEncoder().encode(text);

async function mac(data: BufferSource): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', (await loaded()).mac, data)));
}

/** The slow derivation itself, uncached (bench/kdf.js times it). */
export async function deriveStudentHash(identity: string): Promise<string> {
  const { salt } = await loaded();
  const password = await crypto.subtle.importKey('raw', encode(identity), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: KDF_ITERATIONS },
    password,
    256,
  );
  return mac(bits);
}

/**
 * Where this session keeps the student's hash (in memory only): named by a fast keyed hash,
 * not a plain digest, which anyone could match to an id by trying them all.
 */
async function sessionSlot(identity: string): Promise<string> {
  return cacheKey(await mac(encode(`session|${identity}`)));
}

/** The hash already derived this session, or null. */
export async function cachedStudentHash(identity: string): Promise<string | null> {
  const slot = await sessionSlot(identity);
  const found = (await browser.storage.session.get(slot))[slot];
  return isHex(found, 64) ? found : null;
}

/** The keyed hash of a student identity, 64 hex digits. */
export async function studentHash(identity: string): Promise<string> {
  const cached = await cachedStudentHash(identity);
  if (cached) return cached;
  const hash = await deriveStudentHash(identity);
  await browser.storage.session.set({
    [await sessionSlot(identity)]: hash,
    [HASHED_THIS_SESSION]: true,
  });
  return hash;
}

/**
 * A value read for a student (the case manager's name, say) as a correction stores it: an HMAC
 * under this browser's key, bound to the student's hash, so the stored digest says nothing of the
 * value without the key, and the same name read for two students gives two digests.
 */
export function readingDigest(hash: string, value: string): Promise<string> {
  return mac(encode(`reading|${hash}|${fold(value)}`));
}

/** The first version's hash (one HMAC of the identity), to find choices stored under it. */
export function legacyStudentHash(identity: string): Promise<string> {
  return mac(encode(identity));
}
