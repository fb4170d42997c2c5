import { describe, expect, test } from 'vitest';
import * as Query from './query.ts';

// Appwrite 1.5 reads each query as JSON {"method","attribute","values"}; keys left out are omitted.
describe('query serialization', () => {
  test.each([
    [Query.equal('title', 'Avatar'), '{"method":"equal","attribute":"title","values":["Avatar"]}'],
    [Query.equal('year', [2019, 2020]), '{"method":"equal","attribute":"year","values":[2019,2020]}'],
    [Query.equal('done', false), '{"method":"equal","attribute":"done","values":[false]}'],
    [Query.notEqual('title', 'x'), '{"method":"notEqual","attribute":"title","values":["x"]}'],
    [Query.lessThan('age', 18), '{"method":"lessThan","attribute":"age","values":[18]}'],
    [Query.lessThanEqual('age', 18.5), '{"method":"lessThanEqual","attribute":"age","values":[18.5]}'],
    [Query.greaterThan('date', '2024-01-01'), '{"method":"greaterThan","attribute":"date","values":["2024-01-01"]}'],
    [Query.greaterThanEqual('age', 0), '{"method":"greaterThanEqual","attribute":"age","values":[0]}'],
    [Query.isNull('deletedAt'), '{"method":"isNull","attribute":"deletedAt"}'],
    [Query.isNotNull('deletedAt'), '{"method":"isNotNull","attribute":"deletedAt"}'],
    [Query.between('age', 18, 65), '{"method":"between","attribute":"age","values":[18,65]}'],
    [Query.between('name', 'a', 'm'), '{"method":"between","attribute":"name","values":["a","m"]}'],
    [Query.startsWith('name', 'Al'), '{"method":"startsWith","attribute":"name","values":["Al"]}'],
    [Query.endsWith('email', '@x.io'), '{"method":"endsWith","attribute":"email","values":["@x.io"]}'],
    [Query.contains('tags', 'red'), '{"method":"contains","attribute":"tags","values":["red"]}'],
    [Query.contains('tags', ['red', 'blue']), '{"method":"contains","attribute":"tags","values":["red","blue"]}'],
    [Query.search('body', 'hello world'), '{"method":"search","attribute":"body","values":["hello world"]}'],
    [Query.select(['name', 'age']), '{"method":"select","values":["name","age"]}'],
    [Query.orderAsc('name'), '{"method":"orderAsc","attribute":"name"}'],
    [Query.orderDesc('$createdAt'), '{"method":"orderDesc","attribute":"$createdAt"}'],
    [Query.cursorAfter('doc1'), '{"method":"cursorAfter","values":["doc1"]}'],
    [Query.cursorBefore('doc2'), '{"method":"cursorBefore","values":["doc2"]}'],
    [Query.limit(25), '{"method":"limit","values":[25]}'],
    [Query.offset(50), '{"method":"offset","values":[50]}'],
    [
      Query.or([Query.equal('a', 1), Query.lessThan('b', 2)]),
      '{"method":"or","values":[{"method":"equal","attribute":"a","values":[1]},{"method":"lessThan","attribute":"b","values":[2]}]}',
    ],
    [
      Query.and([Query.isNull('a'), Query.or([Query.equal('b', 'x'), Query.equal('c', 'y')])]),
      '{"method":"and","values":[{"method":"isNull","attribute":"a"},{"method":"or","values":[{"method":"equal","attribute":"b","values":["x"]},{"method":"equal","attribute":"c","values":["y"]}]}]}',
    ],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  test('quotes and backslashes in values stay valid JSON', () => {
    expect(JSON.parse(Query.equal('a"b', 'c\\"d'))).toEqual({ method: 'equal', attribute: 'a"b', values: ['c\\"d'] });
  });
});
