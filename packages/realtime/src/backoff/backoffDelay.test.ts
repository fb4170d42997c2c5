import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoffDelay.ts';

describe('backoffDelay', () => {
  it.each([
    [0, 0, 500],
    [0, 0.999999, 1000],
    [1, 0, 1000],
    [3, 1 - Number.EPSILON, 8000],
    [10, 0, 15000],
    [10, 1 - Number.EPSILON, 30000],
    [5000, 0.5, 22500],
  ])('attempt %i with random %d waits %i ms (base 1000, cap 30000)', (attempt, random, expected) => {
    expect(backoffDelay(attempt, 1000, 30_000, random)).toBe(expected);
  });

  it('never waits more than the cap or less than half the base, whatever the random draw', () => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const delay = backoffDelay(attempt, 100, 5_000);
      expect(delay).toBeGreaterThanOrEqual(50);
      expect(delay).toBeLessThanOrEqual(5_000);
    }
  });
});
