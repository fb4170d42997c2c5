import type { Client } from '@aw/core';

/** The storage key of the fallback cookies; the same one `@aw/core` and the official web SDK use. */
const FALLBACK_COOKIES_KEY = 'cookieFallback';

/**
 * Returns the session secret the socket should authenticate with: the client's own session, else
 * the project's session cookie kept in the fallback cookie storage (for browsers that block
 * third-party cookies). Returns `undefined` when there is neither; a cookie session is then sent
 * by the browser itself during the handshake.
 *
 * @param client The client.
 *
 * @returns The session secret, or `undefined`.
 */
export function sessionSecret(client: Client): string | undefined {
  if (client.session) return client.session;
  let stored: string | null;
  try {
    stored = client.cookieStorage.getItem(FALLBACK_COOKIES_KEY);
  } catch {
    return undefined;
  }
  if (!stored) return undefined;
  try {
    const cookies: unknown = JSON.parse(stored);
    const secret = (cookies as Record<string, unknown> | null)?.[`a_session_${client.project}`];
    return typeof secret === 'string' && secret !== '' ? secret : undefined;
  } catch {
    // A corrupt entry is treated as no session rather than breaking the subscription.
    return undefined;
  }
}
