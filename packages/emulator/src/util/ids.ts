import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { now } from '../clock/Clock.ts';

/**
 * Creates a unique id in Appwrite's style (20 hex chars: time prefix + random).
 *
 * @returns The id.
 */
export function uniqueId(): string {
  const time = now().toString(16).padStart(12, '0').slice(-12);
  return `${time}${randomBytes(4).toString('hex')}`;
}

/**
 * Resolves a client-chosen id: `unique()` becomes a fresh id, anything else is checked
 * against Appwrite's rule (max 36 chars of a-z, A-Z, 0-9, period, hyphen, underscore, not starting with a special char).
 *
 * @param requested The id the client sent.
 *
 * @returns The id to use, or undefined when it is invalid.
 */
export function resolveId(requested: unknown): string | undefined {
  if (requested === 'unique()') return uniqueId();
  if (typeof requested !== 'string' || !/^[a-zA-Z0-9][a-zA-Z0-9._-]{0,35}$/.test(requested)) return undefined;
  return requested;
}

/**
 * Creates a random secret.
 *
 * @param bytes Number of random bytes.
 *
 * @returns Hex secret.
 */
export function randomSecret(bytes = 64): string {
  return randomBytes(bytes).toString('hex');
}

/**
 * Creates the sha256 hex digest used to store secrets.
 *
 * @param secret The secret.
 *
 * @returns The digest.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Checks a secret against a stored digest in constant time.
 *
 * @param secret The secret to check.
 * @param digest The stored digest.
 *
 * @returns Whether they match.
 */
export function secretMatches(secret: string, digest: string): boolean {
  if (!digest) return false;
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(digest, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
