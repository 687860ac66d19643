import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A bearer secret (session cookie, device token): 32 random bytes, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Only hashes are stored: a copy of the database does not let anyone log in or pose as a device. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Letters without look-alikes (no 0/O, 1/I/L), so a code is easy to read off a screen and type on a headset. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A pairing code: 8 characters ≈ 40 bits, valid minutes, single use, and redemption is rate-limited. */
export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What the user typed, compared as the code was issued: case and separators do not matter. */
export const normalizeCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');
