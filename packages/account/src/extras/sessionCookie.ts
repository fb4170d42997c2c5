import type { Client, RawResponse } from '@aw/core';
import { AwError } from '@aw/core';
import { parse, serialize } from 'cookie';
import { readSessionSecret } from './readSessionSecret.ts';

/**
 * Session cookie attributes interface: the shape Next.js `cookies().set`, SvelteKit
 * `cookies.set`, h3/Nuxt `setCookie` and the `cookie` package's `serialize` all accept.
 */
export interface SessionCookieAttributes {
  /** Always `true`: page scripts never see the session secret. */
  readonly httpOnly: true;
  /** Whether the browser sends the cookie over https only; `false` only for a local app. */
  readonly secure: boolean;
  /** Always `'lax'`: other sites cannot post forms that carry the cookie. */
  readonly sameSite: 'lax';
  /** The path the cookie is sent for. Defaults to `/`. */
  readonly path: string;
  /** When the browser drops the cookie: the session's own expiry, or the epoch to delete it. */
  readonly expires: Date;
}

/**
 * Session cookie interface: a name, a value and its attributes, ready for a framework's cookie setter.
 */
export interface SessionCookie {
  /** The cookie's name. */
  readonly name: string;
  /** The session secret, or `''` for a cookie that deletes it. */
  readonly value: string;
  /** The cookie's attributes. */
  readonly attributes: SessionCookieAttributes;
}

/**
 * Session cookie options interface.
 */
export interface SessionCookieOptions {
  /**
   * The URL of the request being answered (the app's own URL, not Appwrite's). Its host decides
   * `Secure`: off for `localhost`, `*.localhost`, `127.0.0.0/8` and `[::1]`, on everywhere else.
   */
  readonly url: string | URL;
  /** The cookie's name, so several apps on one domain keep apart. Defaults to {@link DEFAULT_SESSION_COOKIE}. */
  readonly name?: string;
  /** Forces `Secure` on or off, for a proxy that hides the real host. */
  readonly secure?: boolean;
  /** The cookie's path. Defaults to `/`. */
  readonly path?: string;
}

/** The session cookie's name when none is given. */
export const DEFAULT_SESSION_COOKIE = 'aw_session';

/**
 * Creates the app's own session cookie from the raw answer of a call that created a session
 * (`createEmailPasswordSession(...).raw()`), for a server that acts for its users with
 * `withSession`. The cookie lives on the app's domain, is `HttpOnly` and `SameSite=Lax`, is
 * `Secure` except on a local host, and expires with the session.
 *
 * The secret is read wherever Appwrite put it (see {@link readSessionSecret}); a session answer
 * without a secret in any of those places is an error, not an empty cookie.
 *
 * @param client The client the session was created with.
 * @param raw The raw answer of the session call.
 * @param options The request URL, and the cookie's name, path or `Secure` override.
 *
 * @returns The cookie to set.
 *
 * @throws {AwError} When the answer carries no session secret.
 */
export function createSessionCookie(client: Client, raw: RawResponse<unknown>, options: SessionCookieOptions): SessionCookie {
  const secret = readSessionSecret(client, raw);
  if (secret === undefined) {
    // A client with a session or JWT of its own gets no new secret back.
    throw new AwError('No session secret in the answer');
  }
  const expire = Date.parse((raw.body as { expire?: string } | undefined)?.expire ?? '');
  // Appwrite always sends `expire`; a session of unknown length gets a browser-session cookie's worth: a day.
  const expires = new Date(Number.isNaN(expire) ? Date.now() + 86_400_000 : expire);
  return { name: options.name ?? DEFAULT_SESSION_COOKIE, value: secret, attributes: _attributes(options, expires) };
}

/**
 * Creates a cookie that deletes the session cookie (empty value, expired), for sign-out or a
 * session that ended elsewhere.
 *
 * @param options The request URL, and the cookie's name, path or `Secure` override.
 *
 * @returns The cookie to set.
 */
export function clearSessionCookie(options: SessionCookieOptions): SessionCookie {
  return { name: options.name ?? DEFAULT_SESSION_COOKIE, value: '', attributes: _attributes(options, new Date(0)) };
}

/**
 * Formats a session cookie as a `Set-Cookie` header value, for servers without a cookie API
 * (`node:http`, a plain `Response`). The value is URI-encoded, as cookie libraries do.
 *
 * @param cookie The cookie.
 *
 * @returns The header value.
 */
export function serializeSessionCookie(cookie: SessionCookie): string {
  const { attributes } = cookie;
  // `cookie` refuses names and attribute values a header cannot carry, and encodes the value.
  return serialize(cookie.name, cookie.value, { ...attributes, sameSite: 'lax' });
}

/**
 * Reads a cookie's value from a `Cookie` request header, for servers without a cookie API.
 *
 * @param header The `Cookie` header, or `null`/`undefined` when the request has none.
 * @param name The cookie's name. Defaults to {@link DEFAULT_SESSION_COOKIE}.
 *
 * @returns The decoded value, or `undefined` when the cookie is missing or empty.
 */
export function readSessionCookie(header: string | null | undefined, name: string = DEFAULT_SESSION_COOKIE): string | undefined {
  // `cookie` decodes the value, and keeps it as sent when it is not valid percent-encoding.
  return (header && parse(header)[name]) || undefined;
}

/**
 * Tells whether a URL points at this machine, where browsers keep a cookie without https.
 *
 * @param url The URL.
 *
 * @returns `true` for `localhost`, `*.localhost`, `127.0.0.0/8` and `[::1]`.
 */
export function isLocalUrl(url: string | URL): boolean {
  const host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

function _attributes(options: SessionCookieOptions, expires: Date): SessionCookieAttributes {
  return { httpOnly: true, secure: options.secure ?? !isLocalUrl(options.url), sameSite: 'lax', path: options.path ?? '/', expires };
}
