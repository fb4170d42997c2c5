import { Account, AppwriteException, Avatars, Client, Databases, ID, Locale, Messaging, Permission, Query, Role, Teams } from 'appwrite';
import makeFetchCookie from 'fetch-cookie';
import { CookieJar } from 'tough-cookie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { pngSize } from '../helpers/pngSize.ts';

// The official SDK calls the global fetch; each "browser" below gets its own cookie jar.
const nativeFetch = globalThis.fetch;
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'official',
      topics: [{ $id: 'news', name: 'News' }],
      databases: [{ $id: 'music', name: 'Music', enabled: true }],
      collections: [
        { $id: 'artists', databaseId: 'music', name: 'Artists', documentSecurity: true, $permissions: ['create("users")'],
          attributes: [{ key: 'name', type: 'string', size: 64, required: true, array: false }] },
        { $id: 'albums', databaseId: 'music', name: 'Albums', documentSecurity: true, $permissions: ['create("users")'],
          attributes: [
            { key: 'title', type: 'string', size: 64, required: true, array: false },
            { key: 'artist', type: 'relationship', required: false, array: false, relatedCollection: 'artists', relationType: 'manyToOne', twoWay: true, twoWayKey: 'albums', onDelete: 'restrict', side: 'parent' },
          ] },
      ],
    },
  });
});
afterAll(async () => {
  globalThis.fetch = nativeFetch;
  await emulator.close();
});

/**
 * Creates an official-SDK client that keeps cookies like a browser; call `use()` before its requests.
 *
 * @returns The client, its services and a switch that makes its cookie jar the active one.
 */
function browser() {
  const jar = new CookieJar();
  const fetchWithCookies = makeFetchCookie(nativeFetch, jar) as unknown as typeof fetch;
  const client = new Client().setEndpoint(emulator.url).setProject(emulator.projectId);
  return {
    client,
    jar,
    account: new Account(client),
    teams: new Teams(client),
    locale: new Locale(client),
    avatars: new Avatars(client),
    messaging: new Messaging(client),
    databases: new Databases(client),
    use() {
      globalThis.fetch = fetchWithCookies;
    },
  };
}

/**
 * Runs a call that must fail and returns the official SDK's exception.
 *
 * @param call The call.
 *
 * @returns The exception.
 */
async function failure(call: Promise<unknown>): Promise<AppwriteException> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppwriteException);
  return error as AppwriteException;
}

