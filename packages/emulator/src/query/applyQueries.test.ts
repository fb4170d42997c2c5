import { describe, expect, it } from 'vitest';
import { AppwriteException } from '../errors/AppwriteException.ts';
import { applyQueries } from './applyQueries.ts';

const rows = [
  { $id: 'a', name: 'Ann', n: 3 },
  { $id: 'b', name: 'Bob', n: 1 },
  { $id: 'c', name: 'Cid', n: 2 },
];
const q = (method: string, attribute: string | undefined, values: unknown[]) => JSON.stringify({ method, ...(attribute ? { attribute } : {}), values });

describe('applyQueries', () => {
  it('filters, orders, pages and moves cursors', () => {
    expect(applyQueries(rows, [q('equal', 'name', ['Bob'])], ['name']).items.map((r) => r.$id)).toEqual(['b']);
    expect(applyQueries(rows, [q('orderAsc', 'n', [])], ['n']).items.map((r) => r.$id)).toEqual(['b', 'c', 'a']);
    expect(applyQueries(rows, [q('limit', undefined, [1]), q('offset', undefined, [1])], [])).toEqual({ items: [rows[1]], total: 3 });
    expect(applyQueries(rows, [q('cursorAfter', undefined, ['a'])], []).items.map((r) => r.$id)).toEqual(['b', 'c']);
  });

  it('rejects unknown attributes, bad JSON and missing cursors', () => {
    expect(() => applyQueries(rows, [q('equal', 'secret', ['x'])], ['name'])).toThrow(AppwriteException);
    expect(() => applyQueries(rows, ['not json'], [])).toThrow(/Invalid query/);
    expect(() => applyQueries(rows, [q('cursorAfter', undefined, ['zz'])], [])).toThrow(/Cursor/);
  });
});
