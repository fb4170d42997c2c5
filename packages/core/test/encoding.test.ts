import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AwValidationError, createClient } from '../src/index.ts';
import { _encodePath, _flattenParams, _formBody, buildUrl, request, type Operation } from '../src/internal.ts';
import { sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

let server: Loopback;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  server = await startLoopback((req, res) => sendJson(res, 200, { url: req.url }));
  client = createClient({ endpoint: server.endpoint, project: 'p1' });
});
afterAll(() => server.close());

const last = () => server.seen.at(-1)!;
const getMembership: Operation = { name: 'teams.getMembership', method: 'GET', path: '/teams/{teamId}/memberships/{membershipId}', fill: _encodePath };
const listDocuments: Operation = { name: 'databases.listDocuments', method: 'GET', path: '/databases/{databaseId}/collections/{collectionId}/documents', fill: _encodePath, flat: _flattenParams };

describe('path parameters', () => {
  test.each([
    ['plain', 'team1', '/v1/teams/team1/memberships/m1'],
    ['a slash stays inside the segment', 'a/b', '/v1/teams/a%2Fb/memberships/m1'],
    ['traversal upwards', '../x', '/v1/teams/..%2Fx/memberships/m1'],
    ['traversal to the root', '../../../health', '/v1/teams/..%2F..%2F..%2Fhealth/memberships/m1'],
    ['an encoded traversal is encoded again', '%2e%2e', '/v1/teams/%252e%252e/memberships/m1'],
    ['query and fragment characters', 'a?b=c#d', '/v1/teams/a%3Fb%3Dc%23d/memberships/m1'],
    ['spaces and unicode', 'é ü', '/v1/teams/%C3%A9%20%C3%BC/memberships/m1'],
    ['a backslash', '..\\x', '/v1/teams/..%5Cx/memberships/m1'],
  ])('%s', async (_, teamId, expected) => {
    await request(client, getMembership, { teamId, membershipId: 'm1' });
    expect(last().url).toBe(expected);
  });

  test.each(['..', '.', ''])('%j is refused before sending, naming the field', async (teamId) => {
    const before = server.seen.length;
    const error = await request(client, getMembership, { teamId, membershipId: 'm1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwValidationError);
    expect((error as Error).message).toMatch(/^teams\.getMembership: invalid params at "teamId": Invalid path segment/);
    expect(server.seen.length).toBe(before);
  });

  test('a missing path value is refused, and so is a string that is not well formed', async () => {
    await expect(request(client, getMembership, { teamId: 't1' })).rejects.toThrow(/at "membershipId"/);
    await expect(request(client, getMembership, { teamId: 't1', membershipId: '\uD800' })).rejects.toBeInstanceOf(AwValidationError);
  });
});

describe('params validation', () => {
  test('invalid params throw an AwValidationError naming the operation, field and rule, and nothing is sent', async () => {
    const before = server.seen.length;
    const operation: Operation = { ...listDocuments, params: v.object({ databaseId: v.string(), collectionId: v.string(), limit: v.pipe(v.number(), v.maxValue(100)) }) };
    const error = (await request(client, operation, { databaseId: 'db', collectionId: 'c', limit: 500 }).catch((e: unknown) => e)) as AwValidationError;
    expect(error).toBeInstanceOf(AwValidationError);
    expect(error.message).toBe('databases.listDocuments: invalid params at "limit": Invalid value: Expected <=100 but received 500');
    expect(error).toMatchObject({ name: 'AwValidationError', operation: 'databases.listDocuments', target: 'params' });
    expect(error.issues[0]).toMatchObject({ type: 'max_value', expected: '<=100', received: '500' });
    expect(server.seen.length).toBe(before);
  });
});

describe('GET query flattening', () => {
  test('arrays become indexed keys, as Appwrite reads queries', async () => {
    await request(client, listDocuments, { databaseId: 'db', collectionId: 'c', queries: ['{"method":"limit","values":[1]}', 'x y'] });
    const url = new URL(last().url, 'http://x');
    expect(url.pathname).toBe('/v1/databases/db/collections/c/documents');
    expect([...url.searchParams]).toEqual([
      ['queries[0]', '{"method":"limit","values":[1]}'],
      ['queries[1]', 'x y'],
    ]);
  });

  test('nested objects become bracketed keys; null and undefined are left out; dates are ISO strings', async () => {
    const operation: Operation = { name: 't.q', method: 'GET', path: '/q', flat: _flattenParams };
    await request(client, operation, {
      a: { b: 1, c: { d: true } },
      list: [{ x: 'y' }],
      none: null,
      missing: undefined,
      when: new Date('2024-01-02T03:04:05.000Z'),
    });
    expect([...new URL(last().url, 'http://x').searchParams]).toEqual([
      ['a[b]', '1'],
      ['a[c][d]', 'true'],
      ['list[0][x]', 'y'],
      ['when', '2024-01-02T03:04:05.000Z'],
    ]);
  });

  test('buildUrl puts params and the project in the query string', () => {
    const url = buildUrl(client, { name: 'avatars.getInitials', method: 'GET', path: '/avatars/initials' }, { name: 'A B', width: 10 });
    expect(url).toBe(`${server.endpoint}/avatars/initials?name=A+B&width=10&project=p1`);
  });
});

describe('bodies', () => {
  test('non-GET params other than path ones go in a JSON body', async () => {
    const operation: Operation = { name: 'teams.updateName', method: 'PUT', path: '/teams/{teamId}', fill: _encodePath };
    await request(client, operation, { teamId: 't1', name: 'Team', nested: { a: [1, 2] }, skipped: undefined });
    expect(last().method).toBe('PUT');
    expect(last().url).toBe('/v1/teams/t1');
    expect(last().headers['content-type']).toBe('application/json');
    expect(JSON.parse(last().body.toString())).toEqual({ name: 'Team', nested: { a: [1, 2] } });
  });

  test('a bodyKey wraps the body params, as GraphQL needs', async () => {
    await request(client, { name: 'graphql.query', method: 'POST', path: '/graphql', bodyKey: 'query' }, { query: '{ x }' });
    expect(JSON.parse(last().body.toString())).toEqual({ query: { query: '{ x }' } });
  });

  test('an operation without body params sends no body', async () => {
    await request(client, { name: 'account.deleteSessions', method: 'DELETE', path: '/account/sessions' });
    expect(last().body.length).toBe(0);
    expect(last().headers['content-type']).toBeUndefined();
  });

  test('multipart bodies repeat arrays as key[] parts, send blobs as files and objects as JSON', async () => {
    const operation: Operation = { name: 'storage.createFile', method: 'POST', path: '/storage/buckets/{bucketId}/files', fill: _encodePath, form: _formBody };
    const file = new File(['hello'], 'hello.txt', { type: 'text/plain' });
    await request(client, operation, { bucketId: 'b1', fileId: 'f1', file, permissions: ['read("any")', 'write("any")'], meta: { a: 1 }, size: 5 });
    const seen = last();
    expect(seen.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(new Uint8Array(seen.body), { headers: { 'content-type': seen.headers['content-type']! } }).formData();
    expect([...form.keys()]).toEqual(['fileId', 'file', 'permissions[]', 'permissions[]', 'meta', 'size']);
    expect(form.getAll('permissions[]')).toEqual(['read("any")', 'write("any")']);
    expect(form.get('meta')).toBe('{"a":1}');
    expect(form.get('size')).toBe('5');
    const part = form.get('file') as File;
    expect(part.name).toBe('hello.txt');
    expect(await part.text()).toBe('hello');
  });
});
