import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { AppwriteError, AwNetworkError, AwTimeoutError, createClient, type RetryOptions } from '../src/index.ts';
import { request, type Operation } from '../src/internal.ts';
import { closedPort, delay, sendJson, startLoopback, type Handler, type Loopback } from './helpers/loopback.ts';

const FAST: RetryOptions = { baseDelay: 5, maxDelay: 20 };
const get: Operation = { name: 'test.get', method: 'GET', path: '/thing' };
const post: Operation = { name: 'test.post', method: 'POST', path: '/thing' };

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler, retry: number | RetryOptions = FAST, timeout?: number) {
  server = await startLoopback(handler);
  return { server, client: createClient({ endpoint: server.endpoint, project: 'p1', retry, timeout }) };
}
/** Fails the first `count` requests with `status`, then answers 200. */
const failFirst = (count: number, status: number, headers: Record<string, string> = {}): Handler => (_, res, index) =>
  index < count ? sendJson(res, status, { message: 'busy', code: status, type: 'general_server_error' }, headers) : sendJson(res, 200, { attempt: index });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('should have failed'), (e: unknown) => e);
const gaps = (s: Loopback) => s.seen.slice(1).map((req, i) => req.at - s.seen[i]!.at);

describe('which requests are retried', () => {
  test.each([429, 502, 503, 504])('GET is retried after a %i', async (status) => {
    const { server, client } = await serve(failFirst(1, status));
    expect(await request(client, get)).toEqual({ attempt: 1 });
    expect(server.seen.length).toBe(2);
  });

  test.each([400, 401, 404, 500, 501])('GET is not retried after a %i', async (status) => {
    const { server, client } = await serve(failFirst(1, status));
    const error = await failure(request(client, get));
    expect((error as AppwriteError).status).toBe(status);
    expect(server.seen.length).toBe(1);
  });

  test.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)('%s is not retried by default', async (method) => {
    const { server, client } = await serve(failFirst(1, 503));
    const error = await failure(request(client, { ...post, method }));
    expect((error as AppwriteError).status).toBe(503);
    expect(server.seen.length).toBe(1);
  });

  test('POST is retried when the caller opts in with retry.methods', async () => {
    const { server, client } = await serve(failFirst(1, 503));
    expect(await request(client, post, { a: 1 }, { retry: { ...FAST, methods: ['post'] } })).toEqual({ attempt: 1 });
    expect(server.seen.length).toBe(2);
    expect(server.seen.map((req) => req.body.toString())).toEqual(['{"a":1}', '{"a":1}']);
  });

  test('after the default 2 retries the last AppwriteError is thrown', async () => {
    const { server, client } = await serve(failFirst(10, 503), { baseDelay: 5 });
    const error = await failure(request(client, get));
    expect((error as AppwriteError).status).toBe(503);
    expect(server.seen.length).toBe(3);
  });

  test('retry: 0 per call turns retries off; a per-call count replaces the client one', async () => {
    const { server, client } = await serve(failFirst(10, 503));
    await failure(request(client, get, {}, { retry: 0 }));
    expect(server.seen.length).toBe(1);
    const off = createClient({ endpoint: server.endpoint, project: 'p1', retry: 0 });
    await failure(request(off, get));
    expect(server.seen.length).toBe(2);
    await failure(request(off, get, {}, { retry: { ...FAST, attempts: 4 } }));
    expect(server.seen.length).toBe(7);
  });
});

describe('how long it waits', () => {
  test('backoff grows exponentially, with at most 25% jitter taken off', async () => {
    const { server, client } = await serve(failFirst(3, 503), { attempts: 3, baseDelay: 60, maxDelay: 1000 });
    await request(client, get);
    const [first, second, third] = gaps(server);
    expect(first).toBeGreaterThanOrEqual(60 * 0.75 - 5);
    expect(second).toBeGreaterThanOrEqual(120 * 0.75 - 5);
    expect(third).toBeGreaterThanOrEqual(240 * 0.75 - 5);
  });

  test('Retry-After in seconds is honoured', async () => {
    const { server, client } = await serve(failFirst(1, 503, { 'retry-after': '1' }), { baseDelay: 1 });
    await request(client, get);
    expect(gaps(server)[0]).toBeGreaterThanOrEqual(990);
  });

  test('a Retry-After longer than maxRetryAfter is not waited for: the error says how long instead', async () => {
    const { server, client } = await serve(failFirst(1, 429, { 'retry-after': '3600' }));
    const error = (await failure(request(client, get))) as AppwriteError;
    expect(server.seen.length).toBe(1);
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(3_600_000);
  });

  test('X-RateLimit-Reset on a 429 is the wait; on a 503 it is ignored', async () => {
    const farReset = { 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) };
    const limited = await serve(failFirst(1, 429, farReset));
    await failure(request(limited.client, get));
    expect(limited.server.seen.length).toBe(1);
    await limited.server.close();

    const unavailable = await serve(failFirst(1, 503, farReset));
    expect(await request(unavailable.client, get)).toEqual({ attempt: 1 });
    expect(gaps(unavailable.server)[0]).toBeLessThan(1000);
  });
});

