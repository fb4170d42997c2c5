import { createClient, paginate, Query, type Client } from '@aw/core';
import { createDocument, listUserDocuments } from '@aw/databases';
import { startEmulator, type RunningEmulator } from '@aw/emulator';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const COUNT = 10_000;
// About a kilobyte per document, so that holding them all shows clearly against one page.
const TEXT = 'lorem ipsum '.repeat(85);
const ids = { databaseId: 'main', collectionId: 'items' } as const;
const ItemSchema = v.object({ n: v.number(), even: v.boolean() });

let emulator: RunningEmulator;
let client: Client;

function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      databases: [{ $id: 'main', name: 'Main' }],
      collections: [
        {
          $id: 'items',
          databaseId: 'main',
          name: 'Items',
          $permissions: ['create("any")', 'read("any")'],
          attributes: [
            { key: 'n', type: 'integer', required: true },
            { key: 'even', type: 'boolean', required: true },
            { key: 'text', type: 'string', size: 2000, required: false },
          ],
        },
      ],
    },
  });
  client = createClient({ endpoint: emulator.url, project: emulator.projectId, retry: 0 });
  // Creating 10,000 documents over HTTP takes longer than the walk under test (about 4 ms each on a
  // shared machine), so one goes through the API and the rest are copies of it put straight into the
  // emulator's document table. The walk's count fails loudly if that table ever moves.
  const first = await createDocument(client, { ...ids, documentId: 'item00000', data: { n: 0, even: true, text: TEXT } });
  const table = emulator.context.store.table<typeof first>('db_documents');
  for (let n = 1; n < COUNT; n++) {
    const $id = `item${String(n).padStart(5, '0')}`;
    table.put(`${ids.databaseId}/${ids.collectionId}/${$id}`, { ...first, $id, n, even: n % 2 === 0 });
  }
}, 60_000);
afterAll(() => emulator.close());

describe('paginate over the emulator', () => {
  it(`walks ${COUNT} documents once each, in order, with flat memory`, async () => {
    const before = heapMiB();
    let count = 0;
    let sum = 0;
    let peak = -Infinity;
    for await (const item of paginate(listUserDocuments, client, { ...ids, queries: [Query.orderAsc('n')] }, { pageSize: 500, schema: ItemSchema })) {
      expect(item.n).toBe(count);
      count++;
      sum += item.n;
      if (count % 1000 === 0) peak = Math.max(peak, heapMiB() - before);
    }
    const after = heapMiB();
    expect(count).toBe(COUNT);
    expect(sum).toBe((COUNT * (COUNT - 1)) / 2);
    // For scale: the same documents held at once.
    const all = [];
    for await (const item of paginate(listUserDocuments, client, ids, { pageSize: 5000 })) all.push(item);
    const holding = heapMiB() - after;
    console.log(
      `paginate ${COUNT} documents: heapUsed ${before.toFixed(1)} MiB before, ${after.toFixed(1)} MiB after, ` +
        `largest growth while walking ${peak.toFixed(2)} MiB (sampled every 1000 items after gc, pageSize 500); ` +
        `holding all ${all.length} instead: +${holding.toFixed(1)} MiB`,
    );
    // Growth while walking stays a small part of what holding every document costs.
    expect(holding).toBeGreaterThan(10);
    expect(peak).toBeLessThan(holding / 5);
  });

  it('keeps filters while walking', async () => {
    let count = 0;
    for await (const item of paginate(listUserDocuments, client, { ...ids, queries: [Query.equal('even', true)] }, { pageSize: 1000, schema: ItemSchema })) {
      expect(item.even).toBe(true);
      count++;
    }
    expect(count).toBe(COUNT / 2);
  });

  it('stops mid-walk on abort', async () => {
    const controller = new AbortController();
    let count = 0;
    const walk = (async () => {
      for await (const _ of paginate(listUserDocuments, client, ids, { pageSize: 100, signal: controller.signal })) {
        if (++count === 250) controller.abort();
      }
    })();
    await expect(walk).rejects.toMatchObject({ name: 'AbortError' });
    expect(count).toBeLessThanOrEqual(300);
  });
});
