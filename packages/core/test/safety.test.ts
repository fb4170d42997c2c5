import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { AppwriteError, AwError, createClient, memoryCookieStorage } from '../src/index.ts';
import { request, type Operation } from '../src/internal.ts';
import { sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

const SESSION = 'SESSIONSECRET0123456789';
const JWT = 'eyJSECRETJWT.payload.sig';
const COOKIE = 'COOKIESECRET-abc';
const PASSWORD = 'PASSWORDSECRET!';

// The other origin: it records whatever reaches it, which must be nothing.
let elsewhere: Loopback;
let server: Loopback;

beforeAll(async () => {
  elsewhere = await startLoopback((_, res) => sendJson(res, 200, { $id: 'attacker', name: 'not the user' }));
  server = await startLoopback((req, res) => {
    const path = req.url.split('?')[0]!;
    const status = Number(/\/redirect\/(\d+)/.exec(path)?.[1] ?? 0);
    if (status) {
      res.writeHead(status, { location: `${elsewhere.endpoint}/account?token=abc` });
      return res.end();
    }
    switch (path) {
      case '/v1/same-origin-redirect':
        res.writeHead(302, { location: '/v1/ok' });
        return res.end();
      case '/v1/ok':
        return sendJson(res, 200, { $id: 'u1' });
      case '/v1/html':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<html><body>Sign in to the hotel wifi</body></html>');
      case '/v1/truncated':
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"$id":"u1","na');
      case '/v1/empty-200':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '0' });
        return res.end();
      case '/v1/no-content':
        res.writeHead(204);
        return res.end();
      default:
        return sendJson(res, 500, { message: 'unexpected' });
    }
  });
});
afterAll(async () => {
  await server.close();
  await elsewhere.close();
});

const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('should have failed'), (e: unknown) => e);

describe('redirects', () => {
  const storage = memoryCookieStorage();
  storage.setItem('cookieFallback', JSON.stringify({ a_session_p1: COOKIE }));

  test.each([301, 302, 303, 307, 308])('a %i to another origin is refused, and the other origin receives nothing', async (status) => {
    const clients = [
      createClient({ endpoint: server.endpoint, project: 'p1', session: SESSION, retry: 0 }),
      createClient({ endpoint: server.endpoint, project: 'p1', jwt: JWT, retry: 0 }),
      createClient({ endpoint: server.endpoint, project: 'p1', cookieStorage: storage, retry: 0 }),
    ];
    const login: Operation = { name: 'account.createEmailPasswordSession', method: 'POST', path: `/redirect/${status}`, params: v.object({ email: v.string(), password: v.string() }) };
    const get: Operation = { name: 'account.get', method: 'GET', path: `/redirect/${status}` };
    for (const client of clients) {
      for (const error of [await failure(request(client, login, { email: 'a@b.io', password: PASSWORD })), await failure(request(client, get))]) {
        expect(error).toBeInstanceOf(AwError);
        expect(error).not.toBeInstanceOf(AppwriteError);
        expect((error as Error).message).toMatch(new RegExp(`^\\[(POST|GET) /redirect/${status}\\] redirect refused: credentials go to the endpoint's origin only$`));
      }
    }
    expect(elsewhere.seen).toHaveLength(0);
  });

  test('a redirect within the same origin is refused too, with a clear message', async () => {
    const client = createClient({ endpoint: server.endpoint, project: 'p1', retry: 0 });
    const error = await failure(request(client, { name: 't', method: 'GET', path: '/same-origin-redirect' }));
    expect((error as Error).message).toBe("[GET /same-origin-redirect] redirect refused: credentials go to the endpoint's origin only");
  });

  test('a custom fetch that follows nothing and hands back the 3xx gets the same refusal', async () => {
    const manual: typeof fetch = (input, init) => fetch(input, { ...init, redirect: 'manual' });
    const client = createClient({ endpoint: server.endpoint, project: 'p1', session: SESSION, retry: 0, fetch: manual });
    const error = await failure(request(client, { name: 't', method: 'GET', path: '/redirect/307' }));
    expect((error as Error).message).toBe("[GET /redirect/307] redirect refused: credentials go to the endpoint's origin only (307)");
    expect(elsewhere.seen).toHaveLength(0);
  });

  test('on workerd, which refuses redirect "error", requests go out with "manual" and a 3xx is still refused', async () => {
    vi.stubGlobal('navigator', { userAgent: 'Cloudflare-Workers' });
    try {
      const modes: (RequestRedirect | undefined)[] = [];
      const workerdFetch: typeof fetch = (input, init) => {
        modes.push(init?.redirect);
        if (init?.redirect === 'error') throw new TypeError('Invalid redirect value, must be one of "follow" or "manual"');
        return fetch(input, init);
      };
      const client = createClient({ endpoint: server.endpoint, project: 'p1', session: SESSION, retry: 0, fetch: workerdFetch });
      const error = await failure(request(client, { name: 't', method: 'GET', path: '/redirect/302' }));
      expect((error as Error).message).toBe("[GET /redirect/302] redirect refused: credentials go to the endpoint's origin only (302)");
      expect(await request(client, { name: 't', method: 'GET', path: '/ok' })).toEqual({ $id: 'u1' });
      expect(modes).toEqual(['manual', 'manual']);
      expect(elsewhere.seen).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('success bodies that are not the promised JSON', () => {
  const client = () => createClient({ endpoint: server.endpoint, project: 'p1', retry: 0 });
  const get = (path: string, extra: Partial<Operation> = {}): Operation => ({ name: 'account.get', method: 'GET', path, model: 'User', ...extra });

  test('a captive portal page rejects with status, content type and the first bytes', async () => {
    const error = await failure(request(client(), get('/html')));
    expect(error).toBeInstanceOf(AwError);
    expect((error as Error).message).toBe('[GET /html] expected a JSON body, got 200 text/html: "<html><body>Sign in to the hotel wifi</body></html>"');
  });

  test('cut-off JSON rejects', async () => {
    const error = await failure(request(client(), get('/truncated')));
    expect((error as Error).message).toBe('[GET /truncated] expected a JSON body, got 200 application/json: "{\\"$id\\":\\"u1\\",\\"na"');
  });

  test('an empty 200 rejects where a model is expected', async () => {
    const error = await failure(request(client(), get('/empty-200')));
    expect((error as Error).message).toBe('[GET /empty-200] expected a JSON body, got 200 application/json: ""');
  });

  test('a 204 is a genuinely empty answer, and operations without a body accept any', async () => {
    expect(await request(client(), get('/no-content'))).toBeUndefined();
    expect(await request(client(), get('/empty-200', { response: 'none' }))).toBe('');
  });
});
