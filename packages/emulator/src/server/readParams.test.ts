import { describe, expect, it } from 'vitest';
import { readQuery } from './readParams.ts';

describe('readQuery', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['a=1&b=2', { a: '1', b: '2' }],
    ['queries[0]=x&queries[1]=y', { queries: ['x', 'y'] }],
    ['queries[]=x&queries[]=y', { queries: ['x', 'y'] }],
    ['queries[1]=y&queries[0]=x', { queries: ['x', 'y'] }],
    ['prefs[theme]=dark', { prefs: { theme: 'dark' } }],
    ['', {}],
  ];
  it.each(cases)('reads %s', (search, expected) => {
    expect(readQuery(new URLSearchParams(search))).toEqual(expected);
  });
});
