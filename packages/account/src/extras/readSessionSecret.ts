import type { Client, RawResponse } from '@aw/core';

/**
 * Reads the session secret from the raw response of a call that creates a session
 * (`createEmailPasswordSession`, `createAnonymousSession`, `createSessionFromToken`, …), so a
 * server can keep it in its own cookie and act for the user later with `withSession`.
 *
 * Appwrite hands the secret over in up to three places, tried in this order: the session's
 * `secret` field (filled when the caller is privileged), the `X-Fallback-Cookies` header,
 * and the `a_session_<project>` cookie. All three carry the same value.
 *
 * @param client The client the session was created with (its project names the cookie).
 * @param raw The raw response, from `.raw()` on the session call.
 *
 * @returns The session secret, or `undefined` when the response carries none.
 */
export function readSessionSecret(client: Client, raw: RawResponse<unknown>): string | undefined {
  const secret = (raw.body as { secret?: unknown } | undefined)?.secret;
  if (typeof secret === 'string' && secret !== '') return secret;
  const cookieName = `a_session_${client.project}`;
  const fallback = raw.headers['x-fallback-cookies'];
  if (fallback) {
    try {
      const value = (JSON.parse(fallback) as Record<string, unknown>)[cookieName];
      if (typeof value === 'string' && value !== '') return value;
    } catch {
      // Not JSON: fall through to the cookie.
    }
  }
  const setCookie = raw.headers['set-cookie'];
  if (setCookie) {
    // Several cookies may be joined in one header value; the `_legacy` twin holds the same secret.
    for (const match of setCookie.matchAll(/(?:^|[,;]\s*)a_session_([^=;,\s]+)=([^;,\s]*)/g)) {
      const [, name, value] = match;
      if ((name === client.project || name === `${client.project}_legacy`) && value) return decodeURIComponent(value);
    }
  }
  return undefined;
}
