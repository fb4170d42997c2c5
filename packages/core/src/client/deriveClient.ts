import { memoryCookieStorage } from '../cookies/CookieStorage.ts';
import type { Client } from './types.ts';

/**
 * Returns a new client with some settings replaced; the given client is left as it was.
 *
 * @param client The client to start from.
 * @param changes The settings to replace.
 *
 * @returns The new client.
 */
// @__NO_SIDE_EFFECTS__
export function withOptions(client: Client, changes: Partial<Omit<Client, 'endpoint' | 'project'>>): Client {
  return Object.freeze({ ...client, ...changes });
}

/**
 * Returns a new client that acts as the user owning the session secret.
 *
 * The new client starts with an empty fallback-cookie storage of its own, so it never
 * sends a cookie that another user's login left in the storage it came from.
 *
 * @param client The client to start from.
 * @param session The session secret, or `undefined` to act as a guest.
 *
 * @returns The new client.
 */
// @__NO_SIDE_EFFECTS__
export function withSession(client: Client, session: string | undefined): Client {
  return withOptions(client, { session, cookieStorage: memoryCookieStorage() });
}

/**
 * Returns a new client that acts as the user the JWT was issued for.
 *
 * Like {@link withSession}, the new client starts with an empty fallback-cookie storage.
 *
 * @param client The client to start from.
 * @param jwt The JWT, or `undefined` to drop it.
 *
 * @returns The new client.
 */
// @__NO_SIDE_EFFECTS__
export function withJwt(client: Client, jwt: string | undefined): Client {
  return withOptions(client, { jwt, cookieStorage: memoryCookieStorage() });
}

/**
 * Returns a new client that asks for answers in another locale.
 *
 * @param client The client to start from.
 * @param locale The locale, such as `de` or `pt-BR`.
 *
 * @returns The new client.
 */
// @__NO_SIDE_EFFECTS__
export function withLocale(client: Client, locale: string | undefined): Client {
  return withOptions(client, { locale });
}
