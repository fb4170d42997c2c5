import type { BaseIssue } from 'valibot';
import type { AppwriteErrorType } from '../generated/errorTypes.ts';
import { _serverRetryDelay } from '../request/serverRetryDelay.ts';

/**
 * Brand every error of every installed copy of `@aw/core` carries, holding its kind.
 *
 * `Symbol.for` gives the same symbol in every copy, so `instanceof` keeps working when an app
 * ends up with two versions of core; the kind is a literal because minifiers rename classes.
 */
const BRAND = Symbol.for('@aw/core/error');

/**
 * Base class of every error the SDK throws.
 *
 * Fields are plain own properties (never getters) so loggers and `structuredClone` keep them;
 * `toJSON` adds `name`, `message` and `stack`. Each kind is one small subclass: building an
 * error is a constructor call and a few assignments, nothing more.
 */
export class AwError extends Error {
  /**
   * The kind this class stands for: `instanceof` compares it with an error's brand, so it works
   * across copies of core, and it is the error's `name` (a literal, as minifiers rename classes).
   *
   * @internal
   */
  static readonly '~kind': string = 'AwError';

  static override [Symbol.hasInstance](value: unknown): boolean {
    const kind = (value as { [BRAND]?: string } | null | undefined)?.[BRAND];
    return kind !== undefined && (this['~kind'] === 'AwError' || kind === this['~kind']);
  }

  /**
   * @param message The message.
   * @param options The cause, if any.
   * @param fields The kind's own fields, set as plain own properties.
   */
  constructor(message: string, options?: { cause?: unknown }, fields?: object) {
    super(message, options);
    const kind = (new.target as typeof AwError)['~kind'];
    Object.defineProperty(this, BRAND, { value: kind });
    this.name = kind;
    Object.assign(this, fields);
  }