describe('official appwrite@15.0.0 web SDK against the emulator', () => {
  it('signs up, keeps the session cookie, and edits the account', async () => {
    const ada = browser();
    ada.use();
    const guestError = await failure(ada.account.get());
    expect([guestError.code, guestError.type]).toEqual([401, 'general_unauthorized_scope']);
    const user = await ada.account.create(ID.unique(), 'ada@example.com', 'correct horse', 'Ada');
    await ada.account.createEmailPasswordSession('ada@example.com', 'correct horse');
    const cookies = await ada.jar.getCookies(emulator.url);
    expect(cookies.map((c) => c.key)).toContain('a_session_official');
    expect((await ada.account.get()).$id).toBe(user.$id);
    await ada.account.updatePrefs({ theme: 'dark' });
    expect(await ada.account.getPrefs()).toEqual({ theme: 'dark' });
    expect((await ada.account.updateName('Ada L.')).name).toBe('Ada L.');
    expect((await ada.account.listLogs([Query.limit(1)])).logs).toHaveLength(1);
    expect((await ada.account.listSessions()).total).toBe(1);
    expect((await ada.account.createJWT()).jwt).toMatch(/^ey/);
    await ada.account.deleteSession('current');
    expect((await failure(ada.account.get())).code).toBe(401);
  });

  it('links documents through a relationship and refuses a restricted delete', async () => {
    const bea = browser();
    bea.use();
    const user = await bea.account.create(ID.unique(), 'bea@example.com', 'correct horse', 'Bea');
    await bea.account.createEmailPasswordSession('bea@example.com', 'correct horse');
    const mine = [Permission.read(Role.user(user.$id)), Permission.update(Role.user(user.$id)), Permission.delete(Role.user(user.$id))];
    const album = await bea.databases.createDocument('music', 'albums', ID.unique(), { title: 'Blue', artist: { $id: 'joni', name: 'Joni' } }, mine);
    expect(album.artist.name).toBe('Joni');
    await bea.databases.createDocument('music', 'albums', ID.unique(), { title: 'Court and Spark', artist: 'joni' }, mine);
    const artist = await bea.databases.getDocument('music', 'artists', 'joni');
    expect(artist.albums.map((item: { title: string }) => item.title)).toEqual(['Blue', 'Court and Spark']);
    const restricted = await failure(bea.databases.deleteDocument('music', 'artists', 'joni'));
    expect([restricted.code, restricted.type]).toEqual([403, 'document_delete_restricted']);
    await bea.databases.deleteDocument('music', 'albums', album.$id);
    expect((await bea.databases.getDocument('music', 'artists', 'joni')).albums).toHaveLength(1);
    await bea.account.deleteSession('current');
  });

  it('logs in with a magic URL and an email OTP read from the outbox', async () => {
    const bob = browser();
    bob.use();
    const token = await bob.account.createMagicURLToken(ID.unique(), 'bob@example.com', 'http://127.0.0.1/magic');
    const secret = emulator.outbox.list({ kind: 'magic-url', to: 'bob@example.com' }).at(-1)!.data.secret!;
    await bob.account.updateMagicURLSession(token.userId, secret);
    expect((await bob.account.get()).emailVerification).toBe(true);

    const cy = browser();
    cy.use();
    const otp = await cy.account.createEmailToken(ID.unique(), 'cy@example.com');
    await cy.account.createSession(otp.userId, emulator.outbox.list({ kind: 'email-otp', to: 'cy@example.com' }).at(-1)!.data.secret!);
    expect((await cy.account.get()).email).toBe('cy@example.com');
    const anonymous = browser();
    anonymous.use();
    expect((await anonymous.account.createAnonymousSession()).provider).toBe('anonymous');
  });

  it('creates a team, invites a member who accepts, and subscribes to a topic', async () => {
    const owner = browser();
    owner.use();
    await owner.account.create('owner', 'owner@example.com', 'password-1');
    await owner.account.createEmailPasswordSession('owner@example.com', 'password-1');
    const team = await owner.teams.create('guild', 'Guild');
    expect(team.total).toBe(1);
    const invite = await owner.teams.createMembership('guild', ['member'], 'dan@example.com', undefined, undefined, 'http://127.0.0.1/join');
    const mail = emulator.outbox.list({ kind: 'invitation', to: 'dan@example.com' }).at(-1)!.data;

    const dan = browser();
    dan.use();
    await dan.teams.updateMembershipStatus('guild', invite.$id, mail.userId!, mail.secret!);
    expect((await dan.teams.list()).teams.map((t) => t.$id)).toEqual(['guild']);
    const denied = await failure(dan.teams.updateName('guild', 'Mine'));
    expect([denied.code, denied.type]).toEqual([401, 'user_unauthorized']);
    const me = await dan.account.get();
    const subscriber = await dan.messaging.createSubscriber('news', ID.unique(), me.targets[0]!.$id);
    expect(subscriber.userId).toBe(me.$id);

    owner.use();
    expect((await owner.teams.listMemberships('guild')).total).toBe(2);
    await owner.teams.delete('guild');
  });

  it('reads locale data and avatar URLs', async () => {
    const eve = browser();
    eve.use();
    expect((await eve.locale.listCountriesEU()).total).toBe(27);
    expect((await eve.locale.listContinents()).continents).toContainEqual({ name: 'Europe', code: 'EU' });
    const url = eve.avatars.getInitials('Eve Online', 48, 48).toString();
    const image = await nativeFetch(url);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await image.arrayBuffer()))).toEqual({ width: 48, height: 48 });
  });
});
