import { expect, test } from 'vitest';
import { _retryDelay } from './retryPolicy.ts';

const busy = { status: 503 };

test('defaults: 2 retries of GET and HEAD on 429, 502, 503, 504 and errors without a status', () => {
  for (const status of [429, 502, 503, 504, undefined]) expect(_retryDelay({}, 'GET', 0, { status }, 0)).toBe(500);
  expect(_retryDelay({}, 'HEAD', 1, busy, 0)).toBe(1000);
  expect(_retryDelay({}, 'GET', 2, busy, 0)).toBeUndefined();
  for (const status of [400, 401, 404, 500, 501]) expect(_retryDelay({}, 'GET', 0, { status }, 0)).toBeUndefined();
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(_retryDelay({}, method, 0, busy, 0)).toBeUndefined();
});

test.each([
  [0, 0],
  [5, 5],
  [-1, 0],
  [Number.NaN, 0],
  [2.7, 2],
])('a count of %s means %s retries', (count, retries) => {
  let made = 0;
  while (made < 10 && _retryDelay(count, 'GET', made, busy, 0) !== undefined) made++;
  expect(made).toBe(retries);
});

test('options fill the gaps with defaults, and methods match whatever their case', () => {
  expect(_retryDelay({ methods: ['post'], baseDelay: 10 }, 'POST', 1, busy, 0)).toBe(20);
  expect(_retryDelay({ methods: ['post'] }, 'GET', 0, busy, 0)).toBeUndefined();
  expect(_retryDelay({ statuses: [500] }, 'GET', 0, { status: 500 }, 0)).toBe(500);
  expect(_retryDelay({ statuses: [500] }, 'GET', 0, busy, 0)).toBeUndefined();
});

test('backoff doubles per retry up to the cap, and jitter takes off at most a quarter', () => {
  expect([0, 1, 2, 3, 4, 5].map((n) => _retryDelay(9, 'GET', n, busy, 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  expect(_retryDelay({}, 'GET', 1, busy, 0.999_999)).toBeCloseTo(750, 2);
  for (let i = 0; i < 100; i++) {
    const delay = _retryDelay({ attempts: 5 }, 'GET', 2, busy)!;
    expect(delay).toBeGreaterThan(1500);
    expect(delay).toBeLessThanOrEqual(2000);
  }
});

test("the server's wait is honoured up to maxRetryAfter; a longer one is final", () => {
  expect(_retryDelay({}, 'GET', 0, { status: 429, retryAfter: 3000 }, 0)).toBe(3000);
  expect(_retryDelay({}, 'GET', 0, { status: 429, retryAfter: 0 }, 0)).toBe(0);
  expect(_retryDelay({ maxRetryAfter: 1000 }, 'GET', 0, { status: 429, retryAfter: 3000 }, 0)).toBeUndefined();
});
