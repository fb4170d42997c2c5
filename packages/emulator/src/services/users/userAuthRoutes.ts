import type { Hono } from 'hono';
import { fail } from '../../errors/AppwriteException.ts';
import type { SessionRecord } from '../../models/records.ts';
import { toIdentityModel } from '../../models/identityModel.ts';
import { toLogModel } from '../../models/logModel.ts';
import { toMembershipModel } from '../../models/membershipModel.ts';
import { toSessionModel } from '../../models/sessionModel.ts';
import { toTargetModel } from '../../models/targetModel.ts';
import { toTokenModel } from '../../models/tokenModel.ts';
import { applyQueries } from '../../query/applyQueries.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { clientIp, defineRoute } from '../../server/defineRoute.ts';
import { readBoolean, readInteger, readString } from '../../server/validate.ts';
import { hashSecret, randomSecret, uniqueId } from '../../util/ids.ts';
import { isoIn, isoNow } from '../../util/time.ts';
import { issueToken, saveUser, SESSION_TTL_SECONDS, writeLog } from '../account/accountSupport.ts';
import { newRecoveryCodes } from '../account/mfaRoutes.ts';
import { findUser } from './findUser.ts';
import { toServerUserModel } from './serverUserModel.ts';

// Appwrite's bounds for POST /users/{userId}/tokens: 4 to 128 characters, one minute to one year.
const TOKEN_LENGTH = { fallback: 6, min: 4, max: 128 };
const TOKEN_EXPIRE = { fallback: 900, min: 60, max: 365 * 24 * 3600 };

