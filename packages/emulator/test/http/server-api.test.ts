import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverRouteSpecs } from '../../src/generated/serverRoutes.ts';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { expectServerModel } from '../helpers/serverSpecValidator.ts';

// The users routes over plain HTTP with a key: every answer is checked against the 1.5.11 server spec's model.
const KEY = 'http-test-key';
const TEAMS_KEY = 'teams-only-key';
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    keys: [KEY, `${TEAMS_KEY}:teams.read`],
    config: {
      projectId: 'server-http',
      databases: [{ $id: 'app', name: 'App' }],
      collections: [{
        $id: 'secrets', databaseId: 'app', name: 'Secrets', documentSecurity: false, $permissions: [],
        attributes: [{ key: 'text', type: 'string', size: 64, required: true, array: false }], indexes: [],
      }],
    },
  });
});
afterAll(async () => {
  await emulator.close();
});

interface Answer {
  status: number;
  body: any;
}

/**
 * Calls the emulator with the key (or the given headers) and checks a success body against the route's server model.
 *
 * @param operationId The server spec operation, whose method and path are used.
 * @param path The path with its parameters filled in.
 * @param body The JSON body, if any.
 * @param headers Headers replacing the key.
 *
 * @returns The status and body.
 */
async function call(operationId: string, path: string, body?: unknown, headers: Record<string, string> = { 'x-appwrite-key': KEY }): Promise<Answer> {
  const spec = serverRouteSpecs.find((route) => route.operationId === operationId);
  if (!spec) throw new Error(`no server route ${operationId}`);
  const response = await fetch(`${emulator.url}${path}`, {
    method: spec.method,
    headers: { 'x-appwrite-project': emulator.projectId, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : null;
  if (response.ok && spec.model) {
    expect(response.status).toBe(spec.status);
    expectServerModel(spec.model, parsed);
    for (const [key, items] of spec.model.endsWith('List') ? Object.entries(parsed as Record<string, unknown>) : []) {
      if (key !== 'total' && Array.isArray(items)) for (const item of items) expectServerModel(key.replace(/s$/, '').replace(/ie$/, 'y'), item);
    }
  }
  return { status: response.status, body: parsed };
}

describe('users routes with a key, against the 1.5.11 server spec', () => {
  it('answers each route with its model and status', async () => {
    const created = await call('usersCreate', '/users', { userId: 'u1', email: 'u1@example.com', password: 'password-123', name: 'One' });
    expect(created.status).toBe(201);
    expect((await call('usersCreateBcryptUser', '/users/bcrypt', { userId: 'u2', email: 'u2@example.com', password: '$2b$05$abcdefghijklmnopqrstuuOToP16KV78Z9oaRd7Vc5jOMmcZVx.cS' })).body.hash).toBe('bcrypt');
    expect((await call('usersList', '/users?queries[]=' + encodeURIComponent(JSON.stringify({ method: 'limit', values: [1] })))).body).toMatchObject({ total: 2 });
    expect((await call('usersGet', '/users/u1')).body.$id).toBe('u1');
    expect((await call('usersUpdateLabels', '/users/u1/labels', { labels: ['gold'] })).body.labels).toEqual(['gold']);
    expect((await call('usersUpdatePrefs', '/users/u1/prefs', { prefs: { a: 1 } })).body).toEqual({ a: 1 });
    expect((await call('usersGetPrefs', '/users/u1/prefs')).body).toEqual({ a: 1 });
    const session = await call('usersCreateSession', '/users/u1/sessions');
    expect(session.body.secret).not.toBe('');
    expect((await call('usersListSessions', '/users/u1/sessions')).body.total).toBe(1);
    expect((await call('usersCreateToken', '/users/u1/tokens', { length: 128, expire: 3600 })).body.secret).toHaveLength(128);
    expect((await call('usersListLogs', '/users/u1/logs')).body.total).toBeGreaterThan(0);
    expect((await call('usersListMemberships', '/users/u1/memberships')).body.total).toBe(0);
    expect((await call('usersListTargets', '/users/u1/targets')).body.total).toBe(1);
    expect((await call('usersListIdentities', '/users/identities')).body).toEqual({ total: 0, identities: [] });
    expect((await call('usersListMfaFactors', '/users/u1/mfa/factors')).body.totp).toBe(false);
    expect((await call('usersCreateMfaRecoveryCodes', '/users/u1/mfa/recovery-codes')).status).toBe(201);
    expect((await call('usersUpdateMfa', '/users/u1/mfa', { mfa: true })).body.mfa).toBe(true);
    expect((await call('usersUpdateStatus', '/users/u1/status', { status: false })).body.status).toBe(false);
    expect((await call('usersDeleteSessions', '/users/u1/sessions')).status).toBe(204);
    expect((await call('usersDelete', '/users/u2')).status).toBe(204);
    expect((await call('usersGet', '/users/u2')).status).toBe(404);
  });

  it('refuses bad input with Appwrite\'s errors', async () => {
    await call('usersCreate', '/users', { userId: 'v1' });
    const labels = await call('usersUpdateLabels', '/users/v1/labels', { labels: ['no spaces'] });
    expect([labels.status, labels.body.type]).toEqual([400, 'general_argument_invalid']);
    const prefs = await call('usersUpdatePrefs', '/users/v1/prefs', { prefs: { big: 'x'.repeat(70_000) } });
    expect([prefs.status, prefs.body.type]).toEqual([400, 'general_argument_invalid']);
    const sha = await call('usersCreateSHAUser', '/users/sha', { userId: 'v2', email: 'v2@example.com', password: 'a'.repeat(64), passwordVersion: 'md4' });
    expect([sha.status, sha.body.type]).toEqual([400, 'general_argument_invalid']);
    const missingEmail = await call('usersCreateMD5User', '/users/md5', { userId: 'v3', password: 'a'.repeat(32) });
    expect([missingEmail.status, missingEmail.body.type]).toEqual([400, 'general_argument_invalid']);
    const unknownUser = await call('usersUpdateName', '/users/nobody/name', { name: 'x' });
    expect([unknownUser.status, unknownUser.body.type]).toEqual([404, 'user_not_found']);
    const mfaType = await call('usersDeleteMfaAuthenticator', '/users/v1/mfa/authenticators/sms');
    expect([mfaType.status, mfaType.body.type]).toEqual([400, 'general_argument_invalid']);
  });

  it('deleting a user ends their sessions and memberships', async () => {
    await call('usersCreate', '/users', { userId: 'w1', email: 'w1@example.com' });
    const secret = (await call('usersCreateSession', '/users/w1/sessions')).body.secret as string;
    const asUser = { 'x-appwrite-session': secret };
    const account = await fetch(`${emulator.url}/account`, { headers: { 'x-appwrite-project': emulator.projectId, ...asUser } });
    expect(account.status).toBe(200);
    await fetch(`${emulator.url}/teams`, {
      method: 'POST', headers: { 'x-appwrite-project': emulator.projectId, 'x-appwrite-key': KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ teamId: 'crew', name: 'Crew' }),
    });
    const joined = await fetch(`${emulator.url}/teams/crew/memberships`, {
      method: 'POST', headers: { 'x-appwrite-project': emulator.projectId, 'x-appwrite-key': KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'w1', roles: [] }),
    });
    expect(joined.status).toBe(201);
    await call('usersDelete', '/users/w1');
    expect(emulator.context.tables.sessions.filter((s) => s.userId === 'w1')).toEqual([]);
    expect(emulator.context.tables.memberships.filter((m) => m.userId === 'w1')).toEqual([]);
    const after = await fetch(`${emulator.url}/account`, { headers: { 'x-appwrite-project': emulator.projectId, ...asUser } });
    expect(after.status).toBe(401);
  });
});

describe('who a key makes the caller', () => {
  it('checks the key\'s scopes on client routes too', async () => {
    const headers = { 'x-appwrite-project': emulator.projectId, 'x-appwrite-key': TEAMS_KEY };
    expect((await fetch(`${emulator.url}/teams`, { headers })).status).toBe(200);
    const write = await fetch(`${emulator.url}/teams`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ teamId: 'x', name: 'X' }) });
    expect([write.status, (await write.json()).message]).toEqual([401, 'app.server-http@service.127.0.0.1 (role: applications) missing scope (teams.write)']);
  });

  it('refuses a key beside a JWT or session, and lets an unknown key alone through as a guest', async () => {
    await call('usersCreate', '/users', { userId: 'j1', email: 'j1@example.com', password: 'password-123' });
    const secret = (await call('usersCreateSession', '/users/j1/sessions')).body.secret as string;
    const jwt = await (await fetch(`${emulator.url}/account/jwt`, { method: 'POST', headers: { 'x-appwrite-project': emulator.projectId, 'x-appwrite-session': secret } })).json();
    const both = await call('usersList', '/users', undefined, { 'x-appwrite-jwt': jwt.jwt, 'x-appwrite-key': KEY });
    expect([both.status, both.body.type]).toEqual([403, 'user_key_and_session_set']);
    // Appwrite refuses any key beside a session before it looks the key up, so an unknown one too.
    const unknownWithSession = await fetch(`${emulator.url}/account`, { headers: { 'x-appwrite-project': emulator.projectId, 'x-appwrite-session': secret, 'x-appwrite-key': 'nope' } });
    expect([unknownWithSession.status, (await unknownWithSession.json()).type]).toEqual([403, 'user_key_and_session_set']);
    const guest = await fetch(`${emulator.url}/locale/codes`, { headers: { 'x-appwrite-project': emulator.projectId, 'x-appwrite-key': 'nope' } });
    expect(guest.status).toBe(200);
  });

  it('carries the key through GraphQL to the operations it runs', async () => {
    const graphql = (query: string, headers: Record<string, string>) =>
      fetch(`${emulator.url}/graphql`, {
        method: 'POST',
        headers: { 'x-appwrite-project': emulator.projectId, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      }).then((response) => response.json() as Promise<any>);
    const create = 'mutation { databasesCreateDocument(databaseId: "app", collectionId: "secrets", documentId: "s1", data: "{\\"text\\":\\"hidden\\"}") { _id } }';
    expect((await graphql(create, { 'x-appwrite-key': KEY })).data.databasesCreateDocument._id).toBe('s1');
    const list = '{ databasesListDocuments(databaseId: "app", collectionId: "secrets") { total } }';
    expect((await graphql(list, { 'x-appwrite-key': KEY })).data.databasesListDocuments.total).toBe(1);
    // Without the key the collection is closed to everyone.
    expect((await graphql(list, {})).errors?.[0]?.message).toBeDefined();
  });

  it('sends no rate-limit headers to a key and counts nothing against the client role', async () => {
    const headers = { 'x-appwrite-project': emulator.projectId, 'content-type': 'application/json' };
    for (let n = 0; n < 12; n += 1) {
      const answer = await fetch(`${emulator.url}/account/sessions/email`, {
        method: 'POST', headers: { ...headers, 'x-appwrite-key': KEY }, body: JSON.stringify({ email: 'limit@example.com', password: 'password-1' }),
      });
      expect(answer.headers.get('x-ratelimit-remaining')).toBeNull();
    }
    // The client role still has its whole budget of 10 for that address.
    const first = await fetch(`${emulator.url}/account/sessions/email`, { method: 'POST', headers, body: JSON.stringify({ email: 'limit@example.com', password: 'password-1' }) });
    expect(first.headers.get('x-ratelimit-remaining')).toBe('9');
  });
});