describe('network errors', () => {
  test('a dropped connection is retried for GET', async () => {
    const { server, client } = await serve((req, res, index) => (index === 0 ? res.socket!.destroy() : sendJson(res, 200, { attempt: index })));
    expect(await request(client, get)).toEqual({ attempt: 1 });
    expect(server.seen.length).toBe(2);
  });

  test('an unreachable host gives an AwNetworkError naming the host, after the retries', async () => {
    const port = await closedPort();
    const client = createClient({ endpoint: `http://127.0.0.1:${port}/v1`, project: 'p1', retry: FAST });
    const started = performance.now();
    const error = (await failure(request(client, get))) as AwNetworkError;
    expect(error).toBeInstanceOf(AwNetworkError);
    expect(error).toMatchObject({ name: 'AwNetworkError', host: `127.0.0.1:${port}`, method: 'GET', path: '/thing' });
    expect(error.message).toBe(`[GET /thing] could not reach 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(error.cause).toBeInstanceOf(Error);
    expect(performance.now() - started).toBeGreaterThanOrEqual(5 * 0.75);
  });
});

describe('timeouts and cancellation', () => {
  const slowFirst = (ms: number): Handler => async (_, res: ServerResponse, index) => {
    if (index === 0) await delay(ms);
    sendJson(res, 200, { attempt: index });
  };

  test('each attempt gets a fresh timer: a slow first attempt is followed by a successful one', async () => {
    const { server, client } = await serve(slowFirst(1500), FAST, 200);
    const started = performance.now();
    expect(await request(client, get)).toEqual({ attempt: 1 });
    expect(server.seen.length).toBe(2);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  test('no signal is handed to fetch twice, across attempts or calls', async () => {
    // Node's fetch keeps an abort listener on each signal it is given until the request is
    // collected; a reused signal would gather them.
    const { server } = await serve(failFirst(1, 503));
    const signals: AbortSignal[] = [];
    const recording: typeof fetch = (input, init) => {
      signals.push(init!.signal!);
      return fetch(input, init);
    };
    const client = createClient({ endpoint: server.endpoint, project: 'p1', retry: FAST, fetch: recording });
    await request(client, get);
    await request(client, get);
    expect(signals.length).toBe(3);
    expect(new Set(signals).size).toBe(3);
  });

  test('when every attempt is too slow, an AwTimeoutError names the timeout', async () => {
    const { server, client } = await serve(async (_, res) => {
      await delay(1000);
      sendJson(res, 200, {});
    });
    const error = await failure(request(client, get, {}, { timeout: 100, retry: { ...FAST, attempts: 1 } }));
    expect(error).toBeInstanceOf(AwTimeoutError);
    expect(error).toMatchObject({ name: 'AwTimeoutError', timeout: 100, method: 'GET', path: '/thing', message: '[GET /thing] timed out after 100 ms' });
    expect(server.seen.length).toBe(2);
  });

  test('a timed-out POST is not retried', async () => {
    const { server, client } = await serve(slowFirst(1000), FAST, 100);
    await expect(request(client, post, { a: 1 })).rejects.toBeInstanceOf(AwTimeoutError);
    expect(server.seen.length).toBe(1);
  });

  test("the caller's signal composes with the timeout and rejects with the native AbortError", async () => {
    const { client } = await serve(slowFirst(2000), FAST, 5000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(request(client, get, {}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(AwTimeoutError);
  });

  test('aborting during a backoff wait rejects at once, and no further attempt starts', async () => {
    const { server, client } = await serve(failFirst(10, 503, { 'retry-after': '30' }));
    const controller = new AbortController();
    const pending = failure(request(client, get, {}, { signal: controller.signal }));
    while (server.seen.length === 0) await delay(5);
    await delay(50);
    const abortedAt = performance.now();
    controller.abort();
    const error = await pending;
    expect(performance.now() - abortedAt).toBeLessThan(100);
    expect((error as DOMException).name).toBe('AbortError');
    await delay(150);
    expect(server.seen.length).toBe(1);
  });

  test('an already-aborted signal sends nothing; a custom abort reason is rethrown as is', async () => {
    const { server, client } = await serve(failFirst(0, 200));
    await expect(request(client, get, {}, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.seen.length).toBe(0);
    const reason = new Error('navigated away');
    await expect(request(client, get, {}, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });
});
