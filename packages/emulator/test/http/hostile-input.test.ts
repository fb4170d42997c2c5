import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, expectError, signUpAndSignIn, type Api } from '../helpers/api.ts';

// Requests an attacker could send to break the emulator for every other client.
let emulator: RunningEmulator;
const api = (): Api => createApi(emulator.url, emulator.projectId);

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'hostile',
      databases: [{ $id: 'app', name: 'App' }],
      collections: [
        { $id: 'notes', databaseId: 'app', name: 'Notes', $permissions: ['read("any")', 'create("any")'], attributes: [{ key: 'title', type: 'string', size: 50, required: true }] },
      ],
      buckets: [{ $id: 'files', name: 'Files', $permissions: ['read("any")', 'create("any")'] }],
    },
  });
});
afterAll(async () => {
  await emulator.close();
});

const signedIn = (id: string): Promise<Api> => signUpAndSignIn(api(), id);

/** Creates JSON text of an object nested `depth` levels deep. */
function nested(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Sends raw bytes to the emulator with the project header. */
function raw(method: string, path: string, body: BodyInit, headers: Record<string, string>): Promise<Response> {
  return fetch(`${emulator.url}${path}`, { method, body, headers: { 'X-Appwrite-Project': 'hostile', ...headers } });
}

describe('prototype keys', () => {
  it('refuses __proto__, constructor and prototype in query strings and leaves Object.prototype alone', async () => {
    for (const query of ['__proto__[x]=1', '__proto__[polluted]=yes', 'constructor[prototype][polluted]=yes', 'a[__proto__][polluted]=yes', 'prototype=1']) {
      expectError(await api().get(`/locale/codes?${query}`), 400, 'general_argument_invalid');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    // Path parameters never find something on a lookup table's prototype.
    for (const path of ['/avatars/flags/__proto__', '/avatars/credit-cards/constructor', '/avatars/browsers/toString']) {
      expectError(await api().get(path), 400, 'general_argument_invalid');
    }
    // Requests with a body still work for everyone afterwards.
    const created = await api().post('/account', { userId: 'after', email: 'after@example.com', password: 'password-1' });
    expect(created.status).toBe(201);
  });

  it('refuses __proto__ keys in JSON bodies, form fields and document data, and stores nothing', async () => {
    const alice = await signedIn('proto-alice');
    const prefs = await alice.request('PATCH', '/account/prefs', undefined, { 'Content-Type': 'application/json' });
    expect(prefs.status).toBe(400);
    const body = '{"prefs":{"theme":"dark","__proto__":{"admin":true}}}';
    const answer = await fetch(`${emulator.url}/account/prefs`, {
      method: 'PATCH',
      body,
      headers: { 'X-Appwrite-Project': 'hostile', 'Content-Type': 'application/json', Cookie: alice.cookie },
    });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { type: string }).type).toBe('general_argument_invalid');
    expect((await alice.get('/account/prefs')).body).toEqual({});

    const documentBody = '{"documentId":"n1","data":{"title":"x","__proto__":{"title":"y"}}}';
    const document = await raw('POST', '/databases/app/collections/notes/documents', documentBody, { 'Content-Type': 'application/json' });
    expect(document.status).toBe(400);
    expect((await api().get('/databases/app/collections/notes/documents')).body.total).toBe(0);
    // Document data sent as a JSON string in a form field goes through the same parser.
    const form = new FormData();
    form.set('documentId', 'n2');
    form.set('data', '{"title":"x","__proto__":{"polluted":true}}');
    const formAnswer = await raw('POST', '/databases/app/collections/notes/documents', form, {});
    expect(formAnswer.status).toBe(400);

    const named = new FormData();
    named.set('__proto__', 'x');
    named.set('fileId', 'f1');
    named.set('file', new Blob(['hello']), 'a.txt');
    const upload = await raw('POST', '/storage/buckets/files/files', named, {});
    expect(upload.status).toBe(400);
    expect(((await upload.json()) as { type: string }).type).toBe('general_argument_invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('sizes', () => {
  it('answers a huge array index or more than 100 queries with 400 at once', async () => {
    const started = performance.now();
    for (const index of [100, 100_000_000, 4_294_967_294]) {
      expectError(await api().get(`/locale/codes?queries[${index}]=x`), 400, 'general_argument_invalid');
    }
    const many = Array.from({ length: 101 }, () => `queries[]=${encodeURIComponent('{"method":"limit","values":[1]}')}`).join('&');
    expectError(await api().get(`/databases/app/collections/notes/documents?${many}`), 400, 'general_argument_invalid');
    const form = new FormData();
    for (let i = 0; i < 101; i++) form.append('permissions[]', 'read("any")');
    form.set('fileId', 'many');
    form.set('file', new Blob(['x']), 'x.txt');
    expect((await raw('POST', '/storage/buckets/files/files', form, {})).status).toBe(400);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses JSON nested deeper than 512 levels with a 400 and stores nothing', async () => {
    const alice = await signedIn('deep-alice');
    const headers = { 'Content-Type': 'application/json', Cookie: alice.cookie };
    for (const depth of [600, 5_000, 100_000]) {
      const answer = await raw('PATCH', '/account/prefs', `{"prefs":${nested(depth)}}`, headers);
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { type: string }).type).toBe('general_argument_invalid');
    }
    expect((await alice.get('/account/prefs')).body).toEqual({});
    // Shallow nesting is fine.
    expect((await alice.patch('/account/prefs', { prefs: JSON.parse(nested(50)) })).status).toBe(200);

    await alice.post('/teams', { teamId: 'deep', name: 'Deep' });
    const teamPrefs = await raw('PUT', '/teams/deep/prefs', `{"prefs":${nested(4_500)}}`, headers);
    expect(teamPrefs.status).toBe(400);
    const teams = await alice.get('/teams');
    expect(teams.status).toBe(200);
    expect(teams.body.teams[0].prefs).toEqual({});
    // GraphQL variables and realtime-style JSON strings go through the same limit.
    const graphql = await raw('POST', '/graphql', `{"query":"query { localeGet { ip } }","variables":${nested(1_000)}}`, { 'Content-Type': 'application/json' });
    expect(graphql.status).toBe(400);
  });

  it('answers a malformed multipart body with 400 general_bad_request', async () => {
    const noBoundary = await raw('POST', '/storage/buckets/files/files', 'fileId=x', { 'Content-Type': 'multipart/form-data' });
    expect(noBoundary.status).toBe(400);
    expect(((await noBoundary.json()) as { type: string }).type).toBe('general_bad_request');
    const truncated = '--b\r\nContent-Disposition: form-data; name="fileId"\r\n\r\nabc\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhalf a fi';
    const cut = await raw('POST', '/storage/buckets/files/files', truncated, { 'Content-Type': 'multipart/form-data; boundary=b' });
    expect(cut.status).toBe(400);
    expect(((await cut.json()) as { type: string }).type).toBe('general_bad_request');
    expect((await api().get('/storage/buckets/files/files')).body.total).toBe(0);
  });

  it('answers query values that are not arrays with 400 general_query_invalid', async () => {
    const alice = await signedIn('values-alice');
    const bad = encodeURIComponent('{"method":"equal","attribute":"name","values":"x"}');
    expectError(await alice.get(`/teams?queries[]=${bad}`), 400, 'general_query_invalid');
    expectError(await alice.get(`/account/identities?queries[]=${bad}`), 400, 'general_query_invalid');
    const badTitle = encodeURIComponent('{"method":"equal","attribute":"title","values":{"length":1e9}}');
    expectError(await alice.get(`/databases/app/collections/notes/documents?queries[]=${badTitle}`), 400, 'general_query_invalid');
    expectError(await alice.get(`/teams?queries[]=${encodeURIComponent('null')}`), 400, 'general_query_invalid');
  });
});

describe('graphql limits', () => {
  const post = (body: unknown) => raw('POST', '/graphql', JSON.stringify(body), { 'Content-Type': 'application/json' });

  it('refuses a query above complexity 250 without running any field', async () => {
    const aliases = Array.from({ length: 3000 }, (_, i) => `a${i}: localeListCodes { total }`).join(' ');
    const started = performance.now();
    const answer = await post({ query: `query { ${aliases} }` });
    const body = (await answer.json()) as { data?: unknown; errors: Array<{ message: string }> };
    expect(body.data).toBeUndefined();
    // So many aliases pass the parser's token cap before complexity is even counted.
    expect(body.errors[0]?.message).toMatch(/contains more th.. 10000 tokens/);
    expect(performance.now() - started).toBeLessThan(2000);
    const over = Array.from({ length: 126 }, (_, i) => `a${i}: localeListCodes { total }`).join(' ');
    const refused = (await (await post({ query: `query { ${over} }` })).json()) as { data?: unknown; errors: Array<{ message: string }> };
    expect(refused.data).toBeUndefined();
    expect(refused.errors.map((e) => e.message)).toEqual(['Max query complexity should be 250 but got 252.']);
    const fits = Array.from({ length: 125 }, (_, i) => `a${i}: localeListCodes { total }`).join(' ');
    const ok = (await (await post({ query: `query { ${fits} }` })).json()) as { data: Record<string, { total: number }> };
    expect(Object.keys(ok.data)).toHaveLength(125);
  });

  it('refuses queries nested deeper than 3 levels, also through fragments', async () => {
    const deep = 'query { teamsList { teams { prefs { data { x { y } } } } } }';
    const body = (await (await post({ query: deep })).json()) as { errors: Array<{ message: string }> };
    expect(body.errors.map((e) => e.message)).toContain('Max query depth should be 3 but got 4.');
    const cyclic = 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }';
    const cycle = (await (await post({ query: cyclic })).json()) as { errors: Array<{ message: string }> };
    expect(cycle.errors.length).toBeGreaterThan(0);
    const doubling = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const bomb = (await (await post({ query: `query { ...F0 } ${doubling} fragment F30 on Query { localeListCodes { total } }` })).json()) as { errors: Array<{ message: string }> };
    expect(bomb.errors.some((e) => e.message.startsWith('Max query complexity'))).toBe(true);
  });

  it('refuses more than 10 queries in a batch with graphql_too_many_queries', async () => {
    const batch = Array.from({ length: 11 }, () => ({ query: 'query { localeListCodes { total } }' }));
    const answer = await post(batch);
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { type: string }).type).toBe('graphql_too_many_queries');
  });
});

describe('request size', () => {
  it('refuses a body over 12 MiB with 413, whether its length is announced or streamed', async () => {
    const big = new Uint8Array(12 * 1024 * 1024 + 1).fill(0x20);
    const announced = await raw('POST', '/account', big, { 'Content-Type': 'application/json' });
    expect(announced.status).toBe(413);
    expect(await announced.json()).toMatchObject({ code: 413, type: 'general_argument_invalid' });

    // No content-length: the server must stop reading once the limit is passed, not buffer it all.
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 64 * 1024 * 1024) return controller.close();
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024).fill(0x20));
      },
    });
    const streamed = await fetch(`${emulator.url}/account`, {
      method: 'POST',
      body: stream,
      headers: { 'X-Appwrite-Project': 'hostile', 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(64 * 1024 * 1024);

    // A normal request still works afterwards.
    expect((await api().get('/locale/codes')).status).toBe(200);
  });
});
