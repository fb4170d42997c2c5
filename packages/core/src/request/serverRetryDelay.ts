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
  const retryAfter = headers['retry-after']?.trim();
  if (retryAfter) {
    // Delta seconds are digits only; anything else is tried as an HTTP date.
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
    // HTTP dates name a weekday and month; this keeps bare numbers like "-5" from parsing as years.
    const date = /[a-z]/i.test(retryAfter) ? Date.parse(retryAfter) : Number.NaN;
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const reset = headers['x-ratelimit-reset']?.trim();
  if (status === 429 && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return undefined;
}
