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
 * @param retry The retry count, or retry options, or `undefined` for the defaults.
 *
 * @returns The policy.
 *
 * @internal
 */
export function _retryPolicy(retry: number | RetryOptions | undefined): RetryPolicy {
  const options = typeof retry === 'number' ? { attempts: retry } : (retry ?? {});
  const attempts = Number(options.attempts ?? 2);
  return {
    // NaN or a negative count means "no retries", never "retry forever".
    attempts: attempts > 0 ? Math.floor(attempts) : 0,
    methods: options.methods?.map((method) => method.toUpperCase()) ?? DEFAULT_METHODS,
    statuses: options.statuses ?? DEFAULT_STATUSES,
    baseDelay: options.baseDelay ?? 500,
    maxDelay: options.maxDelay ?? 8_000,
    maxRetryAfter: options.maxRetryAfter ?? 60_000,
  };
}

/**
 * Returns the backoff before retry number `retry` (0-based): `min(base·2ⁿ, max)`, less up to 25% jitter
 * so that many clients failing together do not come back together.
 *
 * @param policy The retry policy.
 * @param retry The 0-based retry number.
 * @param random A number in [0, 1); `Math.random()` unless a test fixes it.
 *
 * @returns The delay in milliseconds.
 *
 * @internal
 */
export function _backoffDelay(policy: RetryPolicy, retry: number, random: number = Math.random()): number {
  return Math.min(policy.baseDelay * 2 ** retry, policy.maxDelay) * (1 - 0.25 * random);
}
