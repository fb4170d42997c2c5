import { expect, test, vi } from 'vitest';
import * as ID from './id.ts';

test('unique() is a 20-character hex ID led by the time, so IDs sort by creation', () => {
  vi.useFakeTimers({ now: new Date('2024-05-01T00:00:00.123Z'), toFake: ['Date'] });
  try {
    const id = ID.unique();
    expect(id).toMatch(/^[0-9a-f]{20}$/);
    // seconds since epoch in hex, then milliseconds padded to 5 hex digits
    expect(id.slice(0, 13)).toBe(Math.floor(Date.now() / 1000).toString(16) + (123).toString(16).padStart(5, '0'));
  } finally {
    vi.useRealTimers();
  }
});

test('unique() takes the random padding length and repeats nothing in a thousand calls', () => {
  expect(ID.unique(3)).toHaveLength(16);
  expect(new Set(Array.from({ length: 1000 }, () => ID.unique())).size).toBe(1000);
  // Appwrite's ID rule: up to 36 chars of a-z, A-Z, 0-9, period, hyphen, underscore, not starting with a special char.
  expect(ID.unique()).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9._-]{0,35}$/);
});

test('custom() returns the ID unchanged', () => {
  expect(ID.custom('my-id_1.x')).toBe('my-id_1.x');
});