/**
 * Registers the users routes about signing in: sessions and tokens made by the server, MFA,
 * and the user's logs, memberships, identities and targets.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerUserAuthRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'usersListSessions', ({ params }) => {
    const user = findUser(ctx, params.userId);
    const sessions = ctx.tables.sessions.filter((s) => s.userId === user.$id).map((s) => toSessionModel(s, undefined));
    return { total: sessions.length, sessions };
  });

  defineRoute(app, ctx, 'usersCreateSession', (req) => {
    const user = findUser(ctx, req.params.userId);
    const secret = randomSecret();
    const now = isoNow();
    // Made for the server to hand to the user (SSR): no cookie is set, the secret is in the answer once.
    const session: SessionRecord = {
      $id: uniqueId(), $createdAt: now, $updatedAt: now, userId: user.$id, expire: isoIn(SESSION_TTL_SECONDS), provider: 'server', providerUid: '',
      secretHash: hashSecret(secret), ip: clientIp(req.c), userAgent: req.c.req.header('user-agent') ?? '', factors: [], mfaUpdatedAt: '',
    };
    ctx.tables.sessions.put(session.$id, session);
    writeLog(req, user.$id, 'session.create');
    const model = toSessionModel(session, undefined, secret);
    ctx.events.publish({
      events: [`users.${user.$id}.sessions.${session.$id}.create`, `users.${user.$id}.sessions.*.create`, 'users.*.sessions.*.create'],
      channels: ['account'],
      payload: { ...model, secret: '' },
      readRoles: [`user:${user.$id}`],
    });
    return model;
  });

  defineRoute(app, ctx, 'usersDeleteSessions', (req) => {
    const user = findUser(ctx, req.params.userId);
    for (const session of ctx.tables.sessions.filter((s) => s.userId === user.$id)) ctx.tables.sessions.delete(session.$id);
    writeLog(req, user.$id, 'session.delete');
    return null;
  });

  defineRoute(app, ctx, 'usersDeleteSession', (req) => {
    const user = findUser(ctx, req.params.userId);
    const session = ctx.tables.sessions.get(String(req.params.sessionId));
    if (!session || session.userId !== user.$id) fail('user_session_not_found', 'The current user session could not be found.');
    ctx.tables.sessions.delete(session.$id);
    writeLog(req, user.$id, 'session.delete');
    return null;
  });

  defineRoute(app, ctx, 'usersCreateToken', (req) => {
    const user = findUser(ctx, req.params.userId);
    const length = readInteger(req.params, 'length', TOKEN_LENGTH.fallback, TOKEN_LENGTH.min, TOKEN_LENGTH.max);
    const expire = readInteger(req.params, 'expire', TOKEN_EXPIRE.fallback, TOKEN_EXPIRE.min, TOKEN_EXPIRE.max);
    // The user trades it for a session with POST /account/sessions/token.
    const { token, secret } = issueToken(ctx, user.$id, 'generic', expire, randomSecret(Math.ceil(length / 2)).slice(0, length));
    return toTokenModel(token, secret);
  });

  defineRoute(app, ctx, 'usersUpdateMfa', (req) => {
    const user = findUser(ctx, req.params.userId);
    user.mfa = readBoolean(req.params, 'mfa', true)!;
    return toServerUserModel(saveUser(req, user, 'mfa'), ctx.tables);
  });

  defineRoute(app, ctx, 'usersListMfaFactors', ({ params }) => {
    const user = findUser(ctx, params.userId);
    return { totp: user.totpVerified, phone: user.phoneVerification, email: user.emailVerification, recoveryCode: user.recoveryCodes.length > 0 };
  });

  defineRoute(app, ctx, 'usersDeleteMfaAuthenticator', (req) => {
    const user = findUser(ctx, req.params.userId);
    if (req.params.type !== 'totp') fail('general_argument_invalid', 'Invalid `type` param: Value must be one of (totp)');
    if (!user.totpVerified && !user.totpSecret) fail('user_authenticator_not_found', 'The authenticator could not be found.');
    user.totpSecret = '';
    user.totpVerified = false;
    return toServerUserModel(saveUser(req, user, 'mfa'), ctx.tables);
  });

  defineRoute(app, ctx, 'usersGetMfaRecoveryCodes', ({ params }) => {
    const user = findUser(ctx, params.userId);
    if (user.recoveryCodes.length === 0) fail('user_recovery_codes_not_found', 'The recovery codes could not be found.');
    return { recoveryCodes: user.recoveryCodes };
  });

  defineRoute(app, ctx, 'usersCreateMfaRecoveryCodes', (req) => {
    const user = findUser(ctx, req.params.userId);
    if (user.recoveryCodes.length > 0) fail('user_recovery_codes_already_exists', 'The recovery codes already exist.');
    user.recoveryCodes = newRecoveryCodes();
    saveUser(req, user, 'mfa');
    return { recoveryCodes: user.recoveryCodes };
  });

  defineRoute(app, ctx, 'usersUpdateMfaRecoveryCodes', (req) => {
    const user = findUser(ctx, req.params.userId);
    if (user.recoveryCodes.length === 0) fail('user_recovery_codes_not_found', 'The recovery codes could not be found.');
    user.recoveryCodes = newRecoveryCodes();
    saveUser(req, user, 'mfa');
    return { recoveryCodes: user.recoveryCodes };
  });

  defineRoute(app, ctx, 'usersListLogs', ({ params }) => {
    const user = findUser(ctx, params.userId);
    const logs = ctx.tables.logs.filter((log) => log.userId === user.$id).reverse();
    const { items, total } = applyQueries(logs, params.queries, []);
    return { total, logs: items.map((log) => toLogModel(log, ctx.tables)) };
  });

  defineRoute(app, ctx, 'usersListMemberships', ({ params }) => {
    const user = findUser(ctx, params.userId);
    const memberships = ctx.tables.memberships.filter((m) => m.userId === user.$id).map((m) => toMembershipModel(m, ctx.tables));
    return { total: memberships.length, memberships };
  });

  defineRoute(app, ctx, 'usersListTargets', ({ params }) => {
    const user = findUser(ctx, params.userId);
    const targets = ctx.tables.targets.filter((t) => t.userId === user.$id);
    const { items, total } = applyQueries(targets, params.queries, ['userId', 'providerId', 'identifier', 'providerType']);
    return { total, targets: items.map(toTargetModel) };
  });

  defineRoute(app, ctx, 'usersGetTarget', ({ params }) => {
    const user = findUser(ctx, params.userId);
    const target = ctx.tables.targets.get(String(params.targetId));
    if (!target || target.userId !== user.$id) fail('user_target_not_found', 'The target could not be found.');
    return toTargetModel(target);
  });
}

/**
 * Registers the project-wide identity routes. They must come before `GET /users/{userId}`, which
 * would otherwise take `identities` for a user id.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerUserIdentityRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'usersListIdentities', ({ params }) => {
    const search = readString(params, 'search', { max: 256 })?.toLowerCase();
    const identities = ctx.tables.identities.filter((i) => !search || [i.$id, i.userId, i.provider, i.providerEmail].some((v) => v.toLowerCase().includes(search)));
    const { items, total } = applyQueries(identities, params.queries, ['userId', 'provider', 'providerUid', 'providerEmail', 'providerAccessTokenExpiry']);
    return { total, identities: items.map(toIdentityModel) };
  });

  defineRoute(app, ctx, 'usersDeleteIdentity', ({ params }) => {
    const identity = ctx.tables.identities.get(String(params.identityId));
    if (!identity) fail('user_identity_not_found', 'The identity could not be found.');
    ctx.tables.identities.delete(identity.$id);
    return null;
  });
}
