import { SignJWT, jwtVerify } from 'jose';
import { now } from '../clock/Clock.ts';

/** Seconds an account JWT stays valid (Appwrite: 15 minutes). */
export const JWT_TTL_SECONDS = 900;

/**
 * Creates a signed HS256 JWT for a user's session.
 *
 * @param key The emulator's signing key.
 * @param userId The user id.
 * @param sessionId The session id.
 *
 * @returns The token.
 */
export async function signAccountJwt(key: Uint8Array, userId: string, sessionId: string): Promise<string> {
  const issuedAt = Math.floor(now() / 1000);
  return new SignJWT({ userId, sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + JWT_TTL_SECONDS)
    .sign(key);
}

/**
 * Checks a JWT's signature and expiry.
 *
 * @param key The emulator's signing key.
 * @param token The token.
 *
 * @returns The user and session ids, or undefined when the token is invalid or expired.
 */
export async function verifyAccountJwt(key: Uint8Array, token: string): Promise<{ userId: string; sessionId: string } | undefined> {
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], currentDate: new Date(now()) });
    if (typeof payload.userId !== 'string' || typeof payload.sessionId !== 'string') return undefined;
    return { userId: payload.userId, sessionId: payload.sessionId };
  } catch {
    return undefined;
  }
}
