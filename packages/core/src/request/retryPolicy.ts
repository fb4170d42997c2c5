import type { RetryOptions } from '../client/types.ts';

/**
 * Decides whether a failed attempt is tried again, and after how long.
 *
 * By default only GET and HEAD are retried: Appwrite has no idempotency key, so a retried POST
 * could create twice. 429 and the gateway statuses (502, 503, 504) mean the request was not
 * processed; an error without a status (no answer, or a timeout) is retried too. A wait the server
 * names (`retryAfter`) is honoured up to `maxRetryAfter`; a longer one ends the retries. Otherwise
 * the wait doubles per retry from `baseDelay` up to `maxDelay`, with up to a quarter taken off at
 * random so that many clients do not retry in step.
 *
 * @param retry The client's or the call's retry count or options.
 * @param method The request's HTTP method.
 * @param attempt How many retries came before this one (0 after the first attempt).
 * @param error The failed attempt's error: its `status` and `retryAfter` are read.
 * @param random A number in [0, 1) for the jitter.
 *
 * @returns The wait in milliseconds, or `undefined` when the error is final.
 *
 * @internal
 */
export function _retryDelay(
  retry: number | RetryOptions,
  method: string,
  attempt: number,
  error: { readonly status?: number; readonly retryAfter?: number | undefined },
  random: number = Math.random(),
): number | undefined {
  const {
    attempts = 2,
    methods = ['GET', 'HEAD'],
    statuses = [429, 502, 503, 504],
    baseDelay = 500,
    maxDelay = 8_000,
    maxRetryAfter = 60_000,
  } = typeof retry === 'number' ? { attempts: retry } : retry;
  const wait = error.retryAfter;
  // A NaN or negative count means "no retries", never "retry forever"; a fraction rounds down.
  return attempt + 1 <= attempts &&
    methods.some((allowed) => allowed.toUpperCase() === method) &&
    (!error.status || statuses.includes(error.status)) &&
    !(wait! > maxRetryAfter)
    ? (wait ?? Math.min(baseDelay * 2 ** attempt, maxDelay) * (1 - random / 4))
    : undefined;
}
