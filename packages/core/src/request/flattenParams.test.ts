import { expect, test } from 'vitest';
import { _flattenParams } from './flattenParams.ts';

test.each([
  ['a list', { queries: ['a', 'b'] }, { 'queries[0]': 'a', 'queries[1]': 'b' }],
  ['an empty list says nothing', { queries: [] }, {}],
  ['nested objects', { a: { b: { c: 1 } } }, { 'a[b][c]': '1' }],
  ['objects in lists', { l: [{ x: true }, { y: false }] }, { 'l[0][x]': 'true', 'l[1][y]': 'false' }],
  ['null and undefined are left out', { a: null, b: undefined, c: 0 }, { c: '0' }],
  ['dates become ISO strings', { at: new Date(0) }, { at: '1970-01-01T00:00:00.000Z' }],
  ['keys are kept as given', { 'we ird': 'v' }, { 'we ird': 'v' }],
])('%s', (_, params, expected) => {
  expect(_flattenParams(params)).toEqual(expected);
});
