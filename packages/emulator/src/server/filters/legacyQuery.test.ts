import { describe, expect, it } from 'vitest';
import { convertLegacyQuery } from './legacyQuery.ts';

// What appwrite@13 / node-appwrite@11's Query helpers send, and the JSON Appwrite 1.5 turns it into.
const cases: Array<[string, unknown]> = [
  ['equal("username", ["johnny"])', { method: 'equal', attribute: 'username', values: ['johnny'] }],
  ['equal("age", [1, 2.5, -3])', { method: 'equal', attribute: 'age', values: [1, 2.5, -3] }],
  ['equal("flag", [true])', { method: 'equal', attribute: 'flag', values: [true] }],
  ['notEqual("name", "solo")', { method: 'notEqual', attribute: 'name', values: ['solo'] }],
  ['search("title", ["hello world, again"])', { method: 'search', attribute: 'title', values: ['hello world, again'] }],
  ['equal("q", ["a\\"b", \'it\\\'s\', "[x]"])', { method: 'equal', attribute: 'q', values: ['a"b', "it's", '[x]'] }],
  ['equal("path", ["C:\\\\dir"])', { method: 'equal', attribute: 'path', values: ['C:\\\\dir'] }],
  ['isNull("deletedAt")', { method: 'isNull', attribute: 'deletedAt' }],
  ['between("n", 1, 10)', { method: 'between', attribute: 'n', values: [1, 10] }],
  ['select(["name", "age"])', { method: 'select', values: ['name', 'age'] }],
  ['orderAsc("name")', { method: 'orderAsc', attribute: 'name' }],
  ['orderDesc("")', { method: 'orderDesc' }],
  ['limit(25)', { method: 'limit', values: [25] }],
  ['offset(0)', { method: 'offset', values: [0] }],
  ['cursorAfter("doc1")', { method: 'cursorAfter', values: ['doc1'] }],
  ['equal("empty", [])', { method: 'equal', attribute: 'empty' }],
  ['startsWith("name", "Ad")', { method: 'startsWith', attribute: 'name', values: ['Ad'] }],
];

describe('convertLegacyQuery', () => {
  it.each(cases)('reads %s', (text, expected) => {
    expect(JSON.parse(convertLegacyQuery(text))).toEqual(expected);
  });

  it.each(['equal', 'name.equal("x")', ''])('refuses %j with general_query_invalid', (text) => {
    expect(() => convertLegacyQuery(text)).toThrow(expect.objectContaining({ type: 'general_query_invalid', code: 400 }));
  });

  it('keeps an unknown method for the 1.5 validator to refuse', () => {
    expect(JSON.parse(convertLegacyQuery('regex("a", ".*")'))).toEqual({ method: 'regex' });
  });
});
