import { describe, expect, it } from 'vitest';
import { createClient } from '../client/createClient.ts';
import type { RequestOptions } from '../request/types.ts';
import { paginate } from './paginate.ts';

const client = createClient({ endpoint: 'http://127.0.0.1:9/v1', project: 'p' });

// A list function over an in-memory table that reads the queries the way Appwrite does.
function table(count: number) {
  const rows = Array.from({ length: count }, (_, index) => ({ $id: `id${String(index).padStart(5, '0')}`, n: index }));
  const calls: string[][] = [];
  async function listRows(_client: unknown, params: { queries?: readonly string[]; tag?: string }, options?: RequestOptions) {
    calls.push([...(params.queries ?? [])]);
    options?.signal?.throwIfAborted();
    const parsed = (params.queries ?? []).map((query) => JSON.parse(query) as { method: string; values?: unknown[] });
    const size = Number(parsed.find((query) => query.method === 'limit')?.values?.[0] ?? 25);
    const after = parsed.find((query) => query.method === 'cursorAfter')?.values?.[0];
    const start = after === undefined ? 0 : rows.findIndex((row) => row.$id === after) + 1;
    return { total: rows.length, rows: rows.slice(start, start + size) };
  }
  return { listRows, calls };
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

describe('paginate', () => {
  it.each([
    [0, 10, 1],
    [9, 10, 1],
    [10, 10, 2],
    [25, 10, 3],
  ])('walks %i items with page size %i in %i requests', async (count, pageSize, requests) => {
    const { listRows, calls } = table(count);
    const items = await collect(paginate(listRows, client, {}, { pageSize }));
    expect(items.map((item) => item.n)).toEqual(Array.from({ length: count }, (_, index) => index));
    expect(calls).toHaveLength(requests);
    expect(calls[1]?.at(-1)).toBe(count >= pageSize ? JSON.stringify({ method: 'cursorAfter', values: [`id${String(pageSize - 1).padStart(5, '0')}`] }) : undefined);
  });

  it('keeps filters, starts after a given ID and passes params through', async () => {
    const { listRows, calls } = table(5);
    const filter = JSON.stringify({ method: 'equal', attribute: 'x', values: [1] });
    const items = await collect(paginate(listRows, client, { queries: [filter], tag: 't' }, { pageSize: 2, after: 'id00001' }));
    expect(items.map((item) => item.$id)).toEqual(['id00002', 'id00003', 'id00004']);
    expect(calls[0]?.[0]).toBe(filter);
  });

  it('stops requesting when the loop breaks', async () => {
    const { listRows, calls } = table(100);
    for await (const item of paginate(listRows, client, {}, { pageSize: 10 })) if (item.n === 14) break;
    expect(calls).toHaveLength(2);
  });

  it('stops with the abort reason when the signal fires', async () => {
    const { listRows, calls } = table(100);
    const controller = new AbortController();
    const seen: number[] = [];
    const walk = (async () => {
      for await (const item of paginate(listRows, client, {}, { pageSize: 10, signal: controller.signal })) {
        seen.push(item.n);
        if (item.n === 12) controller.abort(new Error('enough'));
      }
    })();
    await expect(walk).rejects.toThrow('enough');
    expect(seen.at(-1)).toBeLessThan(20);
    expect(calls).toHaveLength(2);
  });

  it('refuses paging queries and bad page sizes before any request', async () => {
    const { listRows, calls } = table(3);
    await expect(collect(paginate(listRows, client, { queries: [JSON.stringify({ method: 'limit', values: [5] })] }))).rejects.toThrow(
      'remove Query.limit from queries',
    );
    await expect(collect(paginate(listRows, client, {}, { pageSize: 0 }))).rejects.toThrow('pageSize must be a positive integer');
    expect(calls).toHaveLength(0);
  });
});

describe('paginate without IDs or cursors', () => {
  // Rows without `$id`, paged by offset, as Appwrite pages account logs.
  async function listLogRows(_client: unknown, params: { queries?: readonly string[] }, _options?: RequestOptions) {
    const parsed = (params.queries ?? []).map((query) => JSON.parse(query) as { method: string; values?: unknown[] });
    const size = Number(parsed.find((query) => query.method === 'limit')?.values?.[0] ?? 25);
    const skip = Number(parsed.find((query) => query.method === 'offset')?.values?.[0] ?? 0);
    const rows = Array.from({ length: 23 }, (_, index) => ({ event: `e${index}` }));
    return { total: rows.length, logs: rows.slice(skip, skip + size) };
  }

  it('walks items without an $id by offset', async () => {
    const items = await collect(paginate(listLogRows, client, {}, { pageSize: 5 }));
    expect(items.map((item) => item.event)).toEqual(Array.from({ length: 23 }, (_, index) => `e${index}`));
  });

  it('stops with an error when the server ignores the cursor instead of looping', async () => {
    const listSame = async (_client: unknown, _params: { queries?: readonly string[] }, _options?: RequestOptions) => ({ total: 3, rows: [{ $id: 'a' }, { $id: 'b' }] });
    await expect(collect(paginate(listSame, client, {}, { pageSize: 2 }))).rejects.toThrow('returned the item it was asked to continue after ("b")');
  });
});
