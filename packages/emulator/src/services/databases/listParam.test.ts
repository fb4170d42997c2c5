import { describe, expect, it } from 'vitest';
import { listParam } from './listParam.ts';

describe('listParam', () => {
  it.each([
    [{ queries: ['a', 'b'] }, ['a', 'b']],
    [{ 'queries[]': ['a'] }, ['a']],
    [{ 'queries[1]': 'b', 'queries[0]': 'a' }, ['a', 'b']],
    [{ queries: '["a","b"]' }, ['a', 'b']],
    [{ queries: 'a' }, ['a']],
    [{}, undefined],
    [{ queries: null }, undefined],
  ])('%j -> %j', (params, expected) => {
    expect(listParam(params, 'queries')).toEqual(expected);
  });
});
