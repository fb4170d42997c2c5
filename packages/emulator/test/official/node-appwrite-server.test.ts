import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Account, AppwriteException, Client, Databases, Functions, ID, Permission, Query, Role, Storage, Teams, Users } from 'node-appwrite';
import { PasswordHash } from 'node-appwrite';
import { InputFile } from 'node-appwrite/file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';

// The official server SDK (node-appwrite@13) with API keys, as a test suite or a function uses it.
// Rate limits stay on (the default): keys must get through them, sessions must not.
const KEY = `all-${randomBytes(24).toString('hex')}`;
const USERS_READ_KEY = `read-${randomBytes(24).toString('hex')}`;
let emulator: RunningEmulator;
let server: Client;
const leaks: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    keys: [KEY, `${USERS_READ_KEY}:users.read`],
    config: {
      projectId: 'server-sdk',
      baseDir: fileURLToPath(new URL('./functions', import.meta.url)),
      databases: [{ $id: 'app', name: 'App', enabled: true }],
      // No collection or bucket permission: only the server, and whoever it grants, gets in.
      collections: [{
        $id: 'notes', databaseId: 'app', name: 'Notes', enabled: true, documentSecurity: true, $permissions: [],
        attributes: [{ key: 'title', type: 'string', size: 64, required: true, array: false }], indexes: [],
      }, {
        $id: 'open', databaseId: 'app', name: 'Open', enabled: true, documentSecurity: false, $permissions: ['create("users")', 'read("users")'],
        attributes: [{ key: 'n', type: 'integer', required: true, array: false }], indexes: [],
      }],
      buckets: [{
        $id: 'private', name: 'Private', $permissions: [], fileSecurity: true, enabled: true, maximumFileSize: 30_000_000,
        allowedFileExtensions: [], compression: 'none', encryption: false, antivirus: false,
      }, {
        $id: 'drop', name: 'Drop box', $permissions: ['create("any")'], fileSecurity: true, enabled: true, maximumFileSize: 30_000_000,
        allowedFileExtensions: [], compression: 'none', encryption: false, antivirus: false,
      }],
      functions: [{
        $id: 'count-users', name: 'Count users', runtime: 'node-18.0', execute: [], path: '.', entrypoint: 'countUsers.mjs', timeout: 10,
        vars: { APPWRITE_API_KEY: KEY },
      }],
    },
  });
  server = new Client().setEndpoint(emulator.url).setProject(emulator.projectId).setKey(KEY);
});
afterAll(async () => {
  await emulator.close();
});

/** Creates a client with no credentials (a guest). */
function guest(): Client {
  return new Client().setEndpoint(emulator.url).setProject(emulator.projectId);
}

/** Runs a call that must fail and returns its AppwriteException (also kept to check that no key leaks). */
async function failure(call: Promise<unknown>): Promise<AppwriteException> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppwriteException);
  const exception = error as AppwriteException;
  leaks.push(JSON.stringify({ message: exception.message, response: exception.response }));
  return exception;
}

/** Creates a user through the users API and a client signed in as them with a server-made session. */
async function userWithSession(name: string): Promise<{ id: string; client: Client }> {
  const users = new Users(server);
  const user = await users.create(ID.unique(), `${name}@example.com`, undefined, 'password-123', name);
  const session = await users.createSession(user.$id);
  return { id: user.$id, client: guest().setSession(session.secret) };
}

