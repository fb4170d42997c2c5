import { expect, test } from 'vitest';
import { _backoffDelay, _retryPolicy } from './retryPolicy.ts';

test('defaults: 2 retries of GET and HEAD on 429, 502, 503 and 504', () => {
  expect(_retryPolicy(undefined)).toEqual({ attempts: 2, methods: ['GET', 'HEAD'], statuses: [429, 502, 503, 504], baseDelay: 500, maxDelay: 8000, maxRetryAfter: 60_000 });
});

test.each([
  [0, 0],
  [5, 5],
  [-1, 0],
  [Number.NaN, 0],
  [2.7, 2],
])('a count of %s means %s retries', (count, attempts) => {
  expect(_retryPolicy(count).attempts).toBe(attempts);
});

test('options fill the gaps with defaults, and methods are upper-cased', () => {
  expect(_retryPolicy({ methods: ['post'], baseDelay: 10 })).toMatchObject({ attempts: 2, methods: ['POST'], baseDelay: 10, maxDelay: 8000 });
});

test('backoff doubles per retry up to the cap, and jitter takes off at most a quarter', () => {
  const policy = _retryPolicy(undefined);
  expect([0, 1, 2, 3, 4, 5].map((n) => _backoffDelay(policy, n, 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  expect(_backoffDelay(policy, 1, 0.999_999)).toBeCloseTo(750, 2);
  for (let i = 0; i < 100; i++) {
    const delay = _backoffDelay(policy, 2);
    expect(delay).toBeGreaterThan(1500);
    expect(delay).toBeLessThanOrEqual(2000);
  }
});
