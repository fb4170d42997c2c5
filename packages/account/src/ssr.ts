/**
 * The session cookie of a server-rendered app: `import { createSessionCookie } from '@aw/account/ssr'`.
 *
 * A subpath of its own: these helpers run on the server, so browser bundles (and
 * `import * as account from '@aw/account'`) never carry them.
 *
 * @packageDocumentation
 */
export {
  clearSessionCookie,
  createSessionCookie,
  DEFAULT_SESSION_COOKIE,
  isLocalUrl,
  readSessionCookie,
  serializeSessionCookie,
  type SessionCookie,
  type SessionCookieAttributes,
  type SessionCookieOptions,
} from './extras/sessionCookie.ts';
