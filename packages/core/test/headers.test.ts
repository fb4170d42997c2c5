import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AwValidationError, createClient, memoryCookieStorage, withJwt, withLocale, withSession, type CookieStorage } from '../src/index.ts';
import { request, type Operation } from '../src/internal.ts';
import { sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

const getAccount: Operation = { name: 'account.get', method: 'GET', path: '/account' };
const createSession: Operation = { name: 'account.createEmailPasswordSession', method: 'POST', path: '/account/sessions/email' };

let server: Loopback;

beforeAll(async () => {
  server = await startLoopback((req, res) => {
    // Login answers with a fallback cookie, the way Appwrite does when it cannot set a real one.
    if (req.url === '/v1/account/sessions/email') {
      const { email } = JSON.parse(req.body.toString()) as { email: string };
      sendJson(res, 201, { $id: 's1' }, { 'x-fallback-cookies': JSON.stringify({ a_session_p1: `secret-of-${email}` }) });
      return;
    }
    sendJson(res, 200, { ok: true });
  });
});
afterAll(() => server.close());

const last = () => server.seen.at(-1)!;

describe('headers', () => {
  test('every request sends project and response format, and nothing the design does not name', async () => {
    await request(createClient({ endpoint: server.endpoint, project: 'p1' }), getAccount);
    const { headers } = last();
    expect(headers['x-appwrite-project']).toBe('p1');
    expect(headers['x-appwrite-response-format']).toBe('1.5.0');
    // Each header costs the runtime's Headers work on every call; SDK identification headers are not sent.
    expect(Object.keys(headers).filter((name) => name.startsWith('x-sdk'))).toEqual([]);
    expect(headers['x-appwrite-jwt']).toBeUndefined();
    expect(headers['x-appwrite-session']).toBeUndefined();
    expect(headers['x-appwrite-locale']).toBeUndefined();
  });

  test('JWT, session and locale are sent when the client has them', async () => {
    const client = createClient({ endpoint: server.endpoint, project: 'p1', jwt: 'jwt-1', session: 'sess-1', locale: 'de' });
    await request(client, getAccount);
    expect(last().headers).toMatchObject({ 'x-appwrite-jwt': 'jwt-1', 'x-appwrite-session': 'sess-1', 'x-appwrite-locale': 'de' });
  });

  test('withSession, withJwt and withLocale derive new clients and leave the original as it was', async () => {
    const base = createClient({ endpoint: server.endpoint, project: 'p1' });
    const alice = withSession(base, 'alice-secret');
    const bob = withJwt(base, 'bob-jwt');
    const french = withLocale(alice, 'fr');
    expect([base.session, base.jwt, base.locale]).toEqual([undefined, undefined, undefined]);
    expect(alice.session).toBe('alice-secret');
    expect(french).toMatchObject({ session: 'alice-secret', locale: 'fr' });
    expect(Object.isFrozen(alice) && Object.isFrozen(bob) && Object.isFrozen(french)).toBe(true);
    expect(() => ((alice as { session?: string }).session = 'x')).toThrow(TypeError);

    await Promise.all([request(alice, getAccount), request(bob, getAccount), request(french, getAccount), request(base, getAccount)]);
    const sent = server.seen.slice(-4).map((req) => [req.headers['x-appwrite-session'], req.headers['x-appwrite-jwt'], req.headers['x-appwrite-locale']]);
    expect(sent).toEqual(
      expect.arrayContaining([
        ['alice-secret', undefined, undefined],
        [undefined, 'bob-jwt', undefined],
        ['alice-secret', undefined, 'fr'],
        [undefined, undefined, undefined],
      ]),
    );
  });

  test('client, operation and call headers are merged case-insensitively, the call winning', async () => {
    const client = createClient({ endpoint: server.endpoint, project: 'p1', headers: { 'X-Custom': 'client', 'X-Client-Only': 'c' } });
    await request(client, { ...getAccount, headers: { 'x-custom': 'operation' } }, {}, { headers: { 'X-CUSTOM': 'call' } });
    expect(last().headers['x-custom']).toBe('call');
    expect(last().headers['x-client-only']).toBe('c');
  });

  test('a fetch given in the config is used for every request, called without a `this`', async () => {
    const calls: unknown[] = [];
    const fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      calls.push(this);
      return globalThis.fetch(input, init);
    };
    const client = createClient({ endpoint: server.endpoint, project: 'p1', fetch });
    await request(client, getAccount);
    await request(withLocale(client, 'fr'), getAccount);
    expect(calls).toEqual([undefined, undefined]);
  });

  test('the project header cannot be replaced by extra headers', async () => {
    const client = createClient({ endpoint: server.endpoint, project: 'p1', headers: { 'X-Appwrite-Project': 'other' } });
    await request(client, getAccount, {}, { headers: { 'x-appwrite-project': 'other' } });
    expect(last().headers['x-appwrite-project']).toBe('p1');
  });

  test.each([
    ['a session with a line feed', { session: 'abc\nSet-Cookie: x=1' }, {}],
    ['a JWT with a carriage return', { jwt: 'abc\rX: y' }, {}],
    ['a locale with CRLF', { locale: 'en\r\nX-Injected: 1' }, {}],
    ['a call header with a NUL', {}, { 'x-note': 'a\0b' }],
  ])('%s is refused before anything is sent', async (_, config, headers) => {
    const before = server.seen.length;
    const client = createClient({ endpoint: server.endpoint, project: 'p1', ...config });
    const error = await request(client, getAccount, {}, { headers }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwValidationError);
    expect((error as AwValidationError).target).toBe('headers');
    expect((error as Error).message).toMatch(/account\.get: invalid headers at "x-/);
    expect(server.seen.length).toBe(before);
  });
});

describe('X-Fallback-Cookies', () => {
  test('memory storage keeps the cookie from login and sends it back', async () => {
    const storage = memoryCookieStorage();
    const client = createClient({ endpoint: server.endpoint, project: 'p1', cookieStorage: storage });
    await request(client, createSession, { email: 'a@x.io', password: 'pw-12345678' });
    expect(storage.getItem('cookieFallback')).toBe('{"a_session_p1":"secret-of-a@x.io"}');
    await request(client, getAccount);
    expect(last().headers['x-fallback-cookies']).toBe('{"a_session_p1":"secret-of-a@x.io"}');
  });

  test('a client without cookieStorage gets its own memory storage in Node', async () => {
    const first = createClient({ endpoint: server.endpoint, project: 'p1' });
    const second = createClient({ endpoint: server.endpoint, project: 'p1' });
    await request(first, createSession, { email: 'first@x.io', password: 'pw-12345678' });
    await request(second, getAccount);
    expect(last().headers['x-fallback-cookies']).toBeUndefined();
    await request(withLocale(first, 'fr'), getAccount);
    expect(last().headers['x-fallback-cookies']).toBe('{"a_session_p1":"secret-of-first@x.io"}');
  });

  test('a localStorage-like storage is used as is, under the official web SDK key', async () => {
    const items = new Map<string, string>([['cookieFallback', '{"a_session_p1":"from-before"}']]);
    const localStorageLike: CookieStorage & { length: number } = {
      get length() {
        return items.size;
      },
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, String(value)),
    };
    const client = createClient({ endpoint: server.endpoint, project: 'p1', cookieStorage: localStorageLike });
    await request(client, getAccount);
    expect(last().headers['x-fallback-cookies']).toBe('{"a_session_p1":"from-before"}');
    await request(client, createSession, { email: 'b@x.io', password: 'pw-12345678' });
    expect(items.get('cookieFallback')).toBe('{"a_session_p1":"secret-of-b@x.io"}');
  });

  /** Runs `body` with these globals defined, then restores what was there. */
  async function withGlobals(globals: Record<string, unknown>, body: () => Promise<void>): Promise<void> {
    const previous = Object.keys(globals).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
    for (const [name, value] of Object.entries(globals)) Object.defineProperty(globalThis, name, { value, configurable: true });
    try {
      await body();
    } finally {
      for (const [name, descriptor] of previous) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete (globalThis as Record<string, unknown>)[name];
      }
    }
  }

  test('in a browser page the global localStorage is the default storage', async () => {
    const items = new Map<string, string>();
    const fake: CookieStorage = { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
    await withGlobals({ localStorage: fake, document: {} }, async () => {
      const client = createClient({ endpoint: server.endpoint, project: 'p1' });
      expect(client.cookieStorage).toBe(fake);
      await request(client, createSession, { email: 'c@x.io', password: 'pw-12345678' });
      expect(items.get('cookieFallback')).toBe('{"a_session_p1":"secret-of-c@x.io"}');
    });
  });

  test('a server runtime with a process-wide localStorage (no document) still gets memory per client', async () => {
    const items = new Map<string, string>();
    const fake: CookieStorage = { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
    await withGlobals({ localStorage: fake }, async () => {
      const client = createClient({ endpoint: server.endpoint, project: 'p1' });
      expect(client.cookieStorage).not.toBe(fake);
      await request(client, createSession, { email: 'd@x.io', password: 'pw-12345678' });
      expect(items.size).toBe(0);
    });
  });

  test("clients acting with a session or JWT neither send nor keep another user's fallback cookie", async () => {
    const storage = memoryCookieStorage();
    const base = createClient({ endpoint: server.endpoint, project: 'p1', cookieStorage: storage });
    await request(base, createSession, { email: 'owner@x.io', password: 'pw-12345678' });

    await request(withSession(base, 'other-user'), getAccount);
    expect(last().headers['x-fallback-cookies']).toBeUndefined();
    await request(withJwt(base, 'other-jwt'), getAccount);
    expect(last().headers['x-fallback-cookies']).toBeUndefined();
    // Dropping the identity gives a clean guest, not the owner of the shared storage.
    await request(withSession(base, undefined), getAccount);
    expect(last().headers['x-fallback-cookies']).toBeUndefined();

    const direct = createClient({ endpoint: server.endpoint, project: 'p1', cookieStorage: storage, session: 'explicit' });
    await request(direct, createSession, { email: 'intruder@x.io', password: 'pw-12345678' });
    expect(storage.getItem('cookieFallback')).toBe('{"a_session_p1":"secret-of-owner@x.io"}');
  });
});
