import type { Client } from '@aw/core';
import { createOAuth2Session, type CreateOAuth2SessionParams } from '../generated/createOAuth2Session.ts';
import { createOAuth2Token } from '../generated/createOAuth2Token.ts';

/**
 * Redirect to OAuth2 params interface: the OAuth2 params plus which flow to start.
 */
export interface RedirectToOAuth2Params extends CreateOAuth2SessionParams {
  /**
   * `session` (default) ends with a session cookie set by Appwrite; `token` ends with
   * `userId` and `secret` in the success URL's query, for `createSessionFromToken`
   * (use it when cookies cannot be set, or to create the session on your own server).
   */
  readonly flow?: 'session' | 'token';
}

/**
 * Navigator interface: the part of `window.location` the redirect uses.
 */
export interface OAuth2Navigator {
  /** The current page, against which relative `success`/`failure` URLs are resolved. */
  readonly href: string;
  /** Navigates to the URL. */
  assign(url: string): void;
}

/**
 * Redirect to OAuth2 options interface.
 */
export interface RedirectToOAuth2Options {
  /** Where to navigate. Defaults to the browser's `window.location`. */
  readonly location?: OAuth2Navigator;
}

// Schemes a return URL may use: web pages, and the callback scheme Appwrite's mobile SDKs register.
function _isAllowedScheme(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol.startsWith('appwrite-callback-');
}

/**
 * Starts an OAuth2 sign-in in the browser: builds the provider URL (no request is sent)
 * and navigates the page to it. Appwrite later sends the browser back to `success` or
 * `failure`.
 *
 * `success` and `failure` default to the current page; relative ones are resolved against
 * it. Each must end up an absolute `http(s)` URL (or an `appwrite-callback-…` app URL),
 * which rules out `javascript:` and `data:` return URLs. Appwrite also checks that their
 * host is one of the project's platforms.
 *
 * @param client The client.
 * @param params The provider, return URLs, scopes, and flow.
 * @param options Where to navigate (for tests or non-window environments).
 *
 * @returns The URL navigated to.
 *
 * @throws {TypeError} When there is no `location` to navigate, or a return URL is not a valid http(s) URL.
 * @throws {AwValidationError} When a param breaks its rule.
 *
 * @example
 * ```ts
 * loginButton.onclick = () => redirectToOAuth2(client, { provider: 'github', success: '/welcome', failure: '/login?failed' });
 * ```
 */
export function redirectToOAuth2(client: Client, params: RedirectToOAuth2Params, options: RedirectToOAuth2Options = {}): string {
  const location = options.location ?? (globalThis as { location?: OAuth2Navigator }).location;
  if (!location || typeof location.assign !== 'function') {
    throw new TypeError('redirectToOAuth2 needs a browser window (or options.location); on a server, build the URL with createOAuth2Session or createOAuth2Token');
  }
  const { flow = 'session', ...oauth } = params;
  const resolved: CreateOAuth2SessionParams = {
    ...oauth,
    success: _returnUrl('success', oauth.success, location.href),
    failure: _returnUrl('failure', oauth.failure, location.href),
  };
  const url = flow === 'token' ? createOAuth2Token(client, resolved) : createOAuth2Session(client, resolved);
  location.assign(url);
  return url;
}

function _returnUrl(name: string, value: string | undefined, base: string): string {
  let url: URL;
  try {
    url = new URL(value ?? base, base);
  } catch {
    throw new TypeError(`redirectToOAuth2: ${name} must be a URL, got ${JSON.stringify(value)}`);
  }
  if (!_isAllowedScheme(url)) throw new TypeError(`redirectToOAuth2: ${name} must be an http(s) URL, got a ${url.protocol} URL`);
  return url.href;
}
