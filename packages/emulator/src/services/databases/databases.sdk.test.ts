import { ID, Permission, Query, Role, type Client } from '@aw/core';
import { createDocument, deleteDocumentById, getDocumentById, listUserDocuments, updateDocumentById } from '@aw/databases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../index.ts';
import { checkedAnswers, errorOf, sdkClient, signUp } from '../../../test/helpers/sdkClient.ts';

let emulator: RunningEmulator;
let alice: Client;
let bob: Client;
let guest: Client;

const db = { databaseId: 'shop' };
const products = { ...db, collectionId: 'products' };
const notes = { ...db, collectionId: 'notes' };

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'db-test',
      databases: [{ $id: 'shop', name: 'Shop' }],
      collections: [
        {
          $id: 'products', databaseId: 'shop', name: 'Products', documentSecurity: false,
          $permissions: ['read("any")', 'create("users")', 'update("users")', 'delete("users")'],
          attributes: [
            { key: 'name', type: 'string', size: 64, required: true },
            { key: 'price', type: 'double', min: 0 },
            { key: 'stock', type: 'integer', min: 0, max: 1000, default: 0 },
            { key: 'tags', type: 'string', size: 16, array: true },
            { key: 'status', type: 'string', format: 'enum', elements: ['draft', 'live'], size: 8, default: 'draft' },
          ],
          indexes: [{ key: 'name_ft', type: 'fulltext', attributes: ['name'] }],
        },
        {
          $id: 'notes', databaseId: 'shop', name: 'Notes', documentSecurity: true,
          $permissions: ['create("users")'],
          attributes: [{ key: 'text', type: 'string', size: 200, required: true }],
        },
      ],
    },
  });
  alice = sdkClient(emulator, await signUp(emulator, 'alice'));
  bob = sdkClient(emulator, await signUp(emulator, 'bob'));
  guest = sdkClient(emulator);
});

afterAll(async () => {
  await emulator?.close();
});

describe('databases through @aw/databases', () => {
  it('creates, reads, queries, updates and deletes documents', async () => {
    const created = await createDocument(alice, { ...products, documentId: 'p1', data: { name: 'Blue Mug', price: 9.5, tags: ['kitchen'] } });
    expect(created).toMatchObject({ $id: 'p1', $collectionId: 'products', $databaseId: 'shop', name: 'Blue Mug', stock: 0, status: 'draft' });
    expect(created.$permissions).toEqual(['read("user:alice")', 'update("user:alice")', 'delete("user:alice")']);
    await createDocument(alice, { ...products, documentId: ID.unique(), data: { name: 'Red Mug', price: 12, stock: 3, status: 'live' } });
    await createDocument(bob, { ...products, documentId: 'p3', data: { name: 'Green Plate', price: 20, stock: 7, tags: ['kitchen', 'plate'] } });

    expect((await getDocumentById(guest, { ...products, documentId: 'p1' })).name).toBe('Blue Mug');
    const cheap = await listUserDocuments(guest, { ...products, queries: [Query.lessThan('price', 15), Query.orderDesc('price')] });
    expect(cheap.total).toBe(2);
    expect(cheap.documents.map((doc) => doc.name)).toEqual(['Red Mug', 'Blue Mug']);
    const kitchen = await listUserDocuments(guest, { ...products, queries: [Query.contains('tags', 'kitchen'), Query.limit(1)] });
    expect([kitchen.total, kitchen.documents.length]).toEqual([2, 1]);
    const mugs = await listUserDocuments(guest, { ...products, queries: [Query.search('name', 'mug'), Query.select(['name'])] });
    expect(mugs.documents.map((doc) => Object.keys(doc).filter((key) => !key.startsWith('$')))).toEqual([['name'], ['name']]);
    const page = await listUserDocuments(guest, { ...products, queries: [Query.cursorAfter('p1')] });
    expect(page.documents.map((doc) => doc.$id)).toHaveLength(2);
    const either = await listUserDocuments(guest, { ...products, queries: [Query.or([Query.equal('status', 'live'), Query.greaterThan('stock', 5)])] });
    expect(either.total).toBe(2);

    const updated = await updateDocumentById(bob, { ...products, documentId: 'p1', data: { stock: 5 } });
    expect([updated.stock, updated.name]).toEqual([5, 'Blue Mug']);
    await deleteDocumentById(alice, { ...products, documentId: 'p3' });
    expect((await errorOf(getDocumentById(guest, { ...products, documentId: 'p3' }))).type).toBe('document_not_found');
  });

  it('answers Appwrite error types for bad writes and queries', async () => {
    expect((await errorOf(createDocument(guest, { ...products, documentId: 'x', data: { name: 'Nope' } }))).type).toBe('user_unauthorized');
    const invalid = await errorOf(createDocument(alice, { ...products, documentId: 'x', data: { name: 'Bad', stock: 5000 } }));
    expect([invalid.status, invalid.type]).toEqual([400, 'document_invalid_structure']);
    expect(invalid.message).toMatch(/stock/);
    expect((await errorOf(createDocument(alice, { ...products, documentId: 'p1', data: { name: 'Again' } }))).type).toBe('document_already_exists');
    expect((await errorOf(listUserDocuments(guest, { ...products, queries: [Query.equal('missing', 'x')] }))).type).toBe('general_query_invalid');
    expect((await errorOf(listUserDocuments(guest, { ...products, queries: [Query.cursorAfter('zzz')] }))).type).toBe('general_cursor_not_found');
    expect((await errorOf(listUserDocuments(guest, { databaseId: 'shop', collectionId: 'nope' }))).type).toBe('collection_not_found');
    expect((await errorOf(listUserDocuments(guest, { databaseId: 'nope', collectionId: 'products' }))).type).toBe('database_not_found');
  });

  it('applies document security: private notes stay private, shared ones are visible', async () => {
    await createDocument(alice, { ...notes, documentId: 'secret', data: { text: 'only me' } });
    await createDocument(alice, {
      ...notes, documentId: 'shared', data: { text: 'for users' },
      // A client may only grant roles it holds itself, so sharing goes through `users` (or a team).
      permissions: [Permission.read(Role.users()), Permission.update(Role.user('alice'))],
    });
    expect((await listUserDocuments(alice, notes)).total).toBe(2);
    const forBob = await listUserDocuments(bob, notes);
    expect(forBob.documents.map((doc) => doc.$id)).toEqual(['shared']);
    expect((await errorOf(getDocumentById(bob, { ...notes, documentId: 'secret' }))).status).toBe(404);
    expect((await errorOf(updateDocumentById(bob, { ...notes, documentId: 'shared', data: { text: 'hijack' } }))).type).toBe('user_unauthorized');
    expect((await errorOf(deleteDocumentById(bob, { ...notes, documentId: 'shared' }))).type).toBe('user_unauthorized');
    expect((await listUserDocuments(guest, notes)).total).toBe(0);
    const granted = await errorOf(createDocument(bob, { ...notes, documentId: 'x', data: { text: 'x' }, permissions: [Permission.read(Role.user('alice'))] }));
    expect(granted.type).toBe('user_unauthorized');
    expect(checkedAnswers.get('document')).toBeGreaterThan(3);
    expect(checkedAnswers.get('documentList')).toBeGreaterThan(3);
    expect(checkedAnswers.get('error')).toBeGreaterThan(3);
  });
});
