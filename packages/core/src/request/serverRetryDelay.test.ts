import { expect, test } from 'vitest';
import { _serverRetryDelay } from './serverRetryDelay.ts';

const NOW = Date.parse('2024-05-01T12:00:00Z');

test.each([
  ['Retry-After seconds', 503, { 'retry-after': '5' }, 5000],
  ['Retry-After zero', 429, { 'retry-after': '0' }, 0],
  ['Retry-After fractional seconds', 503, { 'retry-after': '1.5' }, 1500],
  ['Retry-After HTTP date', 503, { 'retry-after': 'Wed, 01 May 2024 12:00:30 GMT' }, 30_000],
  ['Retry-After date in the past', 503, { 'retry-after': 'Wed, 01 May 2024 11:00:00 GMT' }, 0],
  ['Retry-After garbage, no reset', 503, { 'retry-after': 'soon' }, undefined],
  ['Retry-After negative is not a delta', 503, { 'retry-after': '-5' }, undefined],
  ['X-RateLimit-Reset on a 429', 429, { 'x-ratelimit-reset': String(NOW / 1000 + 42) }, 42_000],
  ['X-RateLimit-Reset in the past', 429, { 'x-ratelimit-reset': String(NOW / 1000 - 5) }, 0],
  ['X-RateLimit-Reset on a 503 is ignored', 503, { 'x-ratelimit-reset': String(NOW / 1000 + 42) }, undefined],
  ['Retry-After wins over X-RateLimit-Reset', 429, { 'retry-after': '2', 'x-ratelimit-reset': String(NOW / 1000 + 42) }, 2000],
  ['nothing', 503, {}, undefined],
])('%s', (_, status, headers, expected) => {
  expect(_serverRetryDelay(status, headers, NOW)).toBe(expected);
});
