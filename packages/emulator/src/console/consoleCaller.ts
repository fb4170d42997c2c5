import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { serverCaller } from '../auth/apiKeys.ts';
import { rolesFor } from '../auth/roles.ts';
import type { SessionRecord, UserRecord } from '../models/records.ts';
import type { Caller, EmulatorContext } from '../server/context.ts';
import { isoIn, isoNow } from '../util/time.ts';

/**
 * Creates the caller the console acts as for data it administers (documents, files): the server,
 * as with an unrestricted API key, so every permission check passes as Appwrite's own console does.
 *
 * @returns The caller.
 */
export function adminCaller(): Caller {
  return serverCaller();
}

/**
 * Creates a caller acting as one user, for account actions that Appwrite's client API runs on the
 * signed-in user (block, delete, confirm a verification link). The session is never stored: it
 * only carries every factor so that a user with MFA on is not asked for a second one.
 *
 * @param ctx The emulator context.
 * @param user The user to act as.
 *
 * @returns The caller.
 */
export function userCaller(ctx: EmulatorContext, user: UserRecord): Caller {
  const now = isoNow();
  const session: SessionRecord = {
    $id: 'aw-console', $createdAt: now, $updatedAt: now, userId: user.$id, expire: isoIn(3600), provider: 'console', providerUid: '',
    secretHash: '', ip: '127.0.0.1', userAgent: 'aw-emulator console', factors: ['password', 'totp', 'email', 'phone'], mfaUpdatedAt: now,
  } as SessionRecord;
  const memberships = ctx.tables.memberships.filter((m) => m.userId === user.$id);
  return { user, session, roles: rolesFor(user, memberships) };
}

/** The header naming a console call's caller. Middleware may replace the Request object (the body limit wraps it), so the caller travels in a header. */
export const CONSOLE_TICKET_HEADER = 'x-aw-console-ticket';
const TICKET_HEADER = CONSOLE_TICKET_HEADER;

/** Sends a request through the app's own routes as a chosen caller. */
export type InternalFetch = (method: string, path: string, options?: { caller?: Caller; body?: unknown; query?: URLSearchParams }) => Promise<Response>;

/**
 * Creates the console's way into the API: a request handled by the app exactly as one from the
 * network (validation, permissions, events, persistence), whose caller is decided by the console
 * instead of by cookies. The request names its caller by a random one-time ticket that only this
 * process knows and that is forgotten once the answer is ready, so nothing a client sends can claim one.
 *
 * @param app The Hono app.
 * @param ctx The emulator context (its `getCaller` is wrapped once).
 *
 * @returns The fetch function.
 */
export function createInternalFetch(app: Hono, ctx: EmulatorContext): InternalFetch {
  const tickets = new Map<string, Caller>();
  const resolve = ctx.getCaller.bind(ctx);
  ctx.getCaller = (c) => {
    const ticket = c.req.header(TICKET_HEADER);
    const caller = ticket === undefined ? undefined : tickets.get(ticket);
    return caller ? Promise.resolve(caller) : resolve(c);
  };
  return async (method, path, options = {}) => {
    const url = new URL(`http://127.0.0.1/v1${path}`);
    if (options.query) for (const [key, value] of options.query) url.searchParams.append(key, value);
    const headers = new Headers({ 'x-appwrite-project': ctx.projectId, 'x-appwrite-response-format': '1.5.0' });
    if (options.body !== undefined) headers.set('content-type', 'application/json');
    const ticket = randomBytes(24).toString('hex');
    if (options.caller) tickets.set(ticket, options.caller);
    headers.set(TICKET_HEADER, ticket);
    try {
      const response = await app.fetch(new Request(url, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) }));
      return response;
    } finally {
      tickets.delete(ticket);
    }
  };
}
