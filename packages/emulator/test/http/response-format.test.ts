import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, expectError, signUpAndSignIn, type Api } from '../helpers/api.ts';

let emulator: RunningEmulator;
let api: Api;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'formats',
      databases: [{ $id: 'db', name: 'DB' }],
      collections: [{ $id: 'people', databaseId: 'db', name: 'People', $permissions: ['create("users")', 'read("users")'], attributes: [{ key: 'username', type: 'string', size: 32, required: true }] }],
    },
  });
  api = await signUpAndSignIn(createApi(emulator.url, 'formats'), 'johnny');
  await api.post('/databases/db/collections/people/documents', { documentId: 'j', data: { username: 'johnny' } });
  await api.post('/databases/db/collections/people/documents', { documentId: 'k', data: { username: 'kate' } });
});
afterAll(async () => {
  await emulator.close();
});

const as = (format: string) => ({ 'X-Appwrite-Response-Format': format });

/**
 * Sends a GET as an older client would (the shared helper checks answers against the 1.5 spec, which 1.4 shapes do not meet).
 *
 * @param path The path below /v1.
 * @param format The client's response format.
 *
 * @returns The status and JSON body.
 */
async function legacyGet(path: string, format: string): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(`${emulator.url}${path}`, { headers: { 'X-Appwrite-Project': 'formats', Cookie: api.cookie, ...as(format) } });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('X-Appwrite-Response-Format', () => {
  it('answers a 1.4 client in 1.4 shapes and a 1.5 client (or none) in 1.5 shapes', async () => {
    expect(Object.keys((await legacyGet('/account', '1.4.0')).body)).not.toContain('mfa');
    expect(Object.keys((await legacyGet('/account', '1.4.0')).body)).not.toContain('targets');
    expect((await api.get('/account', as('1.5.0'))).body.mfa).toBe(false);
    expect((await api.get('/account')).body.mfa).toBe(false);
    const sessions = (await legacyGet('/account/sessions', '1.4.0')).body.sessions;
    expect(Object.keys(sessions[0])).not.toContain('factors');
    expect((await api.get('/account/sessions', as('1.5.0'))).body.sessions[0].factors).toEqual(['password']);
  });

  it('reads 1.4 text queries from a 1.4 client and refuses them from a 1.5 client', async () => {
    const query = `queries[]=${encodeURIComponent('equal("username", ["johnny"])')}`;
    const old = await legacyGet(`/databases/db/collections/people/documents?${query}`, '1.4.0');
    expect(old.body.documents.map((d: { $id: string }) => d.$id)).toEqual(['j']);
    expectError(await api.get(`/databases/db/collections/people/documents?${query}`, as('1.5.0')), 400, 'general_query_invalid');
    const broken = await legacyGet(`/databases/db/collections/people/documents?queries[]=${encodeURIComponent('equal')}`, '1.4.0');
    expectError(broken, 400, 'general_query_invalid');
    expect(broken.body.message).toBe('Invalid query: equal');
  });
});
