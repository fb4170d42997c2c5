import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { fail } from '../errors/AppwriteException.ts';
import type { SessionRecord, UserRecord } from '../models/records.ts';
import type { Caller, CoreTables } from '../server/context.ts';
import { secretMatches } from '../util/ids.ts';
import { parseClientJson } from '../util/parseJson.ts';
import { isPast } from '../util/time.ts';
import { verifyAccountJwt } from './jwt.ts';
import { rolesFor } from './roles.ts';
import { decodeSessionValue } from './sessionCookie.ts';

/**
 * Resolves the caller of a request the way Appwrite does: X-Appwrite-JWT first, then
 * X-Appwrite-Session, the `a_session_<project>` cookie (or its legacy twin), then X-Fallback-Cookies.
 *
 * @param c The Hono context.
 * @param projectId The project id (names the cookie).
 * @param tables The account tables.
 * @param jwtKey The JWT signing key.
 *
 * @returns The caller; a guest when nothing valid was sent.
 */
export async function resolveCaller(c: Context, projectId: string, tables: CoreTables, jwtKey: Uint8Array): Promise<Caller> {
  let user: UserRecord | null = null;
  let session: SessionRecord | null = null;

  const jwt = c.req.header('x-appwrite-jwt');
  if (jwt) {
    const claims = await verifyAccountJwt(jwtKey, jwt);
    const found = claims ? tables.sessions.get(claims.sessionId) : undefined;
    if (!claims || !found || found.userId !== claims.userId) fail('user_jwt_invalid', 'The JWT is invalid or has expired.');
    session = found;
    user = tables.users.get(found.userId) ?? null;
  } else {
    const value = sessionValue(c, projectId);
    if (value) {
      const decoded = decodeSessionValue(value);
      session =
        tables.sessions.find(
          (s) => (!decoded.userId || s.userId === decoded.userId) && !isPast(s.expire) && secretMatches(decoded.secret, s.secretHash),
        ) ?? null;
      user = session ? (tables.users.get(session.userId) ?? null) : null;
      if (!user) session = null;
    }
  }
  const memberships = user ? tables.memberships.filter((m) => m.userId === user.$id) : [];
  return { user, session, roles: rolesFor(user, memberships) };
}

/**
 * Finds the session value a request carries, in Appwrite's order of precedence.
 *
 * @param c The Hono context.
 * @param projectId The project id.
 *
 * @returns The raw value, or undefined.
 */
function sessionValue(c: Context, projectId: string): string | undefined {
  const header = c.req.header('x-appwrite-session');
  if (header) return header;
  const name = `a_session_${projectId}`;
  const cookie = getCookie(c, name) ?? getCookie(c, `${name}_legacy`);
  if (cookie) return cookie;
  const fallback = c.req.header('x-fallback-cookies');
  if (fallback) {
    try {
      const parsed = parseClientJson(fallback, 4) as Record<string, unknown> | null;
      const value = parsed?.[name] ?? parsed?.[`${name}_legacy`];
      if (typeof value === 'string' && value) return value;
    } catch {
      // a malformed fallback header is ignored, as Appwrite does
    }
  }
  return undefined;
}
