import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppwriteError, AwError, AwValidationError, createClient, isAppwriteError } from '../src/index.ts';
import { _validateDocuments, request, type Operation } from '../src/internal.ts';
import { sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

const HOSTILE = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"a":1,"documents":[{"__proto__":{"polluted":"yes"},"$id":"d1"}]}';
const BIG = 2 * 1024 * 1024;

let server: Loopback;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  server = await startLoopback((req, res) => {
    const path = req.url.split('?')[0];
    switch (path) {
      case '/v1/ok':
        return sendJson(res, 200, { $id: 'u1', name: 'Ada' }, { 'X-Trace': 't-1' });
      case '/v1/empty':
        res.writeHead(204);
        return res.end();
      case '/v1/missing':
        return sendJson(res, 404, { message: 'Document with the requested ID could not be found.', code: 404, type: 'document_not_found', version: '1.5.8' });
      case '/v1/limited':
        return sendJson(res, 429, { message: 'Rate limit for the current endpoint has been exceeded.', code: 429, type: 'general_rate_limit_exceeded' }, {
          'x-ratelimit-limit': '10',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 120),
        });
      case '/v1/proxy':
        res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html' });
        return res.end('<html><head><title>502 Bad Gateway</title><style>body{}</style></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>');
      case '/v1/broken-json':
        res.writeHead(500, { 'content-type': 'application/json' });
        return res.end('{"message": "cut off');
      case '/v1/hostile':
        res.setHeader('__proto__', 'x');
        res.setHeader('constructor', 'y');
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(HOSTILE);
      case '/v1/hostile-error':
        res.writeHead(400, { 'content-type': 'application/json' });
        return res.end(HOSTILE);
      case '/v1/big':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(BIG + 2) });
        return res.end(`"${'x'.repeat(BIG)}"`);
      case '/v1/bytes':
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(Buffer.from([137, 80, 78, 71]));
      default:
        return sendJson(res, 500, { message: 'unexpected' });
    }
  });
  client = createClient({ endpoint: server.endpoint, project: 'p1', retry: 0 });
});
afterAll(() => server.close());

const get = (path: string, extra: Partial<Operation> = {}): Operation => ({ name: `test${path.replace(/\//g, '.')}`, method: 'GET', path, documents: _validateDocuments, ...extra });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('should have failed'), (e: unknown) => e);

describe('results', () => {
  test('awaiting gives the JSON body as sent', async () => {
    expect(await request(client, get('/ok'))).toEqual({ $id: 'u1', name: 'Ada' });
  });

  test('.raw() gives body, status, lower-cased headers and round-trip time of a single request', async () => {
    const before = server.seen.length;
    const promise = request(client, get('/ok'));
    const [raw, body] = await Promise.all([promise.raw(), promise]);
    expect(server.seen.length).toBe(before + 1);
    expect(Object.keys(raw).sort()).toEqual(['body', 'headers', 'roundTripTime', 'status']);
    expect(raw.body).toEqual({ $id: 'u1', name: 'Ada' });
    expect(raw.body).toBe(body);
    expect(raw.status).toBe(200);
    expect(raw.headers['x-trace']).toBe('t-1');
    expect(raw.headers['content-type']).toBe('application/json');
    expect(raw.roundTripTime).toBeGreaterThan(0);
    expect(raw.roundTripTime).toBeLessThan(10_000);
  });

  test('an empty answer resolves to undefined with its status', async () => {
    const raw = await request(client, get('/empty')).raw();
    expect(raw).toMatchObject({ body: undefined, status: 204 });
  });

  test('binary operations resolve to a Blob', async () => {
    const blob = await request<Blob>(client, get('/bytes', { response: 'blob' }));
    expect(blob).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([137, 80, 78, 71]);
  });
});

