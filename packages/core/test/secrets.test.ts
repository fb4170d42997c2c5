import { inspect } from 'node:util';
import * as v from 'valibot';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AwError, createClient, memoryCookieStorage } from '../src/index.ts';
import { request, type Operation } from '../src/internal.ts';
import { closedPort, delay, sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

const JWT = 'eyJSECRETJWT.payload.sig';
const SESSION = 'SESSIONSECRET0123456789';
const PASSWORD = 'PASSWORDSECRET!';
const COOKIE = 'COOKIESECRET-abc';
const SECRETS = [JWT, SESSION, PASSWORD, COOKIE];

let server: Loopback;

beforeAll(async () => {
  server = await startLoopback(async (req, res) => {
    if (req.url.startsWith('/v1/slow')) await delay(1000);
    // The server echoes credentials back in cookies, as a session endpoint would.
    sendJson(res, 401, { message: 'Invalid credentials', code: 401, type: 'user_invalid_credentials' }, {
      'set-cookie': `a_session_p1=${COOKIE}; HttpOnly`,
      'x-fallback-cookies': JSON.stringify({ a_session_p1: COOKIE }),
    });
  });
});
afterAll(() => server.close());

const login: Operation = {
  name: 'account.createEmailPasswordSession',
  method: 'POST',
  path: '/account/sessions/email',
  params: v.object({ email: v.pipe(v.string(), v.email()), password: v.pipe(v.string(), v.minLength(100)) }),
};

/** Every way an error is commonly logged or passed on. */
function renderings(error: unknown): string[] {
  const plain = (error as AwError).toJSON?.() ?? {};
  return [
    JSON.stringify(error),
    JSON.stringify(structuredClone(plain)),
    inspect(error, { depth: Infinity, showHidden: true, getters: true }),
    String(error),
    String((error as Error).stack),
  ];
}

function expectNoSecret(error: unknown): void {
  expect(error).toBeInstanceOf(AwError);
  for (const text of renderings(error)) for (const secret of SECRETS) expect(text).not.toContain(secret);
}

const withCookie = () => {
  const storage = memoryCookieStorage();
  storage.setItem('cookieFallback', JSON.stringify({ a_session_p1: COOKIE }));
  return storage;
};

test('an AppwriteError from a request carrying a JWT, a session and a password holds none of them', async () => {
  const client = createClient({ endpoint: server.endpoint, project: 'p1', jwt: JWT, session: SESSION });
  const error = await request(client, { ...login, params: undefined }, { email: 'a@b.io', password: PASSWORD }).catch((e: unknown) => e);
  expect(server.seen.at(-1)!.headers['x-appwrite-jwt']).toBe(JWT);
  expectNoSecret(error);
});

test('an AppwriteError from a request carrying a fallback cookie holds no cookie, sent or received', async () => {
  const client = createClient({ endpoint: server.endpoint, project: 'p1', cookieStorage: withCookie() });
  const error = await request(client, { ...login, params: undefined }, { email: 'a@b.io', password: PASSWORD }).catch((e: unknown) => e);
  expect(server.seen.at(-1)!.headers['x-fallback-cookies']).toContain(COOKIE);
  expectNoSecret(error);
  expect((error as { headers: Record<string, string> }).headers['set-cookie']).toBe('[redacted]');
});

test('a network error from a request carrying secrets holds none of them', async () => {
  const endpoint = `http://127.0.0.1:${await closedPort()}/v1`;
  const client = createClient({ endpoint, project: 'p1', jwt: JWT, session: SESSION, retry: 0 });
  expectNoSecret(await request(client, { ...login, params: undefined }, { password: PASSWORD }).catch((e: unknown) => e));
  const guest = createClient({ endpoint, project: 'p1', cookieStorage: withCookie(), retry: 0 });
  expectNoSecret(await request(guest, { name: 'account.get', method: 'GET', path: '/account' }).catch((e: unknown) => e));
});

test('a timeout error from a request carrying secrets holds none of them', async () => {
  const client = createClient({ endpoint: server.endpoint, project: 'p1', jwt: JWT, session: SESSION, timeout: 50, retry: 0 });
  expectNoSecret(await request(client, { ...login, path: '/slow', params: undefined }, { password: PASSWORD }).catch((e: unknown) => e));
});

test('a validation error on a password names the field and rule, not the password', async () => {
  const client = createClient({ endpoint: server.endpoint, project: 'p1' });
  const before = server.seen.length;
  const error = await request(client, login, { email: 'a@b.io', password: PASSWORD }).catch((e: unknown) => e);
  expect(server.seen.length).toBe(before);
  expect((error as Error).message).toMatch(/invalid params at "password": Invalid length/);
  expectNoSecret(error);
});

test('a validation error on the whole params object redacts secret-looking keys inside it', async () => {
  const client = createClient({ endpoint: server.endpoint, project: 'p1' });
  const strict: Operation = { ...login, params: v.strictObject({ email: v.string() }) };
  const error = await request(client, strict, { email: 'a@b.io', password: PASSWORD, secret: SESSION }).catch((e: unknown) => e);
  expectNoSecret(error);
});

test('a refused header value does not appear in the error', async () => {
  const client = createClient({ endpoint: server.endpoint, project: 'p1', session: `${SESSION}\r\nX-Evil: 1`, jwt: JWT });
  expectNoSecret(await request(client, { name: 'account.get', method: 'GET', path: '/account' }).catch((e: unknown) => e));
});

test('a response that fails validation does not expose the secrets it carried', async () => {
  const echo = await startLoopback((_, res) => sendJson(res, 201, { $id: 's1', secret: SESSION, jwt: JWT, expire: 42 }));
  try {
    const client = createClient({
      endpoint: echo.endpoint,
      project: 'p1',
      responseValidators: { session: v.object({ $id: v.string(), secret: v.string(), jwt: v.string(), expire: v.string() }) },
    });
    const error = await request(client, { name: 'account.createSession', method: 'POST', path: '/account/sessions', model: 'session' }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/invalid response at "expire"/);
    expectNoSecret(error);
  } finally {
    await echo.close();
  }
});
