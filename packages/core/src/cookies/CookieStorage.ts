/**
 * Cookie storage interface.
 *
 * A subset of the Web Storage API, so `localStorage` or `sessionStorage` can be passed as is.
 * It keeps the value of Appwrite's `X-Fallback-Cookies` header, which stands in for session
 * cookies when the browser cannot keep them (API on another domain, or no cookie jar at all).
 */
export interface CookieStorage {
  /** Returns the stored value for the key, or `null`. */
  getItem(key: string): string | null;
  /** Stores the value for the key. */
  setItem(key: string, value: string): void;
}

/**
 * Creates a cookie storage that lives in memory, for one client and the clients derived from it.
 *
 * @returns The cookie storage.
 */
// @__NO_SIDE_EFFECTS__
export function memoryCookieStorage(): CookieStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

/**
 * Returns `localStorage` in a browser page that has a working one, otherwise a memory storage.
 *
 * Servers are left out on purpose even when they have a `localStorage` (Deno, newer Node):
 * there it is shared by the whole process, so one user's login would reach every other user.
 *
 * @returns The cookie storage.
 *
 * @internal
 */
export function _defaultCookieStorage(): CookieStorage {
  try {
    // Only a page's storage: workers and servers keep the cookie in memory (and Node warns when
    // its experimental localStorage is read without a file).
    const scope = globalThis as { localStorage?: CookieStorage; document?: unknown };
    const storage = scope.document ? scope.localStorage : undefined;
    if (typeof storage?.getItem === 'function') return storage;
  } catch {
    // Sandboxed iframes throw on access to localStorage.
  }
  return memoryCookieStorage();
}

/**
 * The key under which the fallback cookies are stored, the same one the official web SDK uses,
 * so a user migrating between the SDKs stays logged in.
 *
 * @internal
 */
export const FALLBACK_COOKIES_KEY = 'cookieFallback';
