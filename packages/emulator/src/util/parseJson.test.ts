import { describe, expect, it } from 'vitest';
import { JsonInputError, nestsDeeperThan, parseClientJson } from './parseJson.ts';

describe('nestsDeeperThan', () => {
  it.each([
    ['{"a":[1,{"b":2}]}', 3, false],
    ['{"a":[1,{"b":2}]}', 2, true],
    ['"[[[[[[["', 1, false],
    ['{"a":"\\"[[[[["}', 1, false],
    ['[[["\\\\"]]]', 3, false],
    ['[[["\\\\"]]]', 2, true],
  ])('%s deeper than %d: %s', (text, max, expected) => {
    expect(nestsDeeperThan(text, max)).toBe(expected);
  });
});

describe('parseClientJson', () => {
  it('parses ordinary JSON, keeping "constructor" as a plain key', () => {
    expect(parseClientJson('{"a":[1,2],"constructor":"x"}')).toEqual({ a: [1, 2], constructor: 'x' });
  });

  it.each([
    ['{"__proto__":{"x":1}}', 'key'],
    ['{"a":{"constructor":{"prototype":{"x":1}}}}', 'key'],
    ['{"a":', 'syntax'],
    ['['.repeat(600) + ']'.repeat(600), 'depth'],
  ])('refuses %s (%s)', (text, reason) => {
    expect(() => parseClientJson(text)).toThrow(JsonInputError);
    try {
      parseClientJson(text);
    } catch (error) {
      expect((error as JsonInputError).reason).toBe(reason);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
