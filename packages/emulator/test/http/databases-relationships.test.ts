import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, expectError } from '../helpers/api.ts';

let emulator: RunningEmulator;

const open = ['create("users")', 'read("users")'];
const rel = (key: string, relatedCollection: string, relationType: string, extra: Record<string, unknown> = {}) => ({
  key, type: 'relationship', required: false, array: false, relatedCollection, relationType, twoWay: false, onDelete: 'restrict', side: 'parent', ...extra,
});
const name = { key: 'name', type: 'string', size: 64, required: false, array: false };

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'relations-test',
      databases: [{ $id: 'db', name: 'DB', enabled: true }],
      collections: [
        { $id: 'person', databaseId: 'db', name: 'Person', documentSecurity: true, $permissions: open,
          attributes: [name, rel('library', 'library', 'oneToOne', { twoWay: true, onDelete: 'cascade' })] },
        { $id: 'library', databaseId: 'db', name: 'Library', documentSecurity: true, $permissions: open, attributes: [name] },
        { $id: 'artist', databaseId: 'db', name: 'Artist', documentSecurity: true, $permissions: open, attributes: [name] },
        { $id: 'album', databaseId: 'db', name: 'Album', documentSecurity: true, $permissions: open,
          attributes: [name, rel('artist', 'artist', 'manyToOne', { twoWay: true, twoWayKey: 'albums' })] },
        { $id: 'sport', databaseId: 'db', name: 'Sport', documentSecurity: true, $permissions: open,
          attributes: [name, rel('players', 'player', 'manyToMany', { twoWay: true, twoWayKey: 'sports', onDelete: 'setNull' })] },
        { $id: 'player', databaseId: 'db', name: 'Player', documentSecurity: true, $permissions: open, attributes: [name] },
        { $id: 'shelf', databaseId: 'db', name: 'Shelf', documentSecurity: true, $permissions: open,
          attributes: [name, rel('books', 'book', 'oneToMany', { twoWay: true, twoWayKey: 'shelf', onDelete: 'cascade' }), rel('next', 'shelf', 'oneToOne')] },
        { $id: 'desk', databaseId: 'db', name: 'Desk', documentSecurity: true, $permissions: open,
          attributes: [name, rel('lamp', 'lamp', 'oneToOne', { twoWay: true, onDelete: 'restrict' })] },
        { $id: 'lamp', databaseId: 'db', name: 'Lamp', documentSecurity: true, $permissions: open, attributes: [name] },
        { $id: 'ca', databaseId: 'db', name: 'A', $permissions: open, attributes: [name, rel('toB', 'cb', 'oneToOne')] },
        { $id: 'cb', databaseId: 'db', name: 'B', $permissions: open, attributes: [name, rel('toC', 'cc', 'oneToOne')] },
        { $id: 'cc', databaseId: 'db', name: 'C', $permissions: open, attributes: [name, rel('toD', 'cd', 'oneToOne')] },
        { $id: 'cd', databaseId: 'db', name: 'D', $permissions: open, attributes: [name] },
        { $id: 'book', databaseId: 'db', name: 'Book', documentSecurity: true, $permissions: ['create("users")'], attributes: [name] },
      ],
    },
  });
});
afterAll(async () => {
  await emulator.close();
});

async function signedIn(email: string) {
  const api = createApi(emulator.url, emulator.projectId);
  const user = await api.post('/account', { userId: 'unique()', email, password: 'correct horse', name: email });
  expect(user.status).toBe(201);
  expect((await api.post('/account/sessions/email', { email, password: 'correct horse' })).status).toBe(201);
  return { api, id: user.body.$id as string };
}

const docs = (collection: string) => `/databases/db/collections/${collection}/documents`;

