import { parseClientJson } from '../util/parseJson.ts';

/**
 * Creates the cookie value Appwrite uses for a session: base64 of `{"id":userId,"secret":secret}`.
 *
 * @param userId The user id.
 * @param secret The session secret.
 *
 * @returns The encoded value.
 */
export function encodeSessionValue(userId: string, secret: string): string {
  return Buffer.from(JSON.stringify({ id: userId, secret })).toString('base64');
}

/**
 * Reads a session value: the base64 JSON form, or a bare secret.
 *
 * @param value The cookie or header value.
 *
 * @returns The user id (when encoded) and the secret.
 */
export function decodeSessionValue(value: string): { userId?: string; secret: string } {
  try {
    const bytes = Buffer.from(value, 'base64');
    // A value that does not round-trip is not base64 (Node would silently drop trailing junk), so it cannot name a session.
    if (bytes.toString('base64').replace(/=+$/, '') !== value.replace(/=+$/, '')) return { secret: value };
    const parsed = parseClientJson(bytes.toString('utf8'), 4) as { id?: unknown; secret?: unknown } | null;
    if (typeof parsed?.secret === 'string' && typeof parsed?.id === 'string') return { userId: parsed.id, secret: parsed.secret };
  } catch {
    // not the encoded form: treat as a bare secret
  }
  return { secret: value };
}
