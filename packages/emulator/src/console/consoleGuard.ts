import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AppwriteException } from '../errors/AppwriteException.ts';

/** The header carrying the page's token on every console write. */
export const TOKEN_HEADER = 'x-aw-console-token';

/**
 * Creates a fresh token for one emulator process; the console page carries it in a meta tag.
 *
 * @returns 32 random bytes as hex.
 */
export function createConsoleToken(): string {
  return randomBytes(32).toString('hex');
}

/**
 * Tells whether a request comes from a page of this very origin. Browsers send `Sec-Fetch-Site`
 * (and `Origin` on writes); any page on the web can aim a request at 127.0.0.1, so both are checked
 * when present.
 *
 * @param url The request URL.
 * @param headers The request headers.
 *
 * @returns Whether it may be served.
 */
function fromOwnPage(url: string, headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return false;
  const origin = headers.get('origin');
  if (origin !== null && origin !== new URL(url).origin) return false;
  return true;
}

/**
 * Creates the guard of the console's JSON endpoints. Reads need a same-origin request; writes
 * also need an `Origin` (or `Sec-Fetch-Site: same-origin`) and the per-process token, which a
 * page elsewhere cannot read, so a cross-site form or fetch cannot act through the console.
 *
 * @param token The per-process token.
 *
 * @returns The middleware.
 */
export function consoleGuard(token: string): MiddlewareHandler {
  const expected = Buffer.from(token);
  return async (c, next) => {
    const headers = c.req.raw.headers;
    if (!fromOwnPage(c.req.url, headers)) throw new AppwriteException('general_unknown_origin', 'The emulator console answers its own page only.');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const browserSaysSameOrigin = headers.get('origin') !== null || headers.get('sec-fetch-site') === 'same-origin';
      const sent = Buffer.from(headers.get(TOKEN_HEADER) ?? '');
      if (!browserSaysSameOrigin || sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
        throw new AppwriteException('general_unknown_origin', 'Console actions need the token of the console page.');
      }
    }
    await next();
  };
}
