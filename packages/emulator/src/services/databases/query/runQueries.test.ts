import { describe, expect, it } from 'vitest';
import { AppwriteException } from '../../../errors/AppwriteException.ts';
import { parseQueries } from './parseQueries.ts';
import { collectionQuerySchema } from './querySchema.ts';
import { runQueries, selectOnly } from './runQueries.ts';
import { matchSearch } from './matchSearch.ts';

const schema = collectionQuerySchema({
  $id: 'books',
  name: 'Books',
  databaseId: 'db',
  attributes: [
    { key: 'title', type: 'string', size: 100 },
    { key: 'pages', type: 'integer' },
    { key: 'rating', type: 'double' },
    { key: 'tags', type: 'string', size: 20, array: true },
    { key: 'read', type: 'boolean' },
  ],
  indexes: [{ key: 'ft', type: 'fulltext', attributes: ['title'] }],
});

const books = [
  { $id: 'a', title: 'Alpha Centauri', pages: 100, rating: 4.5, tags: ['space'], read: true, $createdAt: '2024-01-01T00:00:00.000+00:00' },
  { $id: 'b', title: 'Beta Blues', pages: 200, rating: null, tags: ['music', 'blues'], read: false, $createdAt: '2024-01-02T00:00:00.000+00:00' },
  { $id: 'c', title: 'Gamma Rays', pages: 300, rating: 3, tags: [], read: true, $createdAt: '2024-01-03T00:00:00.000+00:00' },
  { $id: 'd', title: 'Delta Blues', pages: 200, rating: 5, tags: ['blues'], read: false, $createdAt: '2024-01-04T00:00:00.000+00:00' },
];

const q = (method: string, attribute?: string, values?: unknown[]) => JSON.stringify({ method, attribute, values });
const ids = (queries: string[]) => runQueries(books, parseQueries(queries), schema).items.map((item) => item.$id);

function errorType(queries: unknown[]): string {
  try {
    runQueries(books, parseQueries(queries), schema);
  } catch (error) {
    expect(error).toBeInstanceOf(AppwriteException);
    return (error as AppwriteException).type;
  }
  throw new Error('expected an error');
}

describe('runQueries filters', () => {
  it.each([
    [[q('equal', 'pages', [200])], ['b', 'd']],
    [[q('equal', 'title', ['Alpha Centauri', 'Gamma Rays'])], ['a', 'c']],
    [[q('notEqual', 'pages', [200])], ['a', 'c']],
    [[q('lessThan', 'pages', [200])], ['a']],
    [[q('lessThanEqual', 'pages', [200])], ['a', 'b', 'd']],
    [[q('greaterThan', 'rating', [3])], ['a', 'd']],
    [[q('greaterThanEqual', 'rating', [3])], ['a', 'c', 'd']],
    [[q('between', 'pages', [150, 300])], ['b', 'c', 'd']],
    [[q('isNull', 'rating')], ['b']],
    [[q('isNotNull', 'rating')], ['a', 'c', 'd']],
    [[q('startsWith', 'title', ['Be'])], ['b']],
    [[q('endsWith', 'title', ['Blues'])], ['b', 'd']],
    [[q('contains', 'tags', ['blues'])], ['b', 'd']],
    [[q('contains', 'title', ['ta B'])], ['b', 'd']],
    [[q('search', 'title', ['blu'])], ['b', 'd']],
    [[q('search', 'title', ['gamma xyz'])], ['c']],
    [[q('search', 'title', ['gam'])], ['c']],
    [[q('search', 'title', ['gam rays'])], ['c']],
    [[q('search', 'title', ['gam xyz'])], []],
    [[q('search', 'title', ['gamma x'])], ['c']],
    [[q('equal', 'read', [true]), q('greaterThan', 'pages', [100])], ['c']],
    [[q('greaterThan', '$createdAt', ['2024-01-02T12:00:00Z'])], ['c', 'd']],
    [[q('equal', '$id', ['c'])], ['c']],
  ])('%s -> %j', (queries, expected) => {
    expect(ids(queries)).toEqual(expected);
  });

  it('nests or inside and', () => {
    const or = { method: 'or', values: [{ method: 'equal', attribute: 'pages', values: [100] }, { method: 'equal', attribute: 'pages', values: [300] }] };
    const and = { method: 'and', values: [or, { method: 'equal', attribute: 'read', values: [true] }] };
    expect(ids([JSON.stringify(and)])).toEqual(['a', 'c']);
  });
});

