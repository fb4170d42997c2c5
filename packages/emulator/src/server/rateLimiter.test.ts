import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rateLimiter.ts';

describe('createRateLimiter', () => {
  it('allows the limit per key and window, then refuses', () => {
    const limiter = createRateLimiter();
    const results = Array.from({ length: 4 }, () => limiter.hit('k', 3, 60));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(limiter.hit('other', 3, 60).allowed).toBe(true);
    expect(results[0]!.reset % 60).toBe(0);
  });
});
