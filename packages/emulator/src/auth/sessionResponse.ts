import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { now } from '../clock/Clock.ts';
import { encodeSessionValue } from './sessionCookie.ts';

/**
 * Sets the session cookies Appwrite sets on login (`a_session_<project>` and its
 * `_legacy` twin for old browsers) plus the `X-Fallback-Cookies` header for clients
 * that cannot keep third-party cookies.
 *
 * @param c The Hono context.
 * @param projectId The project id.
 * @param userId The user id.
 * @param secret The session secret.
 * @param expire When the session ends (ISO).
 */
export function setSessionCookies(c: Context, projectId: string, userId: string, secret: string, expire: string): void {
  const value = encodeSessionValue(userId, secret);
  const name = `a_session_${projectId}`;
  const secure = new URL(c.req.url).protocol === 'https:';
  // Browsers expire cookies by their own clock: the session's remaining time on the emulator clock, from real now.
  const expires = new Date(Date.now() + Date.parse(expire) - now());
  // SameSite=None is only accepted by browsers on secure cookies, so plain http falls back to Lax.
  // Appwrite sends the legacy cookie first, then the main one.
  setCookie(c, `${name}_legacy`, value, { path: '/', expires, httpOnly: true, secure });
  setCookie(c, name, value, { path: '/', expires, httpOnly: true, secure, sameSite: secure ? 'None' : 'Lax' });
  c.header('X-Fallback-Cookies', JSON.stringify({ [name]: value }));
}

/**
 * Expires the session cookies (logout).
 *
 * @param c The Hono context.
 * @param projectId The project id.
 */
export function clearSessionCookies(c: Context, projectId: string): void {
  const name = `a_session_${projectId}`;
  const expires = new Date(0);
  // PHP writes an emptied cookie as `deleted` with a past expiry; the fallback header becomes `[]`.
  setCookie(c, `${name}_legacy`, 'deleted', { path: '/', expires, httpOnly: true });
  setCookie(c, name, 'deleted', { path: '/', expires, httpOnly: true });
  c.header('X-Fallback-Cookies', '[]');
}
