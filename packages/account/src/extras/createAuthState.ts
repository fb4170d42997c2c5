import { isAppwriteError, withOptions, type Client } from '@aw/core';
import type { Models } from '@aw/models';
import { getCurrentUser } from '../generated/getCurrentUser.ts';

/**
 * Auth snapshot type: who is signed in, as last seen.
 *
 * `unknown` until the first check, unless the state was created with an `initialUser`.
 */
export type AuthSnapshot<TPrefs extends object = Models.Preferences> =
  | { readonly status: 'unknown'; readonly user: null }
  | { readonly status: 'signed-in'; readonly user: Models.User<TPrefs> }
  | { readonly status: 'signed-out'; readonly user: null };

/**
 * Auth listener type: called with the new snapshot each time the status or the user changes.
 */
export type AuthListener<TPrefs extends object = Models.Preferences> = (snapshot: AuthSnapshot<TPrefs>) => void;

/**
 * Auth state options interface.
 */
export interface AuthStateOptions<TPrefs extends object = Models.Preferences> {
  /**
   * The user already known, such as the one a server rendered the page for: `null` starts signed
   * out, a user starts signed in, and leaving it out starts `unknown`.
   */
  readonly initialUser?: Models.User<TPrefs> | null;
  /**
   * Receives errors of checks the state starts by itself (a network failure while re-checking); the
   * call that prompted the check still settles as the server answered it.
   */
  readonly onError?: (error: unknown) => void;
}

/**
 * Auth state interface: who is signed in on one client, and when that changes.
 */
export interface AuthState<TPrefs extends object = Models.Preferences> {
  /**
   * The client to make calls with: the given one, reporting to this state. A sign-in, a sign-out or
   * an account change sent through it re-checks the user before the call resolves, so `current()`
   * is up to date right after the `await`; any 401 it receives while signed in re-checks too, so an
   * expired or deleted session shows as signed out when that call rejects.
   */
  readonly client: Client;
  /**
   * Returns the current snapshot. The same object is returned until something changes, as
   * React's `useSyncExternalStore` expects.
   */
  current(): AuthSnapshot<TPrefs>;
  /**
   * Calls the listener on every change from now on (not with the current snapshot).
   *
   * @returns A function that stops the calls.
   */
  subscribe(listener: AuthListener<TPrefs>): () => void;
  /**
   * Asks the server who is signed in (`GET /account`) and updates the snapshot: the user on
   * success, signed out on a 401. Calls made while one check runs share it, and a change noticed
   * during a check starts one more.
   *
   * @returns The snapshot after the check.
   *
   * @throws {AppwriteError} On any answer but success or 401; the snapshot stays as it was.
   */
  refresh(): Promise<AuthSnapshot<TPrefs>>;
}

// Non-GET calls under these paths can sign in, sign out or change the user.
const ACCOUNT_PATH = /^\/account(?:\/|$)/;
// Accepting a team invitation signs the invited user in.
const INVITATION_PATH = /^\/teams\/[^/]+\/memberships\/[^/]+\/status$/;

function requestOf(input: RequestInfo | URL, init: RequestInit | undefined): { method: string; url: string; headers: Headers } {
  const request = typeof input === 'string' || input instanceof URL ? undefined : input;
  return {
    method: init?.method ?? request?.method ?? 'GET',
    url: request ? request.url : String(input),
    headers: new Headers(init?.headers ?? request?.headers),
  };
}

/**
 * Creates an auth state for one client: a snapshot of who is signed in that follows sign-in,
 * sign-out, account changes and sessions that end elsewhere (seen as a 401), with listeners.
 *
 * Nothing is global: each call makes an independent state, so a server can make one per request
 * (or none), and two clients in one process never see each other's user. It sends nothing until
 * `refresh()` is called or a call goes through its `client`.
 *
 * @param client The client whose user to follow.
 * @param options The initial user and where background errors go.
 *
 * @returns The auth state.
 *
 * @example
 * ```ts
 * const auth = createAuthState(createClient({ endpoint, project }));
 * auth.subscribe(({ status, user }) => render(status === 'signed-in' ? user.name : 'Sign in'));
 * await auth.refresh();
 * await createEmailPasswordSession(auth.client, { email, password });
 * auth.current().status; // 'signed-in': listeners have seen the user before the call resolved
 * ```
 */
