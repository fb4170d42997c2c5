import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AppwriteError, createClient, isAppwriteError } from '../src/index.ts';
import { _encodePath, _flattenParams, request } from '../src/internal.ts';

let server: Server;
let endpoint: string;
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    if (req.url?.startsWith('/v1/account')) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'missing scope', code: 401, type: 'general_unauthorized_scope', version: '1.5.8' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, url: req.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('a request reaches the server with project and format headers and returns the body', async () => {
  const client = createClient({ endpoint, project: 'p1', locale: 'fr' });
  const body = await request<{ ok: boolean; url: string }>(client, { name: 't.list', method: 'GET', path: '/teams/{teamId}', fill: _encodePath, flat: _flattenParams }, { teamId: 'a b', queries: ['x', 'y'] });
  expect(body.url).toBe('/v1/teams/a%20b?queries%5B0%5D=x&queries%5B1%5D=y');
  const req = seen.at(-1)!;
  expect(req.headers['x-appwrite-project']).toBe('p1');
  expect(req.headers['x-appwrite-response-format']).toBe('1.5.0');
  expect(req.headers['x-appwrite-locale']).toBe('fr');
});

test('a non-2xx answer rejects with an AppwriteError carrying type and status', async () => {
  const client = createClient({ endpoint, project: 'p1' });
  const error = await request(client, { name: 'account.get', method: 'GET', path: '/account' }).catch((e: unknown) => e);
  expect(isAppwriteError(error, 'general_unauthorized_scope')).toBe(true);
  expect(error).toBeInstanceOf(AppwriteError);
  expect((error as AppwriteError).status).toBe(401);
  expect((error as AppwriteError).message).toBe('missing scope');
});
