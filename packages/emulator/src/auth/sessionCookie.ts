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
    const parsed = parseClientJson(Buffer.from(value, 'base64').toString('utf8'), 4) as { id?: unknown; secret?: unknown } | null;
    if (typeof parsed?.secret === 'string' && typeof parsed?.id === 'string') return { userId: parsed.id as string, secret: parsed.secret };
  } catch {
    // not the encoded form: treat as a bare secret
  }
  return { secret: value };
}
