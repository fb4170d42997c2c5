import { describe, expect, test } from 'vitest';
import * as Query from './query.ts';

// Appwrite 1.5.11 checks limit as an integer from 1, offset as an integer from 0 (utopia-php/database's
// Limit and Offset validators over an integer Range) and a cursor as a document ID.
describe('page builders refuse what Appwrite refuses, naming the builder and the rule', () => {
  test.each([-5, 0, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '10' as unknown as number])('limit(%s)', (value) => {
    expect(() => Query.limit(value)).toThrow(new RangeError(`Query.limit(${value}): expected an integer of at least 1`));
  });

  test.each([-1, 0.5, Number.NaN, Number.NEGATIVE_INFINITY, null as unknown as number])('offset(%s)', (value) => {
    expect(() => Query.offset(value)).toThrow(new RangeError(`Query.offset(${value}): expected an integer of at least 0`));
  });

  test('takes every count Appwrite takes, including ones above the default page size', () => {
    expect(Query.limit(1)).toBe('{"method":"limit","values":[1]}');
    expect(Query.limit(10_000)).toBe('{"method":"limit","values":[10000]}');
    expect(Query.offset(0)).toBe('{"method":"offset","values":[0]}');
    expect(Query.offset(Number.MAX_SAFE_INTEGER)).toBe(`{"method":"offset","values":[${Number.MAX_SAFE_INTEGER}]}`);
  });

  test.each(['', undefined as unknown as string, 42 as unknown as string])('cursors need a document ID: %j', (value) => {
    expect(() => Query.cursorAfter(value)).toThrow(new RangeError(`Query.cursorAfter(${JSON.stringify(value)}): expected a document ID`));
    expect(() => Query.cursorBefore(value)).toThrow(/^Query\.cursorBefore\(.*\): expected a document ID$/);
  });
});

// utopia-php/database 0.52's Query\Filter takes `notEqual` with exactly one value.
describe('notEqual takes exactly one value, as Appwrite does', () => {
  test.each([[['a', 'b']], [[]], [[1, 2, 3]]])('notEqual(…, %j)', (value) => {
    expect(() => Query.notEqual('title', value as never)).toThrow(new RangeError(`Query.notEqual(${JSON.stringify(value)}): expected exactly one value`));
  });

  test('takes one value, or a list of one', () => {
    expect(Query.notEqual('title', 'x')).toBe('{"method":"notEqual","attribute":"title","values":["x"]}');
    expect(Query.notEqual('n', [0])).toBe('{"method":"notEqual","attribute":"n","values":[0]}');
    // @ts-expect-error a list of two is refused by the types as well
    expect(() => Query.notEqual('title', ['a', 'b'])).toThrow(RangeError);
  });
});
