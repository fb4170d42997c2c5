import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, expectError } from '../helpers/api.ts';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'unique-test',
      databases: [{ $id: 'db', name: 'DB', enabled: true }],
      collections: [{
        $id: 'people', databaseId: 'db', name: 'People', enabled: true, documentSecurity: false,
        $permissions: ['create("any")', 'read("any")', 'update("any")'],
        attributes: [
          { key: 'email', type: 'string', size: 128, required: false, array: false },
          { key: 'name', type: 'string', size: 128, required: false, array: false },
        ],
        indexes: [{ key: 'unique_email', type: 'unique', attributes: ['email'], orders: ['ASC'] }],
      }],
    },
  });
});
afterAll(async () => {
  await emulator.close();
});

describe('unique indexes from appwrite.json', () => {
  it('refuses a second document with the same value, on create and on update, and lets nulls repeat', async () => {
    const api = createApi(emulator.url, emulator.projectId);
    const path = '/databases/db/collections/people/documents';
    expect((await api.post(path, { documentId: 'a', data: { email: 'a@example.com', name: 'A' } })).status).toBe(201);
    expectError(await api.post(path, { documentId: 'b', data: { email: 'a@example.com', name: 'B' } }), 409, 'document_already_exists');
    expect((await api.post(path, { documentId: 'c', data: { email: 'c@example.com' } })).status).toBe(201);
    expectError(await api.patch(`${path}/c`, { data: { email: 'a@example.com' } }), 409, 'document_already_exists');
    expect((await api.patch(`${path}/a`, { data: { name: 'Still A' } })).status).toBe(200);
    expect((await api.post(path, { documentId: 'd', data: { name: 'no email' } })).status).toBe(201);
    expect((await api.post(path, { documentId: 'e', data: { name: 'no email either' } })).status).toBe(201);
  });
});
