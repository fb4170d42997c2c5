import { now as clockNow } from '../clock/Clock.ts';

/** The outcome of one rate-limit check. */
export interface RateDecision {
  /** Whether the request may proceed. */
  allowed: boolean;
  /** The limit of the window. */
  limit: number;
  /** Requests left in the window. */
  remaining: number;
  /** When the window resets (epoch seconds). */
  reset: number;
}

/**
 * Creates a fixed-window rate limiter, the scheme Appwrite's abuse module uses.
 *
 * @returns A `hit(key, limit, seconds)` function.
 */
export function createRateLimiter(): { hit(key: string, limit: number, seconds: number): RateDecision } {
  const windows = new Map<string, { count: number; reset: number }>();
  return {
    hit(key, limit, seconds) {
      const now = Math.floor(clockNow() / 1000);
      let window = windows.get(key);
      if (!window || window.reset <= now) {
        // Window boundaries are aligned to multiples of the period, like Appwrite's time buckets.
        window = { count: 0, reset: now - (now % seconds) + seconds };
        windows.set(key, window);
      }
      window.count += 1;
      return { allowed: window.count <= limit, limit, remaining: Math.max(0, limit - window.count), reset: window.reset };
    },
  };
}
