import { createClient } from '@aw/core';
import { startTestServer, type TestServer } from '@aw/test-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getCurrentUser } from '../generated/getCurrentUser.ts';
import { updateNameOperation } from '../generated/updateNameOperation.ts';
import { createAuthState } from './createAuthState.ts';

const user = { $id: 'u1', name: 'Ada', email: 'ada@example.com', prefs: {} };
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(() => server.reset());
afterAll(() => server.close());

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const accountChecks = () => server.requests.filter((request) => request.method === 'GET' && request.path === '/v1/account').length;

function signedInState() {
  return createAuthState(createClient({ endpoint: `${server.url}/v1`, project: 'p', retry: 0 }), { initialUser: user as never });
}

describe('createAuthState', () => {
  it('re-checks once on a 401 while signed in, and takes the check’s own 401 as its answer', async () => {
    const auth = signedInState();
    server.reply({ status: 401, json: { message: 'no session', code: 401, type: 'general_unauthorized_scope' } });
    await expect(getCurrentUser(auth.client)).rejects.toMatchObject({ status: 401 });
    // That call was itself GET /account: no re-check for it.
    await settle();
    expect(accountChecks()).toBe(1);
    await expect(updateNameOperation(auth.client, { name: 'x' })).rejects.toMatchObject({ status: 401 });
    expect(accountChecks()).toBe(2);
    expect(auth.current().status).toBe('signed-out');
    // Signed out now: further 401s are expected and start no check.
    await expect(updateNameOperation(auth.client, { name: 'x' })).rejects.toMatchObject({ status: 401 });
    await settle();
    expect(accountChecks()).toBe(2);
  });

  it('re-checks after a successful account change, not after reads', async () => {
    const auth = signedInState();
    server.reply({ status: 200, json: { ...user, name: 'Ada L.' } });
    await getCurrentUser(auth.client);
    await settle();
    expect(server.requests).toHaveLength(1);
    await updateNameOperation(auth.client, { name: 'Ada L.' });
    // Checked before the call resolved: no wait.
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /v1/account', 'PATCH /v1/account/name', 'GET /v1/account']);
    expect(auth.current().user?.name).toBe('Ada L.');
  });

  it('leaves other errors to refresh’s caller and keeps the snapshot', async () => {
    const auth = signedInState();
    const before = auth.current();
    server.reply({ status: 503, json: { message: 'down', code: 503, type: 'general_server_error' } });
    await expect(auth.refresh()).rejects.toMatchObject({ status: 503 });
    expect(auth.current()).toBe(before);
  });

  it('stops calling a listener after unsubscribe', async () => {
    const auth = signedInState();
    const calls: string[] = [];
    const stop = auth.subscribe((snapshot) => calls.push(snapshot.status));
    server.reply({ status: 401, json: { message: 'no session', code: 401, type: 'general_unauthorized_scope' } });
    await auth.refresh();
    stop();
    server.reply({ status: 200, json: user });
    await auth.refresh();
    expect(calls).toEqual(['signed-out']);
    expect(auth.current().status).toBe('signed-in');
  });
});