describe('relationship attributes', () => {
  it('creates nested documents, resolves both sides of a two-way one-to-one and cascades the delete', async () => {
    const { api, id } = await signedIn('one@example.com');
    const mine = [`read("user:${id}")`, `update("user:${id}")`, `delete("user:${id}")`];
    const created = await api.post(docs('person'), { documentId: 'p1', data: { name: 'Ann', library: { $id: 'lib1', name: 'Central' } }, permissions: mine });
    expect(created.status).toBe(201);
    expect(created.body.library).toMatchObject({ $id: 'lib1', name: 'Central', $collectionId: 'library', $databaseId: 'db', $permissions: mine });
    const library = await api.get(`${docs('library')}/lib1`);
    expect(library.body.person).toMatchObject({ $id: 'p1', name: 'Ann' });
    // The way back to the parent is not resolved again.
    expect(library.body.person).not.toHaveProperty('library');
    const list = await api.get(`${docs('person')}?queries[0]=${encodeURIComponent('{"method":"equal","attribute":"library","values":["lib1"]}')}`);
    expect(list.body.total).toBe(1);
    expectError(await api.get(`${docs('person')}?queries[0]=${encodeURIComponent('{"method":"equal","attribute":"library.name","values":["x"]}')}`), 400, 'general_query_invalid');
    expect((await api.request('DELETE', `${docs('person')}/p1`)).status).toBe(204);
    expectError(await api.get(`${docs('library')}/lib1`), 404, 'document_not_found');
  });

  it('links by ID, lists the many side and restricts deleting a referenced document', async () => {
    const { api } = await signedIn('two@example.com');
    expect((await api.post(docs('artist'), { documentId: 'ar1', data: { name: 'Nina' } })).status).toBe(201);
    expect((await api.post(docs('album'), { documentId: 'al1', data: { name: 'First', artist: 'ar1' } })).body.artist.$id).toBe('ar1');
    expect((await api.post(docs('album'), { documentId: 'al2', data: { name: 'Second', artist: { $id: 'ar1' } } })).status).toBe(201);
    const artist = await api.get(`${docs('artist')}/ar1`);
    expect(artist.body.albums.map((album: { $id: string }) => album.$id)).toEqual(['al1', 'al2']);
    expectError(await api.request('DELETE', `${docs('artist')}/ar1`), 403, 'document_delete_restricted');
    // Deleting from the many side only unlinks.
    expect((await api.request('DELETE', `${docs('album')}/al1`)).status).toBe(204);
    expect((await api.get(`${docs('artist')}/ar1`)).body.albums).toHaveLength(1);
    expectError(await api.post(docs('album'), { documentId: 'al3', data: { artist: ['ar1'] } }), 400, 'relationship_value_invalid');
    expectError(await api.post(docs('album'), { documentId: 'al3', data: { artist: 5 } }), 400, 'relationship_value_invalid');
  });

  it('resolves related documents two levels deep and leaves deeper relationship keys out', async () => {
    const { api } = await signedIn('chain@example.com');
    const created = await api.post(docs('ca'), { documentId: 'a1', data: { name: 'a', toB: { $id: 'b1', toC: { $id: 'c1', toD: { $id: 'd1', name: 'd' } } } } });
    expect(created.body.toB.toC.$id).toBe('c1');
    expect(created.body.toB.toC).not.toHaveProperty('toD');
    expect((await api.get(`${docs('cc')}/c1`)).body.toD.name).toBe('d');
  });

  it('restricts a one-to-one from the parent side only', async () => {
    const { api } = await signedIn('desk@example.com');
    expect((await api.post(docs('desk'), { documentId: 'd1', data: { name: 'Oak', lamp: { $id: 'l1', name: 'Brass' } } })).status).toBe(201);
    expectError(await api.request('DELETE', `${docs('desk')}/d1`), 403, 'document_delete_restricted');
    expect((await api.request('DELETE', `${docs('lamp')}/l1`)).status).toBe(204);
    expect((await api.get(`${docs('desk')}/d1`)).body.lamp).toBeNull();
    expect((await api.request('DELETE', `${docs('desk')}/d1`)).status).toBe(204);
  });

  it('sets many-to-many links to null on delete and updates links from either side', async () => {
    const { api } = await signedIn('three@example.com');
    const sport = await api.post(docs('sport'), { documentId: 's1', data: { name: 'Chess', players: [{ $id: 'pl1', name: 'Kasparov' }, { name: 'Polgar' }] } });
    expect(sport.body.players).toHaveLength(2);
    expect((await api.get(`${docs('player')}/pl1`)).body.sports[0].$id).toBe('s1');
    expect((await api.patch(`${docs('player')}/pl1`, { data: { sports: [] } })).body.sports).toEqual([]);
    expect((await api.get(`${docs('sport')}/s1`)).body.players).toHaveLength(1);
    expect((await api.patch(`${docs('player')}/pl1`, { data: { sports: ['s1'] } })).status).toBe(200);
    expect((await api.request('DELETE', `${docs('sport')}/s1`)).status).toBe(204);
    expect((await api.get(`${docs('player')}/pl1`)).body.sports).toEqual([]);
  });

  it('does not show related documents the caller cannot read, and refuses nested writes without permission', async () => {
    const owner = await signedIn('owner@example.com');
    const other = await signedIn('other@example.com');
    const shelf = await owner.api.post(docs('shelf'), {
      documentId: 'sh1',
      data: { name: 'Top', books: [{ $id: 'b1', name: 'Open', $permissions: ['read("any")'] }, { $id: 'b2', name: 'Secret' }] },
      permissions: ['read("any")', `update("user:${owner.id}")`, `delete("user:${owner.id}")`],
    });
    expect(shelf.body.books).toHaveLength(2);
    expect((await owner.api.get(`${docs('book')}/b1`)).body.shelf.$id).toBe('sh1');
    // b2 inherited the shelf's permissions, which let anyone read it; make a private one.
    expect((await owner.api.patch(`${docs('shelf')}/sh1`, { data: { books: ['b1', { $id: 'b3', name: 'Private', $permissions: [`read("user:${owner.id}")`] }] } })).status).toBe(200);
    const seen = await other.api.get(`${docs('shelf')}/sh1`);
    expect(seen.body.books.map((book: { $id: string }) => book.$id)).toEqual(['b1']);
    expectError(await other.api.patch(`${docs('shelf')}/sh1`, { data: { name: 'Mine' } }), 401, 'user_unauthorized');
    // An update that changes nothing needs no update permission and keeps $updatedAt, as in Appwrite.
    const unchanged = await other.api.patch(`${docs('shelf')}/sh1`, { data: { name: 'Top' } });
    expect(unchanged.status).toBe(200);
    expect(unchanged.body.$updatedAt).toBe((await owner.api.get(`${docs('shelf')}/sh1`)).body.$updatedAt);
    // Updating a related document needs update permission on it.
    await other.api.post(docs('shelf'), { documentId: 'sh2', data: { name: 'Other', books: [] } });
    expectError(await other.api.patch(`${docs('shelf')}/sh2`, { data: { books: [{ $id: 'b1', name: 'Taken' }] } }), 401, 'user_unauthorized');
    // Taking a readable book into another shelf changes the book, so it needs update permission on it too.
    expectError(await other.api.patch(`${docs('shelf')}/sh2`, { data: { books: ['b1'] } }), 401, 'user_unauthorized');
    expect((await owner.api.get(`${docs('book')}/b1`)).body).toMatchObject({ name: 'Open', shelf: { $id: 'sh1' } });
    // Cascade: deleting the shelf deletes its books, even the one the owner's caller made private.
    expect((await owner.api.request('DELETE', `${docs('shelf')}/sh1`)).status).toBe(204);
    expectError(await owner.api.get(`${docs('book')}/b3`), 404, 'document_not_found');
  });

  it('stops resolving at Appwrite depth and keeps a refused write from changing anything', async () => {
    const { api } = await signedIn('deep@example.com');
    const chain = await api.post(docs('shelf'), {
      documentId: 'c1',
      data: { name: 'one', next: { $id: 'c2', name: 'two', next: { $id: 'c3', name: 'three', next: { $id: 'c4', name: 'four' } } } },
    });
    expect(chain.status).toBe(201);
    // The same relationship is not followed twice in one answer (Appwrite's reflexive rule)…
    expect(chain.body.next.$id).toBe('c2');
    expect(chain.body.next).not.toHaveProperty('next');
    // …but every level was written.
    expect((await api.get(`${docs('shelf')}/c3`)).body.next.$id).toBe('c4');
    const before = await api.get(`${docs('shelf')}/c1`);
    expectError(await api.patch(`${docs('shelf')}/c1`, { data: { name: 'changed', next: { $id: 'c5', name: 'x'.repeat(100) } } }), 400, 'document_invalid_structure');
    expect(await api.get(`${docs('shelf')}/c1`)).toMatchObject({ body: { name: before.body.name, next: { $id: 'c2' } } });
    expectError(await api.get(`${docs('shelf')}/c5`), 404, 'document_not_found');
  });

  it('treats __proto__ in nested data as an unknown attribute, without touching prototypes', async () => {
    const { api } = await signedIn('proto@example.com');
    const data = JSON.parse('{"name":"p","next":{"__proto__":{"polluted":true},"name":"q"}}') as Record<string, unknown>;
    expect((await api.post(docs('shelf'), { documentId: 'x1', data })).status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectError(await api.get(`${docs('shelf')}/x1`), 404, 'document_not_found');
  });
});
