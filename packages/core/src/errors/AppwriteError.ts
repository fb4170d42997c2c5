import type { AppwriteErrorType } from '../generated/errorTypes.ts';
import { _serverRetryDelay } from '../request/serverRetryDelay.ts';
import { AwError, _brand } from './AwError.ts';
import { _hasErrorKind } from './brand.ts';

/**
 * Appwrite error init interface.
 */
export interface AppwriteErrorInit {
  /** The HTTP method of the failed request. */
  readonly method: string;
  /** The request path, relative to the endpoint, without the query string. */
  readonly path: string;
  /** The HTTP status code. */
  readonly status: number;
  /** The HTTP status text. */
  readonly reason: string;
  /** The parsed response body (JSON), or its text when it was not JSON. */
  readonly body: unknown;
  /** The response headers, lower-cased. */
  readonly headers: Record<string, string>;
  /** Milliseconds from sending the request to reading the whole response. */
  readonly roundTripTime: number;
}

/**
 * Error thrown when Appwrite (or a proxy in front of it) answers with a non-2xx status.
 *
 * Every field is a plain own property, so loggers and `JSON.stringify` keep them. The
 * response headers are kept with `set-cookie` and `x-fallback-cookies` redacted, and the
 * request's own headers (JWT, session, cookies) are never stored.
 */
export class AppwriteError extends AwError {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return _hasErrorKind(value, 'AppwriteError');
  }

  /** The HTTP status code. */
  readonly status: number;
  /** Same as `status`; the name the official Appwrite SDKs use. */
  readonly code: number;
  /** Appwrite's error type, such as `user_unauthorized`, or `unknown` when the body had none. */
  readonly type: AppwriteErrorType | (string & {});
  /** The HTTP status text. */
  readonly reason: string;
  /** The parsed response body (JSON), or its text when it was not JSON. */
  readonly body: unknown;
  /** The response headers, lower-cased. */
  readonly headers: Record<string, string>;
  /** Milliseconds from sending the request to reading the whole response. */
  readonly roundTripTime: number;
  /** The HTTP method of the failed request. */
  readonly method: string;
  /** The request path, relative to the endpoint, without the query string. */
  readonly path: string;
  /**
   * How long the server asked to wait before trying again, in milliseconds, counted from when
   * the error was made: from `Retry-After`, or on a 429 from `X-RateLimit-Reset`. `undefined`
   * when the server named no wait.
   */
  readonly retryAfter: number | undefined;

  constructor(init: AppwriteErrorInit) {
    const body = init.body as { message?: unknown; type?: unknown } | string | undefined;
    const serverMessage =
      typeof body === 'object' && body !== null && typeof body.message === 'string'
        ? body.message
        : typeof body === 'string' && body.length > 0
          ? _summarize(body) || init.reason
          : init.reason;
    super(`[${init.method} ${init.path}] ${init.status} ${serverMessage}`);
    _brand(this, 'AppwriteError');
    this.status = init.status;
    this.code = init.status;
    this.type =
      typeof body === 'object' && body !== null && typeof body.type === 'string' ? body.type : 'unknown';
    this.reason = init.reason;
    this.body = init.body;
    this.headers = init.headers;
    this.roundTripTime = init.roundTripTime;
    this.method = init.method;
    this.path = init.path;
    this.retryAfter = _serverRetryDelay(init.status, init.headers, Date.now());
  }
}

// A proxy's HTML error page makes a poor message: keep its title, or its visible text, briefly.
function _summarize(full: string): string {
  // Only the start matters, and it bounds the regex work on a large page.
  const text = full.slice(0, 4096);
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
  const plain = (title || text.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}

/**
 * Returns whether the value is an {@link AppwriteError}, optionally of one Appwrite error type.
 *
 * @param error The caught value.
 * @param type The Appwrite error type to match, such as `user_invalid_credentials`.
 *
 * @returns Whether it matches.
 */
export function isAppwriteError(error: unknown, type?: AppwriteErrorType): error is AppwriteError {
  return error instanceof AppwriteError && (type === undefined || error.type === type);
}