describe('AppwriteError', () => {
  test('carries every field of the failed request and answer', async () => {
    const error = (await failure(request(client, get('/missing'), { queries: ['x'] }))) as AppwriteError;
    expect(error).toBeInstanceOf(AppwriteError);
    expect(error).toBeInstanceOf(AwError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'AppwriteError',
      message: 'Document with the requested ID could not be found.',
      status: 404,
      code: 404,
      type: 'document_not_found',
      reason: 'Not Found',
      method: 'GET',
      path: '/missing',
      retryAfter: undefined,
      body: { message: 'Document with the requested ID could not be found.', code: 404, type: 'document_not_found', version: '1.5.8' },
    });
    expect(error.headers['content-type']).toBe('application/json');
    expect(error.roundTripTime).toBeGreaterThan(0);
  });

  test('isAppwriteError matches any AppwriteError, or one type', async () => {
    const error = await failure(request(client, get('/missing')));
    expect(isAppwriteError(error)).toBe(true);
    expect(isAppwriteError(error, 'document_not_found')).toBe(true);
    expect(isAppwriteError(error, 'user_unauthorized')).toBe(false);
    expect(isAppwriteError(new Error('x'))).toBe(false);
    expect(isAppwriteError({ type: 'document_not_found', status: 404 })).toBe(false);
    expect(isAppwriteError(null)).toBe(false);
  });

  test('a 429 says when to retry, from X-RateLimit-Reset', async () => {
    const error = (await failure(request(client, get('/limited')))) as AppwriteError;
    expect(error.type).toBe('general_rate_limit_exceeded');
    expect(error.retryAfter).toBeGreaterThan(115_000);
    expect(error.retryAfter).toBeLessThanOrEqual(120_000);
  });

  test("a proxy's HTML 502 gives an AppwriteError whose message is the status line", async () => {
    const error = (await failure(request(client, get('/proxy')))) as AppwriteError;
    expect(error).toBeInstanceOf(AppwriteError);
    expect(error.message).toBe('502 Bad Gateway');
    expect(error).toMatchObject({ status: 502, reason: 'Bad Gateway', type: 'unknown' });
    expect(error.body).toMatch(/^<html>/);
  });

  test('a JSON error body that does not parse keeps its text', async () => {
    const error = (await failure(request(client, get('/broken-json')))) as AppwriteError;
    expect(error).toMatchObject({ status: 500, type: 'unknown', body: '{"message": "cut off' });
    expect(error.message).toBe('500 Internal Server Error');
  });
});

describe('hostile responses', () => {
  test('__proto__ and constructor keys pollute nothing', async () => {
    const raw = await request<Record<string, unknown>>(client, get('/hostile')).raw();
    const body = raw.body;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.hasOwn(body, '__proto__')).toBe(true);
    expect(body.a).toBe(1);
    expect(Object.getPrototypeOf(raw.headers)).toBe(Object.prototype);
    expect(Object.hasOwn(raw.headers, '__proto__')).toBe(true);

    const error = (await failure(request(client, get('/hostile-error')))) as AppwriteError;
    expect(Object.getPrototypeOf(error.body)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('documents validated with a loose schema keep no prototype key either', async () => {
    const schema = v.looseObject({ $id: v.string() });
    const body = await request<{ documents: Record<string, unknown>[] }>(client, get('/hostile'), {}, { schema } as never);
    expect(body.documents[0]!.$id).toBe('d1');
    expect(Object.getPrototypeOf(body.documents[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a strict document schema validates its own fields and keeps the system fields it does not name', async () => {
    const schema = v.object({ name: v.pipe(v.string(), v.transform((name) => name.toUpperCase())) });
    const body = await request<Record<string, unknown>>(client, get('/ok'), {}, { schema } as never);
    expect(body).toEqual({ $id: 'u1', name: 'ADA' });
    const wrong = v.object({ name: v.number() });
    const error = await failure(request(client, get('/ok'), {}, { schema: wrong } as never));
    expect(error).toBeInstanceOf(AwValidationError);
    expect((error as AwValidationError).target).toBe('response');
  });

  test('a body that declares more than maxResponseBytes fails cleanly, before it is read', async () => {
    const small = createClient({ endpoint: server.endpoint, project: 'p1', retry: 0, maxResponseBytes: 1024 * 1024 });
    const error = await failure(request(small, get('/big')));
    expect(error).toBeInstanceOf(AwError);
    expect(error).not.toBeInstanceOf(AppwriteError);
    expect((error as Error).message).toBe(`[GET /big] response body of ${BIG + 2} bytes is over the 1048576-byte limit`);
    // The same client still works afterwards.
    expect(await request(small, get('/ok'))).toEqual({ $id: 'u1', name: 'Ada' });
  });
});

describe('response validation', () => {
  const responseValidators = { user: v.object({ $id: v.string(), name: v.number() }) };

  test('with responseValidators, a response that breaks its model throws an AwValidationError for the response', async () => {
    const validating = createClient({ endpoint: server.endpoint, project: 'p1', retry: 0, responseValidators });
    const error = await failure(request(validating, get('/ok', { model: 'user' })));
    expect(error).toBeInstanceOf(AwValidationError);
    expect((error as AwValidationError).target).toBe('response');
    expect((error as Error).message).toMatch(/invalid response at "name"/);
    expect(await request(validating, get('/ok', { model: 'user' }), {}, { validateResponse: false })).toEqual({ $id: 'u1', name: 'Ada' });
  });
});
