import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, signUpAndSignIn, type Api } from '../helpers/api.ts';

let emulator: RunningEmulator;
let api: Api;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'select',
      databases: [{ $id: 'db', name: 'DB' }],
      collections: [{ $id: 'notes', databaseId: 'db', name: 'Notes', $permissions: ['create("users")', 'read("users")'], attributes: [{ key: 'title', type: 'string', size: 32, required: true }, { key: 'n', type: 'integer', required: false }] }],
    },
  });
  api = await signUpAndSignIn(createApi(emulator.url, 'select'), 'sel');
  await api.post('/databases/db/collections/notes/documents', { documentId: 'a', data: { title: 'A', n: 1 } });
});
afterAll(async () => {
  await emulator.close();
});

const list = (queries: object[]) => api.get(`/databases/db/collections/notes/documents?${queries.map((q, i) => `queries[${i}]=${encodeURIComponent(JSON.stringify(q))}`).join('&')}`);

describe('select answers as Appwrite 1.5 gives them', () => {
  it('listDocuments with select leaves out $databaseId and $collectionId unless selected', async () => {
    const plain = (await list([])).body.documents[0];
    expect([plain.$databaseId, plain.$collectionId]).toEqual(['db', 'notes']);
    const selected = (await list([{ method: 'select', values: ['title'] }])).body.documents[0];
    expect(selected).toMatchObject({ $id: 'a', title: 'A' });
    expect(Object.keys(selected)).not.toContain('$databaseId');
    expect(Object.keys(selected)).not.toContain('$collectionId');
    expect(Object.keys(selected)).not.toContain('n');
    const named = (await list([{ method: 'select', values: ['title', '$databaseId'] }])).body.documents[0];
    expect(named.$databaseId).toBe('db');
    expect(Object.keys(named)).not.toContain('$collectionId');
  });

  it('getDocument with select keeps them, as Appwrite does', async () => {
    const one = await api.get(`/databases/db/collections/notes/documents/a?queries[0]=${encodeURIComponent(JSON.stringify({ method: 'select', values: ['title'] }))}`);
    expect([one.body.$databaseId, one.body.$collectionId]).toEqual(['db', 'notes']);
  });
});
