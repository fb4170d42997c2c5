/**
 * Returns how long the server asked the client to wait, in milliseconds.
 *
 * `Retry-After` (delta seconds or an HTTP date) counts on any status. Appwrite's
 * `X-RateLimit-Reset` (a Unix time in seconds) counts only on a 429: Appwrite sends it
 * with every answer of a rate-limited route, where it is not a request to wait.
 *
 * @param status The HTTP status.
 * @param headers The response headers, lower-cased.
 * @param now The current time in milliseconds.
 *
 * @returns The wait, or `undefined` when the server named none.
 *
 * @internal
 */
export function _serverRetryDelay(status: number, headers: Readonly<Record<string, string>>, now: number): number | undefined {
  const retryAfter = headers['retry-after'];
  const reset = status === 429 && headers['x-ratelimit-reset'];
  // Delta seconds are digits only; a date names a weekday and month, so "-5" is neither.
  const at = retryAfter
    ? /^\s*[\d.]+\s*$/.test(retryAfter)
      ? now + 1000 * Number(retryAfter)
      : /[a-z]/i.test(retryAfter)
        ? Date.parse(retryAfter)
        : Number.NaN
    : reset
      ? 1000 * Number(reset)
      : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