  /**
   * Returns every own field plus `name`, `message`, `stack` and a short `cause`, for loggers
   * and for `structuredClone`, which keeps only the message and stack of an `Error` itself.
   *
   * @returns A plain object.
   */
  toJSON(): Record<string, unknown> {
    const cause = this.cause;
    return {
      ...(this as object),
      name: this.name,
      message: this.message,
      stack: this.stack,
      ...(cause !== undefined && { cause: cause instanceof Error ? { name: cause.name, message: cause.message } : cause }),
    };
  }
}

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
 * `message` is the server's own message (`Invalid credentials. Please check the email and
 * password.`), as the official SDKs give it, so an app can show it; `method` and `path` say which
 * call failed. The response headers are kept with `set-cookie` and `x-fallback-cookies` redacted,
 * and the request's own headers (JWT, session, cookies) are never stored.
 */
export class AppwriteError extends AwError {
  static override readonly '~kind': string = 'AppwriteError';

  /** The HTTP status code. */
  declare readonly status: number;
  /** Same as `status`; the name the official Appwrite SDKs use. */
  declare readonly code: number;
  /** Appwrite's error type, such as `user_unauthorized`, or `unknown` when the body had none. */
  declare readonly type: AppwriteErrorType | (string & {});
  /** The HTTP status text. */
  declare readonly reason: string;
  /** The parsed response body (JSON), or its text when it was not JSON. */
  declare readonly body: unknown;
  /** The response headers, lower-cased. */
  declare readonly headers: Record<string, string>;
  /** Milliseconds from sending the request to reading the whole response. */
  declare readonly roundTripTime: number;
  /** The HTTP method of the failed request. */
  declare readonly method: string;
  /** The request path, relative to the endpoint, without the query string. */
  declare readonly path: string;
  /**
   * How long the server asked to wait before trying again, in milliseconds, counted from when
   * the error was made: from `Retry-After`, or on a 429 from `X-RateLimit-Reset`. `undefined`
   * when the server named no wait.
   */
  declare readonly retryAfter: number | undefined;

  constructor(init: AppwriteErrorInit) {
    const body = init.body as { message?: unknown; type?: unknown } | null | undefined;
    // A proxy's HTML page or an empty body has no message of its own: the status line stands in.
    const headers = { ...init.headers };
    // Session secrets travel in these headers; an error that may be logged must not carry them.
    for (const name of ['set-cookie', 'x-fallback-cookies']) if (headers[name]) headers[name] = '[redacted]';
    super(typeof body?.message === 'string' ? body.message : `${init.status} ${init.reason}`, undefined, {
      ...init,
      code: init.status,
      type: typeof body?.type === 'string' ? body.type : 'unknown',
      headers,
      retryAfter: _serverRetryDelay(init.status, headers, Date.now()),
    });
  }
}

/**
 * Returns whether the value is an {@link AppwriteError}.
 *
 * @param error The caught value.
 *
 * @returns Whether it is one.
 */
export function isAppwriteError(error: unknown): error is AppwriteError;

/**
 * Returns whether the value is an {@link AppwriteError} of one Appwrite error type, narrowing
 * `error.type` to that type.
 *
 * @param error The caught value.
 * @param type The Appwrite error type to match, such as `user_invalid_credentials`.
 *
 * @returns Whether it matches.
 */
export function isAppwriteError<TType extends AppwriteErrorType>(
  error: unknown,
  type: TType,
): error is AppwriteError & { readonly type: TType };

export function isAppwriteError(error: unknown, type?: AppwriteErrorType): boolean {
  return error instanceof AppwriteError && (type === undefined || error.type === type);
}

/**
 * Error thrown when no HTTP response arrived: DNS failure, refused or reset connection.
 */
export class AwNetworkError extends AwError {
  static override readonly '~kind': string = 'AwNetworkError';

  /** The HTTP method of the failed request. */
  declare readonly method: string;
  /** The host that could not be reached. */
  declare readonly host: string;
  /** The request path, relative to the endpoint. */
  declare readonly path: string;

  constructor(method: string, host: string, path: string, cause: unknown) {
    // fetch says "fetch failed" and keeps the socket error (ECONNREFUSED…) deeper in its cause chain.
    let reason = cause as { message?: string; cause?: unknown } | undefined;
    while ((reason?.cause as Error | undefined)?.message) reason = reason!.cause as Error;
    super(`[${method} ${path}] could not reach ${host}: ${reason?.message ?? String(cause)}`, { cause }, { method, host, path });
  }
}

/**
 * Error thrown when an attempt took longer than its timeout and no retry was left.
 */
export class AwTimeoutError extends AwError {
  static override readonly '~kind': string = 'AwTimeoutError';

  /** The HTTP method of the request. */
  declare readonly method: string;
  /** The request path, relative to the endpoint. */
  declare readonly path: string;
  /** The per-attempt timeout that elapsed, in milliseconds. */
  declare readonly timeout: number;

  constructor(method: string, path: string, timeout: number) {
    super(`[${method} ${path}] timed out after ${timeout} ms`, undefined, { method, path, timeout });
  }
}

// Fields whose values must never reach an error message or a log.
const SECRET_KEY = /password|secret|otp|jwt|session|token|cookie/i;

/**
 * Error thrown when operation input (or, when enabled, a response) fails validation.
 *
 * Nothing was sent when the input failed. The message names every failing field and its rule (the
 * first 20, then how many more). Issues keep their path, expectation and rule; values
 * under secret-looking keys (password, secret, token, session…) are replaced by `[redacted]`, and
 * the objects around a failing value are left out.
 */
export class AwValidationError extends AwError {
  static override readonly '~kind': string = 'AwValidationError';

  /** What failed validation: the caller's params or headers, or the server's response. */
  declare readonly target: 'params' | 'headers' | 'response';
  /** The operation that was called, by method and path, such as `POST /account/sessions/email`. */
  declare readonly operation: string;
  /** The valibot issues, each with its path, expectation and received value. */
  declare readonly issues: readonly BaseIssue<unknown>[];

  constructor(operation: string, target: 'params' | 'headers' | 'response', issues: readonly BaseIssue<unknown>[]) {
    // Copies safe to log: the input is left out (valibot's path items hold the parent objects too,
    // secrets beside the failing field included), nested union issues are dropped, and under a
    // secret-looking key the received value is redacted as well.
    const safe = issues.map(({ input, issues: nested, ...issue }) => {
      const path = issue.path?.map(({ key }) => ({ key }));
      return (
        path?.some(({ key }) => SECRET_KEY.test(String(key)))
          ? { ...issue, path, received: '[redacted]', message: issue.message.replace(issue.received, '[redacted]') }
          : { ...issue, path }
      ) as BaseIssue<unknown>;
    });
    // Every problem by field and rule, the first 20 of them: enough to fix a form in one go, and a
    // bounded message however many fields fail.
    const listed = safe
      .slice(0, 20)
      .map(({ path, message }) => `${path?.[0] ? ` at "${path.map(({ key }) => key).join('.')}"` : ''}: ${message}`)
      .join(';');
    super(`${operation}: invalid ${target}${listed}${safe[20] ? `; and ${safe.length - 20} more` : ''}`, undefined, { target, operation, issues: safe });
  }
}
