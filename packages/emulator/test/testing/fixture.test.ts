import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FixtureError, readLink, readSecret, startEmulator, type Fixture, type RunningEmulator } from '../../src/index.ts';
import { fixture, projectConfig } from '../helpers/sampleProject.ts';
import { createApi, expectError, type Api } from '../helpers/api.ts';

let emulator: RunningEmulator;
const api = (): Api => createApi(emulator.url, emulator.projectId);

async function signIn(email: string, password: string): Promise<Api> {
  const client = api();
  const answer = await client.post('/account/sessions/email', { email, password });
  expect(answer.status).toBe(201);
  return client;
}

beforeAll(async () => {
  emulator = await startEmulator({ config: projectConfig, seed: fixture });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await emulator.reset();
});

describe('seed', () => {
  it('creates users who sign in with their passwords, with verified flags, labels and prefs', async () => {
    const ada = await signIn('ada@example.com', 'ada-password');
    const me = (await ada.get('/account')).body;
    expect(me).toMatchObject({ $id: 'ada', email: 'ada@example.com', name: 'Ada', emailVerification: true, labels: ['admin'], prefs: { theme: 'dark' } });
    const bob = await signIn('bob@example.com', 'bob-password');
    expect((await bob.get('/account')).body).toMatchObject({ phone: '+14155550100', phoneVerification: true, emailVerification: false });
    expectError(await api().post('/account/sessions/email', { email: 'ada@example.com', password: 'wrong-password' }), 401, 'user_invalid_credentials');
  });

  it('gives documents their permissions: one user cannot read the other’s document', async () => {
    const ada = await signIn('ada@example.com', 'ada-password');
    const bob = await signIn('bob@example.com', 'bob-password');
    expect((await ada.get('/databases/library/collections/books/documents/ada-book')).body).toMatchObject({ title: 'Ada’s notes', year: 1843 });
    expectError(await bob.get('/databases/library/collections/books/documents/ada-book'), 404, 'document_not_found');
    // Team members read the team's document.
    expect((await bob.get('/databases/library/collections/books/documents/crew-book')).status).toBe(200);
    expect((await ada.get('/databases/library/collections/books/documents')).body.total).toBe(2);
    expect((await bob.get('/databases/library/collections/books/documents')).body.total).toBe(1);
  });

  it('creates teams with confirmed memberships and files with their bytes', async () => {
    const bob = await signIn('bob@example.com', 'bob-password');
    const memberships = (await bob.get('/teams/crew/memberships')).body;
    expect(memberships.total).toBe(2);
    expect(memberships.memberships.find((m: { userId: string }) => m.userId === 'bob')).toMatchObject({ $id: 'bob-in-crew', confirm: true, roles: [] });
    const download = await bob.get('/storage/buckets/photos/files/hello/download');
    expect(Buffer.from(download.body as ArrayBuffer).toString()).toBe('hello, world');
    expect((await bob.get('/storage/buckets/photos/files/hello')).body).toMatchObject({ name: 'hello.txt', mimeType: 'text/plain', sizeOriginal: 12, chunksUploaded: 1 });
    const ada = await signIn('ada@example.com', 'ada-password');
    expectError(await ada.get('/storage/buckets/photos/files/hello'), 404, 'storage_file_not_found');
  });

  it('names the bad entry of a malformed fixture and writes nothing of it', async () => {
    const bad = (seed: unknown) => emulator.seed(seed as Fixture);
    await expect(bad({ users: [{ id: 'x1', email: 'x1@example.com' }, { id: 'x2', email: 'not-an-email' }] })).rejects.toThrow(
      'seed.users[1].email: must be a valid email address',
    );
    await expect(bad({ users: [{ id: 'x1', password: 'short' }] })).rejects.toThrow('seed.users[0].password: must be at least 8 characters');
    await expect(bad({ documents: [{ databaseId: 'library', collectionId: 'nope', id: 'd', data: {} }] })).rejects.toThrow(
      "seed.documents[0]: Collection 'nope' was not found in database 'library'. (collection_not_found)",
    );
    await expect(bad({ documents: [{ databaseId: 'library', collectionId: 'books', id: 'd', data: { year: 1 } }] })).rejects.toThrow(/^seed\.documents\[0\]: .*title/);
    await expect(bad({ documents: [{ databaseId: 'library', collectionId: 'books', id: 'd', data: { title: 't' }, permissions: ['see("any")'] }] })).rejects.toThrow(
      'seed.documents[0]: see("any") is not a valid permission',
    );
    await expect(bad({ users: [{ id: 'ada' }] })).rejects.toThrow(/^seed\.users\[0\]: .*already exists/);
    await expect(bad({ teams: [{ id: 't', name: 'T', members: [{ userId: 'ghost' }] }] })).rejects.toThrow("seed.teams[0]: members[0]: user 'ghost' is not in the fixture");
    await expect(bad({ files: [{ bucketId: 'photos', id: 'big', name: 'big.bin', bytes: new Uint8Array(1001) }] })).rejects.toThrow('seed.files[0]: File size not allowed');
    await expect(bad({ users: [], extra: [] })).rejects.toBeInstanceOf(FixtureError);
    // A refused seed leaves the state as it was: the first valid user of the bad fixture is not there.
    expectError(await api().post('/account/sessions/email', { email: 'x1@example.com', password: 'whatever-pass' }), 401, 'user_invalid_credentials');
    expect(emulator.context.tables.users.get('x1')).toBeUndefined();
  });

  it('reads a JSON fixture file, with files relative to it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-fixture-'));
    writeFileSync(join(dir, 'cover.txt'), 'cover bytes');
    writeFileSync(join(dir, 'fixture.json'), JSON.stringify({
      users: [{ id: 'cy', email: 'cy@example.com', password: 'cy-password' }],
      files: [{ bucketId: 'photos', id: 'cover', path: 'cover.txt', permissions: ['read("user:cy")'] }],
    }));
    await emulator.seed(join(dir, 'fixture.json'));
    const cy = await signIn('cy@example.com', 'cy-password');
    expect((await cy.get('/storage/buckets/photos/files/cover')).body).toMatchObject({ name: 'cover.txt', sizeOriginal: 11 });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ users: [{ id: 'dee', email: 3 }] }));
    await expect(emulator.seed(join(dir, 'bad.json'))).rejects.toThrow('bad.json.users[0].email: must be a string');
    await expect(emulator.seed(join(dir, 'missing.json'))).rejects.toThrow('no such file');
  });
});

