/**
 * Chrome's extension id for a manifest `key` (a base64 DER SubjectPublicKeyInfo): the first 32
 * hex digits of the key's SHA-256, each digit 0-f written as a letter a-p. Shared by the unit
 * test that holds README's id to manifest.json and the policy end-to-end test, which loads a
 * copy of the build under a key of its own.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';

export function extensionIdOf(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex');
  return [...hex.slice(0, 32)]
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16)))
    .join('');
}

/** A fresh public key (the private half is thrown away: an unpacked extension needs none). */
export function throwawayKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}