export function createAuthState<TPrefs extends object = Models.Preferences>(
  client: Client,
  options: AuthStateOptions<TPrefs> = {},
): AuthState<TPrefs> {
  let snapshot: AuthSnapshot<TPrefs> =
    options.initialUser === undefined
      ? { status: 'unknown', user: null }
      : options.initialUser === null
        ? { status: 'signed-out', user: null }
        : { status: 'signed-in', user: options.initialUser };
  const listeners = new Set<AuthListener<TPrefs>>();
  let wanted = 0;
  let running: Promise<AuthSnapshot<TPrefs>> | undefined;
  const basePath = new URL(client.endpoint).pathname.replace(/\/$/, '');

  const set = (next: AuthSnapshot<TPrefs>) => {
    // Compared by content: a re-check that finds the same user is no change.
    if (next.status === snapshot.status && JSON.stringify(next.user) === JSON.stringify(snapshot.user)) return;
    snapshot = next;
    for (const listener of [...listeners]) listener(next);
  };

  // The client the next check goes with: this state's, or one carrying the cookie a call just got.
  let via: Client | undefined;
  const checkOnce = async () => {
    const checker = via ?? tracked;
    via = undefined;
    try {
      set({ status: 'signed-in', user: (await getCurrentUser(checker)) as Models.User<TPrefs> });
    } catch (error) {
      if (isAppwriteError(error) && error.status === 401) set({ status: 'signed-out', user: null });
      else throw error;
    }
  };

  const refresh = (): Promise<AuthSnapshot<TPrefs>> => {
    wanted++;
    running ??= (async () => {
      try {
        let seen: number;
        do {
          seen = wanted;
          await checkOnce();
        } while (seen !== wanted);
        return snapshot;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  // Whether a call's answer is news: it may have signed in, signed out or changed the user.
  const isNews = (method: string, url: string, status: number): boolean => {
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      return false;
    }
    if (!path.startsWith(basePath)) return false;
    path = path.slice(basePath.length);
    const upper = method.toUpperCase();
    // The check's own 401 is its answer, not news; once signed out, 401s are expected.
    if (status === 401) return snapshot.status === 'signed-in' && !(upper === 'GET' && path === '/account');
    return status >= 200 && status < 300 && upper !== 'GET' && (ACCOUNT_PATH.test(path) || INVITATION_PATH.test(path));
  };

  const fetchWith = (input: RequestInfo | URL, init?: RequestInit) => (client.fetch ?? globalThis.fetch)(input, init);
  const tracked = withOptions(client, {
    fetch: async (input, init) => {
      const response = await fetchWith(input, init);
      const { method, url, headers } = requestOf(input, init);
      if (!isNews(method, url, response.status)) return response;
      // The check runs before the call resolves, so `current()` is right as soon as it returns. A
      // browser has already kept the session cookie the call may carry; the fallback cookie is kept
      // by the call itself only after this returns, so the check takes it from the answer. It is
      // never written to a storage here: the call may come from a client derived with another one.
      const cookie = response.headers.get('x-fallback-cookies');
      if (cookie && !headers.has('x-appwrite-session') && !headers.has('x-appwrite-jwt')) {
        via = withOptions(tracked, { cookieStorage: { getItem: () => cookie, setItem() {} } });
      }
      await refresh().catch((error: unknown) => options.onError?.(error));
      return response;
    },
  });

  return {
    client: tracked,
    current: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    refresh,
  };
}