describe('reset', () => {
  it('returns to the seeded state: later writes are gone, seeded records are as seeded', async () => {
    const ada = await signIn('ada@example.com', 'ada-password');
    await ada.post('/databases/library/collections/books/documents', { documentId: 'later', data: { title: 'Later' } });
    await ada.patch('/databases/library/collections/books/documents/ada-book', { data: { title: 'Changed' } });
    await ada.patch('/account/name', { name: 'Changed' });
    await emulator.reset();
    // The session is gone with everything else written since the seed.
    expectError(await ada.get('/account'), 401, 'general_unauthorized_scope');
    const again = await signIn('ada@example.com', 'ada-password');
    expect((await again.get('/account')).body.name).toBe('Ada');
    expect((await again.get('/databases/library/collections/books/documents')).body.documents.map((d: { title: string }) => d.title)).toEqual(['Ada’s notes', 'Crew log']);
  });
});

describe('clock', () => {
  it('expires a session, and a JWT after 15 minutes, when time is advanced', async () => {
    const ada = await signIn('ada@example.com', 'ada-password');
    const jwt = (await ada.post('/account/jwt')).body.jwt as string;
    const withJwt = () => api().get('/account', { 'X-Appwrite-JWT': jwt });
    expect((await withJwt()).status).toBe(200);
    emulator.clock.advance(14 * 60_000);
    expect((await withJwt()).status).toBe(200);
    emulator.clock.advance(2 * 60_000);
    expectError(await withJwt(), 401, 'user_jwt_invalid');
    expect((await ada.get('/account')).status).toBe(200);
    emulator.clock.advance(366 * 24 * 3600_000);
    // An expired session counts as none: the caller is a guest.
    expectError(await ada.get('/account'), 401, 'general_unauthorized_scope');
  });

  it('stamps records with the clock, and reset brings system time back', async () => {
    emulator.clock.set('2030-01-02T03:04:05.000Z');
    const ada = await signIn('ada@example.com', 'ada-password');
    const doc = (await ada.post('/databases/library/collections/books/documents', { documentId: 'dated', data: { title: 'Dated' } })).body;
    expect(doc.$createdAt).toBe('2030-01-02T03:04:05.000+00:00');
    expect(emulator.outbox.list().length).toBe(0);
    await emulator.reset();
    expect(Math.abs(emulator.clock.now() - Date.now())).toBeLessThan(1000);
  });

  it('opens a new rate-limit window when time is advanced past the old one', async () => {
    const attempt = () => api().post('/account/sessions/email', { email: 'ada@example.com', password: 'wrong-password' });
    for (let i = 0; i < 10; i += 1) expect((await attempt()).status).toBe(401);
    expectError(await attempt(), 429, 'general_rate_limit_exceeded');
    emulator.clock.advance(3600_000);
    expect((await attempt()).status).toBe(401);
  });

  it('expires a verification secret after an hour', async () => {
    const bob = await signIn('bob@example.com', 'bob-password');
    await bob.post('/account/verification', { url: 'http://localhost/verify' });
    const { userId, secret } = readSecret(await emulator.outbox.next({ to: 'bob@example.com' }));
    emulator.clock.advance(61 * 60_000);
    expectError(await bob.put('/account/verification', { userId, secret }), 401, 'user_invalid_token');
  });
});

