/**
 * A student's identity as a keyed hash, for remembering a role choice or an acknowledgement
 * without storing who the student is. HMAC-SHA-256 under a random 256-bit key made once on
 * this browser: a plain hash of a seven-digit student id could be reversed by trying every id;
 * without the key it cannot.
 */
import browser from 'webextension-polyfill';
import { fold } from '../rules/text';
import type { PageSnapshot } from '../scrape/snapshot';

const SECRET_KEY = 'studentKeySecret';

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

let secret: Promise<CryptoKey> | undefined;

async function loadSecret(): Promise<CryptoKey> {
  const stored = (await browser.storage.local.get(SECRET_KEY))[SECRET_KEY];
  let raw: Uint8Array<ArrayBuffer>;
  if (typeof stored === 'string' && /^[0-9a-f]{64}$/.test(stored)) {
    raw = Uint8Array.from(stored.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
  } else {
    raw = crypto.getRandomValues(new Uint8Array(32));
    await browser.storage.local.set({ [SECRET_KEY]: toHex(raw) });
  }
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The keyed hash of a student identity, 64 hex digits. */
export async function studentHash(identity: string): Promise<string> {
  secret ??= loadSecret().catch((error: unknown) => {
    secret = undefined;
    throw error;
  });
  const mac = await crypto.subtle.sign('HMAC', await secret, new TextEncoder().encode(identity));
  return toHex(new Uint8Array(mac));
}
