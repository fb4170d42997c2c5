import type { Hono } from 'hono';
import { verifyPassword } from '../../auth/password.ts';
import { clearSessionCookies } from '../../auth/sessionResponse.ts';
import { fail } from '../../errors/AppwriteException.ts';
import type { SessionRecord } from '../../models/records.ts';
import { toSessionModel } from '../../models/sessionModel.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute, type RouteRequest } from '../../server/defineRoute.ts';
import { isEmail, readString } from '../../server/validate.ts';
import { uniqueId } from '../../util/ids.ts';
import { isPast, isoIn, isoNow } from '../../util/time.ts';
import { consumeToken, createUser, findUserByEmail, requireAccount, SESSION_TTL_SECONDS, startSession, writeLog } from './accountSupport.ts';
import { registerOAuth2Routes } from './oauth2Routes.ts';

/**
 * Registers the session routes: email/password, anonymous and token logins, and
 * listing, reading, extending and deleting sessions.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerSessionRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'accountCreateEmailPasswordSession', async (req) => {
    const email = readString(req.params, 'email', { required: true, test: isEmail }).toLowerCase();
    const password = readString(req.params, 'password', { required: true, min: 8, max: 256 });
    const user = findUserByEmail(req.ctx, email);
    if (!user || !user.passwordHash || !(await verifyPassword(password, user.passwordHash))) {
      fail('user_invalid_credentials', 'Invalid credentials. Please check the email and password.');
    }
    return startSession(req, user, 'email', ['password'], email);
  }, { aliases: ['/account/sessions'], guestOnly: true });

  defineRoute(app, ctx, 'accountCreateAnonymousSession', (req) => {
    const user = createUser(req.ctx, { id: uniqueId() });
    return startSession(req, user, 'anonymous', ['anonymous']);
  }, { guestOnly: true });

  // One-time secrets sent by email or SMS (or returned by OAuth2 token flows) become sessions.
  // These are Appwrite's `session` route group: a signed-in caller is refused.
  defineRoute(app, ctx, 'accountCreateSession', (req) => tokenLogin(req, ['email', 'magic-url', 'phone', 'oauth2', 'generic'], 'token'), { guestOnly: true });
  defineRoute(app, ctx, 'accountUpdateMagicURLSession', (req) => tokenLogin(req, ['magic-url', 'email'], 'magic-url'), { guestOnly: true });
  defineRoute(app, ctx, 'accountUpdatePhoneSession', (req) => tokenLogin(req, ['phone'], 'phone'), { guestOnly: true });

  defineRoute(app, ctx, 'accountListSessions', ({ caller, ctx }) => {
    const { user, session } = requireAccount(caller);
    const sessions = ctx.tables.sessions.filter((s) => s.userId === user.$id && !isPast(s.expire));
    return { total: sessions.length, sessions: sessions.map((s) => toSessionModel(s, session.$id)) };
  });

  defineRoute(app, ctx, 'accountGetSession', ({ caller, params, ctx }) => {
    const { session } = requireAccount(caller);
    return toSessionModel(findOwnSession(ctx, caller.user!.$id, String(params.sessionId), session), session.$id);
  });

  defineRoute(app, ctx, 'accountUpdateSession', (req) => {
    const { user, session } = requireAccount(req.caller);
    const target = findOwnSession(req.ctx, user.$id, String(req.params.sessionId), session);
    const updated: SessionRecord = { ...target, expire: isoIn(SESSION_TTL_SECONDS), $updatedAt: isoNow() };
    req.ctx.tables.sessions.put(updated.$id, updated);
    publishSession(req, updated, 'update');
    return toSessionModel(updated, session.$id);
  });

  defineRoute(app, ctx, 'accountDeleteSession', (req) => {
    const { user, session } = requireAccount(req.caller);
    const target = findOwnSession(req.ctx, user.$id, String(req.params.sessionId), session);
    req.ctx.tables.sessions.delete(target.$id);
    if (target.$id === session.$id) clearSessionCookies(req.c, req.ctx.projectId);
    writeLog(req, user.$id, 'session.delete');
    publishSession(req, target, 'delete');
    return null;
  });

  defineRoute(app, ctx, 'accountDeleteSessions', (req) => {
    const { user } = requireAccount(req.caller);
    for (const target of req.ctx.tables.sessions.filter((s) => s.userId === user.$id)) {
      req.ctx.tables.sessions.delete(target.$id);
      publishSession(req, target, 'delete');
    }
    clearSessionCookies(req.c, req.ctx.projectId);
    writeLog(req, user.$id, 'session.delete');
    return null;
  });

  registerOAuth2Routes(app, ctx);
}

/**
 * Logs in with a one-time secret: consumes it, marks the address it was sent to as
 * verified, and starts a session.
 *
 * @param req The route request.
 * @param kinds Token kinds this route accepts.
 * @param provider The session provider name.
 *
 * @returns The session model.
 */
function tokenLogin(req: RouteRequest, kinds: Array<'email' | 'magic-url' | 'phone' | 'oauth2' | 'generic'>, provider: string): Record<string, unknown> {
  const userId = readString(req.params, 'userId', { required: true, max: 36 });
  const secret = readString(req.params, 'secret', { required: true, max: 256 });
  const user = req.ctx.tables.users.get(userId);
  if (!user) fail('user_invalid_token', 'Invalid token passed in the request.');
  const token = consumeToken(req.ctx, userId, secret, kinds);
  // A token the server made for the user (users API) proves no address: its factor is `token`, as in Appwrite.
  const factor = token.kind === 'phone' ? 'phone' : token.kind === 'oauth2' ? 'oauth2' : token.kind === 'generic' ? 'token' : 'email';
  // Receiving the secret proves the address, as Appwrite treats it.
  if (factor === 'email') user.emailVerification = true;
  if (factor === 'phone') user.phoneVerification = true;
  const sessionProvider = provider === 'token' ? (token.kind === 'generic' ? 'token' : token.kind) : provider;
  return startSession(req, user, sessionProvider, [factor], factor === 'phone' ? user.phone : user.email);
}

/**
 * Finds one of the caller's sessions by id (`current` names the caller's own).
 *
 * @param ctx The emulator context.
 * @param userId The caller's user id.
 * @param sessionId The id from the path.
 * @param current The caller's session.
 *
 * @returns The session.
 */
function findOwnSession(ctx: EmulatorContext, userId: string, sessionId: string, current: SessionRecord): SessionRecord {
  if (sessionId === 'current') return current;
  const session = ctx.tables.sessions.get(sessionId);
  if (!session || session.userId !== userId) fail('user_session_not_found', 'The current user session could not be found.');
  return session;
}

/**
 * Publishes a session event on the account channel.
 *
 * @param req The route request.
 * @param session The session.
 * @param action update or delete.
 */
function publishSession(req: RouteRequest, session: SessionRecord, action: 'update' | 'delete'): void {
  req.ctx.events.publish({
    events: [`users.${session.userId}.sessions.${session.$id}.${action}`, `users.${session.userId}.sessions.*.${action}`, `users.*.sessions.*.${action}`],
    channels: ['account'],
    payload: toSessionModel(session, req.caller.session?.$id),
    readRoles: [`user:${session.userId}`],
  });
}
