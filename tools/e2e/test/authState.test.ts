import { createEmailPasswordSession, getPrefs, logoutSessionById, registerUser, removeSessions, updateName } from '@aw/account';
import { createAuthState, type AuthSnapshot, type AuthState } from '@aw/account/auth-state';
import { createClient, ID, memoryCookieStorage, withOptions, type Client } from '@aw/core';
import { startEmulator, type RunningEmulator } from '@aw/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());

// Each browser-like client keeps its own session cookie, as two tabs of two different sites would.
function newClient(): Client {
  return createClient({ endpoint: emulator.url, project: emulator.projectId, cookieStorage: memoryCookieStorage(), retry: 0 });
}

async function newUser(name: string) {
  const email = `${name.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const password = 'auth-state-password';
  await registerUser(newClient(), { userId: ID.unique(), email, password, name });
  return { email, password };
}

// Resolves with the next snapshot whose status is `status`.
function next(auth: AuthState, status: AuthSnapshot['status']): Promise<AuthSnapshot> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${status}" within 5 s (now ${auth.current().status})`)), 5_000);
    const stop = auth.subscribe((snapshot) => {
      if (snapshot.status !== status) return;
      clearTimeout(timer);
      stop();
      resolve(snapshot);
    });
  });
}

describe('createAuthState on the emulator', () => {
  it('starts unknown, finds a guest signed out, and sees a sign-in made through its client', async () => {
    const auth = createAuthState(newClient());
    expect(auth.current()).toEqual({ status: 'unknown', user: null });
    expect(await auth.refresh()).toEqual({ status: 'signed-out', user: null });

    const { email, password } = await newUser('Ada');
    const signedIn = next(auth, 'signed-in');
    await createEmailPasswordSession(auth.client, { email, password });
    const snapshot = await signedIn;
    expect(snapshot.user?.email).toBe(email);
    expect(auth.current()).toBe(snapshot);
  });

  it('is current as soon as a call through its client resolves: sign-in, change, sign-out, sign-out everywhere', async () => {
    const auth = createAuthState(newClient());
    const seen: string[] = [];
    auth.subscribe(({ status, user }) => seen.push(`${status} ${user?.name ?? ''}`));
    const { email, password } = await newUser('Hedy');
    // No refresh first: the sign-in alone must settle the state.
    await createEmailPasswordSession(auth.client, { email, password });
    expect(auth.current()).toMatchObject({ status: 'signed-in', user: { email } });
    await updateName(auth.client, { name: 'Hedy L.' });
    expect(auth.current().user?.name).toBe('Hedy L.');
    await logoutSessionById(auth.client, { sessionId: 'current' });
    expect(auth.current()).toEqual({ status: 'signed-out', user: null });

    await createEmailPasswordSession(auth.client, { email, password });
    expect(auth.current().status).toBe('signed-in');
    await removeSessions(auth.client);
    expect(auth.current().status).toBe('signed-out');
    expect(seen).toEqual(['signed-in Hedy', 'signed-in Hedy L.', 'signed-out ', 'signed-in Hedy L.', 'signed-out ']);
  });

  it('is signed out as soon as a call rejects with 401 for a session ended elsewhere', async () => {
    const auth = createAuthState(newClient());
    const { email, password } = await newUser('Frances');
    const session = await createEmailPasswordSession(auth.client, { email, password });
    expect(auth.current().status).toBe('signed-in');
    emulator.context.tables.sessions.delete(session.$id);
    await expect(getPrefs(auth.client)).rejects.toMatchObject({ status: 401 });
    expect(auth.current().status).toBe('signed-out');
  });

  it('never writes the login of a client derived with another cookie storage into its own', async () => {
    const base = newClient();
    const auth = createAuthState(base);
    const other = withOptions(auth.client, { cookieStorage: memoryCookieStorage() });
    const { email, password } = await newUser('Ken');
    await createEmailPasswordSession(other, { email, password });
    expect(other.cookieStorage.getItem('cookieFallback')).toContain('a_session_');
    expect(base.cookieStorage.getItem('cookieFallback')).toBeNull();
    // The state's own client is still a guest.
    expect((await auth.refresh()).status).toBe('signed-out');
  });

  it('sees a sign-out, and a name change, made through its client', async () => {
    const auth = createAuthState(newClient());
    const { email, password } = await newUser('Grace');
    await createEmailPasswordSession(auth.client, { email, password });
    await auth.refresh();
    expect(auth.current().status).toBe('signed-in');

    const seen: AuthSnapshot[] = [];
    auth.subscribe((snapshot) => seen.push(snapshot));
    await updateName(auth.client, { name: 'Grace H.' });
    await expect.poll(() => auth.current().user?.name).toBe('Grace H.');

    const signedOut = next(auth, 'signed-out');
    await logoutSessionById(auth.client, { sessionId: 'current' });
    await signedOut;
    expect(seen.map((snapshot) => snapshot.status)).toEqual(['signed-in', 'signed-out']);
  });

  it('shows a session deleted on the server as signed out at the next 401', async () => {
    const auth = createAuthState(newClient());
    const { email, password } = await newUser('Linus');
    const session = await createEmailPasswordSession(auth.client, { email, password });
    await auth.refresh();
    expect(auth.current().status).toBe('signed-in');

    // The session ends outside this client: removed from the emulator's own state.
    emulator.context.tables.sessions.delete(session.$id);
    expect(auth.current().status).toBe('signed-in');
    const signedOut = next(auth, 'signed-out');
    await expect(getPrefs(auth.client)).rejects.toMatchObject({ status: 401 });
    await signedOut;
  });

  it('shows sign-out from another device as signed out at the next 401', async () => {
    const auth = createAuthState(newClient());
    const other = newClient();
    const { email, password } = await newUser('Barbara');
    await createEmailPasswordSession(auth.client, { email, password });
    await createEmailPasswordSession(other, { email, password });
    await auth.refresh();
    await removeSessions(other);
    const signedOut = next(auth, 'signed-out');
    await getPrefs(auth.client).catch(() => undefined);
    await signedOut;
  });

  it('keeps two clients in one process apart', async () => {
    const [a, b] = [createAuthState(newClient()), createAuthState(newClient())];
    const [userA, userB] = [await newUser('Alan'), await newUser('Edsger')];
    await Promise.all([a.refresh(), b.refresh()]);
    await createEmailPasswordSession(a.client, userA);
    await expect.poll(() => a.current().status).toBe('signed-in');
    await b.refresh();
    expect(b.current().status).toBe('signed-out');

    await createEmailPasswordSession(b.client, userB);
    await expect.poll(() => b.current().user?.email).toBe(userB.email);
    expect(a.current().user?.email).toBe(userA.email);

    await logoutSessionById(a.client, { sessionId: 'current' });
    await expect.poll(() => a.current().status).toBe('signed-out');
    expect((await b.refresh()).user?.email).toBe(userB.email);
  });

  it('re-checks when a sign-in lands during a check, and shares concurrent checks', async () => {
    let sent = 0;
    const base = newClient();
    const counting = createClient({
      endpoint: emulator.url,
      project: emulator.projectId,
      cookieStorage: base.cookieStorage,
      retry: 0,
      fetch: (input, init) => {
        if (String(input instanceof Request ? input.url : input).endsWith('/account')) sent++;
        return fetch(input, init);
      },
    });
    const auth = createAuthState(counting);
    const [first, second] = [auth.refresh(), auth.refresh()];
    expect(first).toBe(second);
    await first;
    const { email, password } = await newUser('Margaret');
    const checking = auth.refresh();
    await createEmailPasswordSession(auth.client, { email, password });
    await checking;
    await expect.poll(() => auth.current().status).toBe('signed-in');
    expect(sent).toBeGreaterThanOrEqual(2);
  });

  it('starts from a server-known user without a request (SSR hydration)', () => {
    const user = { $id: 'u1', name: 'Server' } as never;
    expect(createAuthState(newClient(), { initialUser: user }).current()).toEqual({ status: 'signed-in', user });
    expect(createAuthState(newClient(), { initialUser: null }).current()).toEqual({ status: 'signed-out', user: null });
  });
});
