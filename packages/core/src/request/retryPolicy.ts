import type { RetryOptions } from '../client/types.ts';

/**
 * Retry policy interface: retry options with every default filled in.
 *
 * @internal
 */
export interface RetryPolicy {
  readonly attempts: number;
  readonly methods: readonly string[];
  readonly statuses: readonly number[];
  readonly baseDelay: number;
  readonly maxDelay: number;
  readonly maxRetryAfter: number;
}

// Only idempotent methods by default: Appwrite has no idempotency key, so a retried POST
// could create twice. 429 and the gateway statuses mean the request was not processed.
// ref: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status#server_error_responses
const DEFAULT_METHODS = ['GET', 'HEAD'];
const DEFAULT_STATUSES = [429, 502, 503, 504];

/**
 * Resolves retry settings (a count or options) into a full policy.
 *
 * @internal
 */
export function _retryPolicy(retry: number | RetryOptions | undefined): RetryPolicy {
  const options = typeof retry === 'number' ? { attempts: retry } : (retry ?? {});
  return {
    attempts: Math.max(0, options.attempts ?? 2),
    methods: options.methods?.map((method) => method.toUpperCase()) ?? DEFAULT_METHODS,
    statuses: options.statuses ?? DEFAULT_STATUSES,
    baseDelay: options.baseDelay ?? 500,
    maxDelay: options.maxDelay ?? 8_000,
    maxRetryAfter: options.maxRetryAfter ?? 60_000,
  };
}

/**
 * Returns how long the server asked to wait, in milliseconds, from `Retry-After`
 * (seconds or an HTTP date) or Appwrite's `X-RateLimit-Reset` (a Unix time in seconds).
 *
 * @param headers The response headers, lower-cased.
 * @param now The current time in milliseconds.
 *
 * @returns The wait, or `undefined` when the server named none.
 *
 * @internal
 */
export function _serverRetryDelay(headers: Record<string, string>, now: number): number | undefined {
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers['x-ratelimit-reset']);
  if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  return undefined;
}

/**
 * Returns the backoff before retry number `retry` (0-based): `min(base·2ⁿ, max)`, less up to 25% jitter.
 *
 * @internal
 */
export function _backoffDelay(policy: RetryPolicy, retry: number, random: number = Math.random()): number {
  return Math.min(policy.baseDelay * 2 ** retry, policy.maxDelay) * (1 - 0.25 * random);
}

/**
 * Waits, unless the signal aborts first; then rejects with the signal's reason at once.
 *
 * @internal
 */
export function _sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
