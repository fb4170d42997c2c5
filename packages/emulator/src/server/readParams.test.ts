import { describe, expect, it } from 'vitest';
import { AppwriteException } from '../errors/AppwriteException.ts';
import { isForbiddenKey, readQuery } from './readParams.ts';

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

describe('readQuery limits', () => {
  it.each([
    '__proto__[x]=1', 'a[__proto__]=1', 'constructor[prototype][x]=1', 'prototype=1',
    'queries[100]=x', 'queries[4294967294]=x', 'a[b][c][d][e][f][g]=1',
    Array.from({ length: 101 }, () => 'q[]=x').join('&'),
    Array.from({ length: 1001 }, (_, i) => `k${i}=x`).join('&'),
  ])('refuses %s', (search) => {
    expect(() => readQuery(search)).toThrow(AppwriteException);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('gives objects without a prototype and keeps 100 items', () => {
    const out = readQuery(`prefs[a]=1&${Array.from({ length: 100 }, () => 'q[]=x').join('&')}`);
    expect(Object.getPrototypeOf(out)).toBeNull();
    expect(Object.getPrototypeOf(out.prefs)).toBeNull();
    expect((out.q as string[]).length).toBe(100);
  });

  it.each([['__proto__', true], ['x[constructor]', true], ['prototype[]', true], ['permissions[]', false], ['proto', false]])('isForbiddenKey(%s)', (name, expected) => {
    expect(isForbiddenKey(name)).toBe(expected);
  });
});
