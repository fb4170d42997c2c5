import { describe, expect, it } from 'vitest';
import { median, quantile } from './stats.mjs';

describe('quantile', () => {
  it('picks by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(values, 0.99)).toBe(99);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 1)).toBe(100);
    expect(quantile(values, 0)).toBe(1);
  });

  it('returns NaN for no values and leaves the input alone', () => {
    expect(quantile([], 0.5)).toBeNaN();
    const values = [3, 1, 2];
    expect(median(values)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
  });
});
