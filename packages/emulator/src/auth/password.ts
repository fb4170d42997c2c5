import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { IMPORTED_PREFIX, verifyImportedHash } from './importedHashes.ts';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number }) => Promise<Buffer>;

// Appwrite's own scrypt defaults (cost 2^14, block 8, parallel 1, 64-byte key).
const PARAMS = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 64;

/**
 * Creates a salted scrypt hash of a password.
 *
 * @param password The plain password.
 *
 * @returns The encoded hash `scrypt$<salt hex>$<key hex>`.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, PARAMS);
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

/**
 * Checks a password against an encoded hash.
 *
 * @param password The plain password.
 * @param encoded The stored hash.
 *
 * @returns Whether the password is right.
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  // Users imported with another algorithm (users API) keep that hash.
  if (encoded.startsWith(IMPORTED_PREFIX)) return verifyImportedHash(password, encoded);
  const [algo, saltHex, keyHex] = encoded.split('$');
  if (algo !== 'scrypt' || !saltHex || !keyHex) return false;
  const key = await scryptAsync(password, Buffer.from(saltHex, 'hex'), KEY_LENGTH, PARAMS);
  const expected = Buffer.from(keyHex, 'hex');
  return key.length === expected.length && timingSafeEqual(key, expected);
}