describe('users through node-appwrite with an API key', () => {
  it('creates, finds, changes and deletes users', async () => {
    const users = new Users(server);
    const ada = await users.create('ada', 'Ada@Example.com', '+14155550100', 'password-123', 'Ada Lovelace');
    expect(ada).toMatchObject({ $id: 'ada', email: 'ada@example.com', phone: '+14155550100', name: 'Ada Lovelace', status: true, emailVerification: false, labels: [] });
    // The server model shows the hash, its algorithm and options (the account model never does).
    expect(ada.hash).toBe('scrypt');
    expect(ada.password).toMatch(/^[0-9a-f]{128}$/);
    expect(ada.hashOptions).toMatchObject({ type: 'scrypt', costCpu: 16384 });
    await users.create('bob', 'bob@example.com', undefined, undefined, 'Bob Babbage');
    await users.create('cyd', undefined, '+14155550101');

    expect((await users.list([Query.equal('email', ['bob@example.com'])])).users.map((u) => u.$id)).toEqual(['bob']);
    expect((await users.list([], 'lovelace')).users.map((u) => u.$id)).toEqual(['ada']);
    const page = await users.list([Query.orderDesc('name'), Query.limit(2)]);
    expect(page.users.map((u) => u.name)).toEqual(['Bob Babbage', 'Ada Lovelace']);
    expect((await failure(users.list([Query.equal('password', ['x'])]))).type).toBe('general_query_invalid');

    expect((await users.updateName('ada', 'Countess')).name).toBe('Countess');
    expect((await users.updateEmailVerification('ada', true)).emailVerification).toBe(true);
    expect((await users.updatePhoneVerification('ada', true)).phoneVerification).toBe(true);
    expect((await users.updateLabels('ada', ['vip', 'admin', 'vip'])).labels).toEqual(['vip', 'admin']);
    expect((await users.list([Query.contains('labels', ['vip'])])).total).toBe(1);
    expect(await users.updatePrefs('ada', { theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(await users.getPrefs('ada')).toEqual({ theme: 'dark' });
    expect((await users.updateEmail('ada', 'countess@example.com')).emailVerification).toBe(false);
    expect((await failure(users.updateEmail('bob', 'countess@example.com'))).type).toBe('user_email_already_exists');
    expect((await failure(users.updatePhone('bob', '+14155550100'))).type).toBe('user_phone_already_exists');
    expect((await failure(users.create('ada', 'new@example.com'))).type).toBe('user_already_exists');
    expect((await failure(users.create(ID.unique(), 'short@example.com', undefined, 'short'))).type).toBe('general_argument_invalid');

    // The new password is the one that signs in; a blocked user cannot.
    await users.updatePassword('bob', 'new-password-1');
    const signedIn = await new Account(guest()).createEmailPasswordSession('bob@example.com', 'new-password-1');
    expect(signedIn.userId).toBe('bob');
    await users.updateStatus('bob', false);
    expect((await failure(new Account(guest()).createEmailPasswordSession('bob@example.com', 'new-password-1'))).type).toBe('user_blocked');
    await users.updateStatus('bob', true);

    expect((await users.listLogs('bob')).total).toBeGreaterThan(0);
    await users.delete('cyd');
    const gone = await failure(users.get('cyd'));
    expect([gone.code, gone.type]).toEqual([404, 'user_not_found']);
  });

  it('makes sessions and tokens for a user, and lists and ends their sessions', async () => {
    const users = new Users(server);
    const user = await users.create(ID.unique(), 'sam@example.com', undefined, 'password-123', 'Sam');
    const session = await users.createSession(user.$id);
    expect(session).toMatchObject({ userId: user.$id, provider: 'server' });
    expect(session.secret).not.toBe('');
    // The secret works as the session of an SSR client.
    const asSam = guest().setSession(session.secret);
    expect((await new Account(asSam).get()).$id).toBe(user.$id);

    const token = await users.createToken(user.$id, 8, 60);
    expect(token.secret).toMatch(/^[0-9a-f]{8}$/);
    const fromToken = await new Account(guest()).createSession(user.$id, token.secret);
    expect(fromToken.provider).toBe('token');
    expect((await failure(new Account(guest()).createSession(user.$id, token.secret))).type).toBe('user_invalid_token');
    expect((await failure(users.createToken(user.$id, 2))).type).toBe('general_argument_invalid');

    const listed = await users.listSessions(user.$id);
    expect(listed.total).toBe(2);
    expect(listed.sessions.every((s) => s.secret === '')).toBe(true);
    await users.deleteSession(user.$id, session.$id);
    expect((await failure(new Account(asSam).get())).code).toBe(401);
    expect((await failure(users.deleteSession(user.$id, session.$id))).type).toBe('user_session_not_found');
    await users.deleteSessions(user.$id);
    expect((await users.listSessions(user.$id)).total).toBe(0);
  });

  it('turns MFA on and manages recovery codes', async () => {
    const users = new Users(server);
    const user = await users.create(ID.unique(), 'mia@example.com', undefined, 'password-123');
    expect((await users.updateMfa(user.$id, true)).mfa).toBe(true);
    expect(await users.listMfaFactors(user.$id)).toEqual({ totp: false, phone: false, email: false, recoveryCode: false });
    expect((await failure(users.getMfaRecoveryCodes(user.$id))).type).toBe('user_recovery_codes_not_found');
    const created = await users.createMfaRecoveryCodes(user.$id);
    expect(created.recoveryCodes).toHaveLength(10);
    expect((await users.getMfaRecoveryCodes(user.$id)).recoveryCodes).toEqual(created.recoveryCodes);
    expect((await failure(users.createMfaRecoveryCodes(user.$id))).type).toBe('user_recovery_codes_already_exists');
    expect((await users.updateMfaRecoveryCodes(user.$id)).recoveryCodes).not.toEqual(created.recoveryCodes);
    expect((await users.listMfaFactors(user.$id)).recoveryCode).toBe(true);
  });

  it('imports users with each hash algorithm, who then sign in with their old password', async () => {
    const users = new Users(server);
    // Hashes of "appwrite" made elsewhere (Appwrite's e2e suite; bcrypt by libxcrypt at cost 5).
    const imported = [
      await users.createMD5User(ID.unique(), 'md5@example.com', '144fa7eaa4904e8ee120651997f70dcc'),
      await users.createBcryptUser(ID.unique(), 'bcrypt@example.com', '$2y$05$abcdefghijklmnopqrstuuOToP16KV78Z9oaRd7Vc5jOMmcZVx.cS'),
      await users.createArgon2User(ID.unique(), 'argon2@example.com', '$argon2i$v=19$m=20,t=3,p=2$YXBwd3JpdGU$A/54i238ed09ZR4NwlACU5XnkjNBZU9QeOEuhjLiexI'),
      await users.createSHAUser(ID.unique(), 'sha@example.com', '4243da0a694e8a2f727c8060fe0507c8fa01ca68146c76d2c190805b638c20c6bf6ba04e21f11ae138785d0bff63c416e6f87badbffad37f6dee50094cc38c70', PasswordHash.Sha512),
      await users.createScryptUser(ID.unique(), 'scrypt@example.com', '3fdef49701bc4cfaacd551fe017283513284b4731e6945c263246ef948d3cf63b5d269c31fd697246085111a428245e24a4ddc6b64c687bc60a8910dbafc1d5b', 'appwrite', 16384, 13, 2, 64),
      await users.createPHPassUser(ID.unique(), 'phpass@example.com', '$P$Br387rwferoKN7uwHZqNMu98q3U8RO.'),
      await users.createScryptModifiedUser(ID.unique(), 'firebase@example.com', 'UlM7JiXRcQhzAGlaonpSqNSLIz475WMddOgLjej5De9vxTy48K6WtqlEzrRFeK4t0COfMhWCb8wuMHgxOFCHFQ==', 'UxLMreBr6tYyjQ==', 'Bw==', 'XyEKE9RcTDeLEsL/RjwPDBv/RqDl8fb3gpYEOQaPihbxf1ZAtSOHCjuAAa7Q3oHpCYhXSN9tizHgVOwn6krflQ=='),
    ];
    expect(imported.map((u) => u.hash)).toEqual(['md5', 'bcrypt', 'argon2', 'sha', 'scrypt', 'phpass', 'scryptMod']);
    expect(imported[3]!.hashOptions).toEqual({ type: 'sha', version: 'sha512' });
    expect(imported[4]!.hashOptions).toEqual({ type: 'scrypt', salt: 'appwrite', costCpu: 16384, costMemory: 13, costParallel: 2, length: 64 });
    expect(imported[1]!.password).toBe('$2y$05$abcdefghijklmnopqrstuuOToP16KV78Z9oaRd7Vc5jOMmcZVx.cS');
    for (const user of imported) {
      const session = await new Account(guest()).createEmailPasswordSession(user.email, 'appwrite');
      expect([user.hash, session.userId]).toEqual([user.hash, user.$id]);
      const wrong = await failure(new Account(guest()).createEmailPasswordSession(user.email, 'appwrite!'));
      expect([user.hash, wrong.type]).toEqual([user.hash, 'user_invalid_credentials']);
    }
  });
});

describe('documents, files, teams and executions with an API key', () => {
  it('gives a document to another user, and lists, updates and deletes as the server', async () => {
    const reader = await userWithSession('reader');
    const stranger = await userWithSession('stranger');
    const databases = new Databases(server);
    const note = await databases.createDocument('app', 'notes', ID.unique(), { title: 'For the reader' }, [Permission.read(Role.user(reader.id))]);
    // With a key and no permissions given, the document gets none (no creator to default to).
    const hidden = await databases.createDocument('app', 'notes', ID.unique(), { title: 'Server only' });
    expect(hidden.$permissions).toEqual([]);
    expect(note.$permissions).toEqual([`read("user:${reader.id}")`]);

    expect((await new Databases(reader.client).getDocument('app', 'notes', note.$id)).title).toBe('For the reader');
    expect((await new Databases(reader.client).listDocuments('app', 'notes')).total).toBe(1);
    expect((await failure(new Databases(stranger.client).getDocument('app', 'notes', note.$id))).type).toBe('document_not_found');
    expect((await failure(new Databases(reader.client).updateDocument('app', 'notes', note.$id, { title: 'Mine' }))).type).toBe('user_unauthorized');

    const all = await databases.listDocuments('app', 'notes', [Query.orderAsc('title')]);
    expect(all.documents.map((d) => d.title)).toEqual(['For the reader', 'Server only']);
    expect((await databases.updateDocument('app', 'notes', note.$id, { title: 'Edited' })).title).toBe('Edited');
    await databases.deleteDocument('app', 'notes', note.$id);
    expect((await failure(new Databases(reader.client).getDocument('app', 'notes', note.$id))).code).toBe(404);
  });

  it('stores, lists, reads and deletes files with an InputFile', async () => {
    const owner = await userWithSession('file-owner');
    const storage = new Storage(server);
    const bytes = Buffer.from('hello from the server\n');
    const file = await storage.createFile('private', ID.unique(), InputFile.fromBuffer(bytes, 'hello.txt'), [Permission.read(Role.user(owner.id))]);
    expect(file).toMatchObject({ name: 'hello.txt', sizeOriginal: bytes.length, $permissions: [`read("user:${owner.id}")`] });
    expect((await storage.listFiles('private')).files.map((f) => f.$id)).toContain(file.$id);
    expect((await storage.getFile('private', file.$id)).name).toBe('hello.txt');
    expect(Buffer.from(await storage.getFileDownload('private', file.$id)).equals(bytes)).toBe(true);
    // The user it was given to reads it; a guest does not see it.
    expect((await new Storage(owner.client).getFile('private', file.$id)).$id).toBe(file.$id);
    expect((await new Storage(guest()).listFiles('private')).total).toBe(0);
    await storage.deleteFile('private', file.$id);
    expect((await failure(storage.getFile('private', file.$id))).type).toBe('storage_file_not_found');
  });

  it('uploads a large file in chunks with a key, which no guest can continue', async () => {
    const storage = new Storage(server);
    const MiB5 = 5 * 1024 * 1024;
    // Just over one 5 MiB chunk, so node-appwrite sends two with content-range.
    const bytes = randomBytes(MiB5 + 17);
    const file = await storage.createFile('private', ID.unique(), InputFile.fromBuffer(bytes, 'big.bin'));
    expect([file.sizeOriginal, file.chunksTotal, file.chunksUploaded]).toEqual([bytes.length, 2, 2]);
    expect(Buffer.from(await storage.getFileDownload('private', file.$id)).equals(bytes)).toBe(true);

    // A first chunk sent with the key into a bucket guests may write to; a guest's next chunk for that id is refused.
    const chunk = (headers: Record<string, string>, start: number, end: number) => {
      const form = new FormData();
      form.set('fileId', 'partial');
      form.set('file', new Blob([bytes.subarray(start, end + 1)]), 'partial.bin');
      return fetch(`${emulator.url}/storage/buckets/drop/files`, {
        method: 'POST',
        headers: { 'x-appwrite-project': emulator.projectId, 'content-range': `bytes ${start}-${end}/${bytes.length}`, ...headers },
        body: form,
      });
    };
    expect((await chunk({ 'x-appwrite-key': KEY }, 0, MiB5 - 1)).status).toBe(201);
    expect((await chunk({}, MiB5, bytes.length - 1)).status).toBe(409);
    expect((await chunk({ 'x-appwrite-key': KEY }, MiB5, bytes.length - 1)).status).toBe(201);
    expect((await storage.getFile('drop', 'partial')).chunksUploaded).toBe(2);
  });

  it('sets up a team with members directly, without invitations', async () => {
    const member = await userWithSession('member');
    const teams = new Teams(server);
    const team = await teams.create(ID.unique(), 'Crew');
    // The server is no member: a team it creates starts empty.
    expect(team.total).toBe(0);
    const outboxBefore = emulator.outbox.list().length;
    const membership = await teams.createMembership(team.$id, ['editor'], undefined, member.id);
    expect(membership).toMatchObject({ userId: member.id, teamId: team.$id, roles: ['editor'], confirm: true });
    expect(membership.joined).not.toBe('');
    // By email: a new user is made and joins at once; nothing is mailed.
    const byEmail = await teams.createMembership(team.$id, ['viewer'], 'newcomer@example.com');
    expect(byEmail.confirm).toBe(true);
    expect(emulator.outbox.list().length).toBe(outboxBefore);
    expect((await failure(teams.createMembership(team.$id, ['x'], undefined, member.id))).type).toBe('team_invite_already_exists');

    // The member sees the team and its role at once.
    const seen = await new Teams(member.client).list();
    expect(seen.teams.map((t) => t.$id)).toEqual([team.$id]);
    expect((await teams.get(team.$id)).total).toBe(2);
    expect((await teams.listMemberships(team.$id)).total).toBe(2);
    expect((await teams.updateMembership(team.$id, membership.$id, ['editor', 'admin'])).roles).toEqual(['editor', 'admin']);
    expect((await new Users(server).listMemberships(member.id)).memberships.map((m) => m.teamId)).toEqual([team.$id]);
    await teams.deleteMembership(team.$id, byEmail.$id);
    expect((await teams.list([], 'Crew')).total).toBe(1);
    await teams.delete(team.$id);
    expect((await failure(new Teams(member.client).get(team.$id))).type).toBe('team_not_found');
  });

  it('executes a function that calls back with node-appwrite and its key', async () => {
    const functions = new Functions(server);
    const execution = await functions.createExecution('count-users', JSON.stringify({ endpoint: emulator.url }));
    expect(execution.status).toBe('completed');
    const { total } = JSON.parse(execution.responseBody) as { total: number };
    expect(total).toBe((await new Users(server).list()).total);
    // Keys see the logs that clients never get.
    expect(execution.logs).toContain('counted');
    expect((await functions.listExecutions('count-users')).executions.map((e) => e.$id)).toContain(execution.$id);
    expect((await functions.getExecution('count-users', execution.$id)).logs).toContain('counted');
    // Nobody else may run it (no execute roles).
    const member = await userWithSession('runner');
    expect((await failure(new Functions(member.client).createExecution('count-users'))).type).toBe('user_unauthorized');
  });
});

describe('scopes, unknown keys and rate limits', () => {
  it('answers 401 general_unauthorized_scope when the key lacks the route\'s scope', async () => {
    const readOnly = new Client().setEndpoint(emulator.url).setProject(emulator.projectId).setKey(USERS_READ_KEY);
    expect((await new Users(readOnly).list()).total).toBeGreaterThan(0);
    const write = await failure(new Users(readOnly).create(ID.unique(), 'nope@example.com'));
    expect([write.code, write.type, write.message]).toEqual([401, 'general_unauthorized_scope', 'app.server-sdk@service.127.0.0.1 (role: applications) missing scope (users.write)']);
    const documents = await failure(new Databases(readOnly).listDocuments('app', 'notes'));
    expect([documents.code, documents.type]).toEqual([401, 'general_unauthorized_scope']);
    expect(documents.message).toContain('missing scope (documents.read)');
  });

  it('ignores an unknown key: the request is a guest\'s, as in Appwrite', async () => {
    const unknown = new Client().setEndpoint(emulator.url).setProject(emulator.projectId).setKey('not-a-key');
    const users = await failure(new Users(unknown).list());
    expect([users.code, users.type, users.message]).toEqual([401, 'general_unauthorized_scope', 'User (role: guests) missing scope (users.read)']);
    // Guests may list documents; they see none of these.
    expect((await new Databases(unknown).listDocuments('app', 'notes')).total).toBe(0);
  });

  it('refuses a key sent with a session, and keeps sessions out of the server routes', async () => {
    const { client } = await userWithSession('both');
    const mixed = await failure(new Users(client.setKey(KEY)).list());
    expect([mixed.code, mixed.type]).toEqual([403, 'user_key_and_session_set']);
    const { client: plain } = await userWithSession('plain');
    const asUser = await failure(new Users(plain).list());
    expect([asUser.code, asUser.type, asUser.message]).toEqual([401, 'general_unauthorized_scope', 'plain@example.com (role: users) missing scope (users.read)']);
  });

  it('lets a key past the rate limit that stops a session at 120 creates a minute', async () => {
    const databases = new Databases(server);
    for (let n = 0; n < 150; n += 1) await databases.createDocument('app', 'open', ID.unique(), { n });
    expect((await databases.listDocuments('app', 'open', [Query.limit(1)])).total).toBe(150);

    const { client } = await userWithSession('seeder');
    const asUser = new Databases(client);
    let refused: AppwriteException | undefined;
    for (let n = 0; n < 150 && !refused; n += 1) {
      refused = await asUser.createDocument('app', 'open', ID.unique(), { n }).then(() => undefined, (e: AppwriteException) => e);
      if (refused) expect(n).toBe(120);
    }
    expect([refused?.code, refused?.type]).toEqual([429, 'general_rate_limit_exceeded']);
  });

  it('never shows a key in answers, errors, executions or the outbox', async () => {
    const records = [
      ...leaks,
      JSON.stringify(emulator.outbox.list()),
      JSON.stringify(emulator.context.store.table('functions_executions').all()),
      JSON.stringify(emulator.context.tables.logs.all()),
    ].join('\n');
    expect(leaks.length).toBeGreaterThan(10);
    // The executions really are there: the check reads the table the function's run was stored in.
    expect(emulator.context.store.table('functions_executions').all().length).toBeGreaterThan(0);
    expect(records).not.toContain(KEY);
    expect(records).not.toContain(USERS_READ_KEY);
  });
});
