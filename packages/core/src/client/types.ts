import type { GenericSchema } from 'valibot';
import type { CookieStorage } from '../cookies/CookieStorage.ts';

/**
 * Retry options interface.
 */
export interface RetryOptions {
  /** How many times a failed attempt is retried. `0` turns retries off. */
  readonly attempts?: number;
  /** HTTP methods that may be retried. Defaults to `GET` and `HEAD`. */
  readonly methods?: readonly string[];
  /** HTTP statuses that are retried. Defaults to 429, 502, 503 and 504. */
  readonly statuses?: readonly number[];
  /** First backoff delay in milliseconds, doubled on each retry. Defaults to 500. */
  readonly baseDelay?: number;
  /** Longest backoff delay in milliseconds. Defaults to 8000. */
  readonly maxDelay?: number;
  /**
   * Longest server-requested wait (`Retry-After`, or `X-RateLimit-Reset` on a 429) honoured, in
   * milliseconds; a longer one ends the retries and the error's `retryAfter` tells the wait. Defaults to 60000.
   */
  readonly maxRetryAfter?: number;
}

/**
 * Response validators: one valibot schema per Appwrite response model name.
 *
 * `@aw/models` exports a complete set as `responseSchemas`.
 */
export type ResponseValidators = Readonly<Record<string, GenericSchema>>;

/**
 * Client config interface: what `createClient` accepts.
 */
export interface ClientConfig {
  /** The API endpoint, with its version, such as `https://cloud.appwrite.io/v1`. */
  readonly endpoint: string;
  /** The project ID. */
  readonly project: string;
  /** A JWT to act as a user (servers acting for a browser user). */
  readonly jwt?: string;
  /** A session secret to act as a user (server-side rendering). */
  readonly session?: string;
  /** The locale sent as `X-Appwrite-Locale`, such as `en` or `fr-FR`. */
  readonly locale?: string;
  /** Extra headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The `fetch` implementation. Defaults to the global one. */
  readonly fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout in milliseconds, a fresh timer for each attempt. Defaults to 30000; `0` disables it. */
  readonly timeout?: number;
  /** Retry count, or retry options. Defaults to 2 retries of GET and HEAD on network errors, timeouts and 429/502/503/504. */
  readonly retry?: number | RetryOptions;
  /**
   * Where `X-Fallback-Cookies` is kept. Defaults to `localStorage` when present, else memory.
   * Clients with a `session` or `jwt` neither send nor keep it.
   */
  readonly cookieStorage?: CookieStorage;
  /** Response schemas; when given, every JSON response is validated against its model. */
  readonly responseValidators?: ResponseValidators;
  /**
   * Largest JSON or text success body accepted, in bytes: one that declares a larger
   * `content-length` fails with an `AwError` before it is read. Defaults to 64 MiB.
   * Binary downloads are not limited.
   */
  readonly maxResponseBytes?: number;
}

/**
 * Client interface: an immutable, resolved configuration passed to every operation.
 *
 * Create one with `createClient`; derive others with `withSession`, `withJwt`, `withLocale`.
 */
export interface Client {
  /** The API endpoint without a trailing slash. */
  readonly endpoint: string;
  /** The project ID. */
  readonly project: string;
  /** The JWT, when acting as a user with one. */
  readonly jwt: string | undefined;
  /** The session secret, when acting as a user with one. */
  readonly session: string | undefined;
  /** The locale sent as `X-Appwrite-Locale`. */
  readonly locale: string | undefined;
  /** Extra headers sent with every request. */
  readonly headers: Readonly<Record<string, string>>;
  /** The `fetch` implementation, when not the global one. */
  readonly fetch: typeof globalThis.fetch | undefined;
  /** Per-attempt timeout in milliseconds; `0` means none. */
  readonly timeout: number;
  /** Retry settings. */
  readonly retry: number | RetryOptions;
  /** Where `X-Fallback-Cookies` is kept. */
  readonly cookieStorage: CookieStorage;
  /** Response schemas, when response validation is on for this client. */
  readonly responseValidators: ResponseValidators | undefined;
  /** Largest JSON response body accepted, in bytes. */
  readonly maxResponseBytes: number;
}