describe('runQueries ordering and paging', () => {
  it('orders by several attributes with creation order as tie-break', () => {
    expect(ids([q('orderDesc', 'pages'), q('orderAsc', 'title')])).toEqual(['c', 'b', 'd', 'a']);
    expect(ids([q('orderAsc', 'rating')])).toEqual(['b', 'c', 'a', 'd']);
  });

  it('counts total before paging and defaults to 25', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ $id: `x${i}`, title: 't', pages: i }));
    const result = runQueries(many, [], schema);
    expect(result.total).toBe(30);
    expect(result.items).toHaveLength(25);
    const page = runQueries(many, parseQueries([q('limit', undefined, [5]), q('offset', undefined, [27])]), schema);
    expect(page.items.map((item) => item.$id)).toEqual(['x27', 'x28', 'x29']);
    expect(page.total).toBe(30);
  });

  it('pages with cursors in both directions', () => {
    expect(ids([q('cursorAfter', undefined, ['b'])])).toEqual(['c', 'd']);
    expect(ids([q('cursorBefore', undefined, ['d']), q('limit', undefined, [2])])).toEqual(['b', 'c']);
    expect(ids([q('orderDesc', 'pages'), q('cursorAfter', undefined, ['c'])])).toEqual(['d', 'b', 'a']);
  });

  it('selects attributes but keeps system fields', () => {
    const [first] = runQueries(books, parseQueries([q('select', undefined, ['title'])]), schema).items;
    expect(first).toEqual({ $id: 'a', $createdAt: books[0]?.$createdAt, title: 'Alpha Centauri' });
    expect(selectOnly(books[1] as (typeof books)[number], parseQueries([q('select', undefined, ['pages'])]), schema)).toMatchObject({ pages: 200 });
    expect(selectOnly(books[1] as (typeof books)[number], parseQueries([q('select', undefined, ['pages'])]), schema)).not.toHaveProperty('title');
  });
});

describe('runQueries errors', () => {
  it.each([
    [['not json'], 'general_query_invalid'],
    [[q('nope', 'title', ['x'])], 'general_query_invalid'],
    [[q('equal', 'missing', ['x'])], 'general_query_invalid'],
    [[q('equal', 'pages', ['200'])], 'general_query_invalid'],
    [[q('equal', 'tags', ['x'])], 'general_query_invalid'],
    [[q('search', 'tags', ['x'])], 'general_query_invalid'],
    [[q('contains', 'pages', [1])], 'general_query_invalid'],
    [[q('between', 'pages', [1])], 'general_query_invalid'],
    [[q('limit', undefined, [0])], 'general_query_invalid'],
    [[q('offset', undefined, [-1])], 'general_query_invalid'],
    [[q('notEqual', 'title', ['a', 'b'])], 'general_query_invalid'],
    [[q('orderAsc', 'missing')], 'general_query_invalid'],
    [[q('cursorAfter', undefined, ['zzz'])], 'general_cursor_not_found'],
    [Array.from({ length: 101 }, () => q('limit', undefined, [1])), 'general_argument_invalid'],
    [[q('equal', 'title', Array.from({ length: 101 }, (_, i) => `t${i}`))], 'general_query_invalid'],
  ])('%j -> %s', (queries, type) => {
    expect(errorType(queries)).toBe(type);
  });

  // The messages apps may show, as utopia-php/database 0.52 (Appwrite 1.5.11) words them.
  it.each([
    [q('limit', undefined, [0]), 'Invalid query: Invalid limit: Value must be a valid range between 1 and 9,223,372,036,854,775,807'],
    [q('offset', undefined, [-1]), 'Invalid query: Invalid offset: Value must be a valid range between 0 and 9,223,372,036,854,775,807'],
    [q('limit', undefined, ['ten']), 'Invalid query: Invalid limit: Value must be a valid number'],
    [q('notEqual', 'title', ['a', 'b']), 'Invalid query: NotEqual queries require exactly one value.'],
    [q('between', 'pages', [1]), 'Invalid query: Between queries require exactly two values.'],
    [q('equal', 'title', []), 'Invalid query: Equal queries require at least one value.'],
  ])('%s answers "%s"', (query, message) => {
    expect(() => runQueries(books, parseQueries([query]), schema)).toThrow(message);
  });

  it('takes limits and offsets beyond 5000, as Appwrite does (only the total is capped)', () => {
    expect(ids([q('limit', undefined, [100_000])])).toEqual(['a', 'b', 'c', 'd']);
    expect(ids([q('offset', undefined, [5001])])).toEqual([]);
  });
});

describe('matchSearch', () => {
  it('treats quoted values as phrases', () => {
    expect(matchSearch('"beta blues"')('The Beta Blues band')).toBe(true);
    expect(matchSearch('"blues beta"')('The Beta Blues band')).toBe(false);
    expect(matchSearch('---')('x')).toBe(false);
  });
});
