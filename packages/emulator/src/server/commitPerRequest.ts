import type { MiddlewareHandler } from 'hono';
import { APPWRITE_VERSION } from '../errors/AppwriteException.ts';
import { StoreWriteError, type Store } from '../store/Store.ts';

/**
 * Creates the middleware that makes each request one unit of work: everything the request wrote
 * is committed in one transaction before its answer leaves. When that commit fails the answer is
 * replaced by an Appwrite error — 507 when the disk is full, 500 otherwise — so nothing that was
 * not stored is ever acknowledged.
 *
 * @param store The store.
 *
 * @returns The middleware.
 */
export function commitPerRequest(store: Store): MiddlewareHandler {
  if (!store.persistent) return (_c, next) => next();
  return async (c, next) => {
    try {
      await store.transaction(() => next());
    } catch (error) {
      if (!(error instanceof StoreWriteError)) throw error;
      console.error('[aw-emulator]', error.message);
      const code = error.diskFull ? 507 : 500;
      const message = error.diskFull
        ? 'The emulator could not save this change because its disk is full. Nothing was changed.'
        : 'The emulator could not save this change. Nothing was changed.';
      // A fresh response, so no header of the failed answer (a session cookie, say) survives;
      // only the CORS headers are kept so a browser can read the error.
      const headers = new Headers({ 'content-type': 'application/json' });
      for (const [key, value] of c.res.headers) if (key.startsWith('access-control-') || key === 'vary') headers.set(key, value);
      c.res = undefined;
      c.res = new Response(JSON.stringify({ message, code, type: 'general_server_error', version: APPWRITE_VERSION }), { status: code, headers });
    }
  };
}