describe('outbox helpers', () => {
  it('waits for the next message to an address and reads its link and secret', async () => {
    const bob = await signIn('bob@example.com', 'bob-password');
    const waiting = emulator.outbox.next({ to: 'bob@example.com', kind: 'verification' });
    await bob.post('/account/verification', { url: 'http://localhost/verify' });
    const message = await waiting;
    const link = readLink(message);
    expect(`${link.origin}${link.pathname}`).toBe('http://localhost/verify');
    const { userId, secret, expire } = readSecret(message);
    expect(userId).toBe('bob');
    expect(expire).toBeTypeOf('string');
    expect((await bob.put('/account/verification', { userId, secret })).status).toBe(200);
    expect((await bob.get('/account')).body.emailVerification).toBe(true);
    // Each message is handed out once; nothing else is waiting.
    await expect(emulator.outbox.next({ to: 'bob@example.com', timeout: 50 })).rejects.toThrow('No message to bob@example.com arrived in the emulator outbox within 50 ms.');
  });

  it('reads the code of an email OTP and the team and membership of an invitation', async () => {
    await api().post('/account/tokens/email', { userId: 'unique()', email: 'newcomer@example.com' });
    const otp = readSecret(await emulator.outbox.next({ to: 'newcomer@example.com' }));
    expect(otp.secret).toMatch(/^\d{6}$/);
    expect((await api().post('/account/sessions/token', { userId: otp.userId, secret: otp.secret })).status).toBe(201);
    expect(() => readLink(emulator.outbox.list({ to: 'newcomer@example.com' })[0]!)).toThrow('carries no link');

    const ada = await signIn('ada@example.com', 'ada-password');
    await ada.post('/teams/crew/memberships', { email: 'guest@example.com', roles: [], url: 'http://localhost/join' });
    const invite = readSecret(await emulator.outbox.next({ to: 'guest@example.com', kind: 'invitation' }));
    expect(invite).toMatchObject({ teamId: 'crew', membershipId: expect.any(String), userId: expect.any(String), secret: expect.any(String) });
  });
});
