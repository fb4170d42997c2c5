import type { Hono } from 'hono';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { clearSessionCookies } from '../../auth/sessionResponse.ts';
import { signAccountJwt } from '../../auth/jwt.ts';
import { fail } from '../../errors/AppwriteException.ts';
import { toIdentityModel } from '../../models/identityModel.ts';
import { toLogModel } from '../../models/logModel.ts';
import { toUserModel } from '../../models/userModel.ts';
import { applyQueries } from '../../query/applyQueries.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { isEmail, isPhone, readId, readString } from '../../server/validate.ts';
import { resolveId } from '../../util/ids.ts';
import { isoNow } from '../../util/time.ts';
import { createUser, findUserByEmail, requireAccount, saveUser, syncTarget, writeLog } from './accountSupport.ts';

/**
 * Registers the account profile routes: get/create the account, name, email, password,
 * phone, prefs, status, logs, identities and JWTs.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerProfileRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'accountGet', ({ caller, ctx }) => toUserModel(requireAccount(caller).user, ctx.tables));

  // DELETE /account is in Appwrite 1.5 (scope `account`) though not in the client spec: it deletes the caller's user and what hangs off it.
  defineRoute(app, ctx, 'accountGet', ({ c, caller, ctx }) => {
    const { user } = requireAccount(caller);
    for (const table of [ctx.tables.sessions, ctx.tables.tokens, ctx.tables.memberships, ctx.tables.targets, ctx.tables.identities, ctx.tables.challenges]) {
      for (const row of table.filter((r: { userId?: string }) => r.userId === user.$id)) table.delete(row.$id);
    }
    ctx.tables.users.delete(user.$id);
    clearSessionCookies(c, ctx.projectId);
    return null;
  }, { as: { method: 'DELETE', path: '/account' } });

  defineRoute(app, ctx, 'accountCreate', async (req) => {
    const { params, ctx } = req;
    const id = readId(params.userId, 'userId', resolveId);
    const email = readString(params, 'email', { required: true, test: isEmail }).toLowerCase();
    const password = readString(params, 'password', { required: true, min: 8, max: 256 });
    const name = readString(params, 'name', { max: 128 }) ?? '';
    const user = createUser(ctx, { id, email, name, passwordHash: await hashPassword(password) });
    writeLog(req, user.$id, 'user.create');
    ctx.events.publish({ events: [`users.${user.$id}.create`], channels: ['account'], payload: { $id: user.$id }, readRoles: [`user:${user.$id}`] });
    return toUserModel(user, ctx.tables);
  });

  defineRoute(app, ctx, 'accountUpdateName', (req) => {
    const { user } = requireAccount(req.caller);
    user.name = readString(req.params, 'name', { required: true, max: 128 });
    return toUserModel(saveUser(req, user, 'name'), req.ctx.tables);
  });

  defineRoute(app, ctx, 'accountUpdateEmail', async (req) => {
    const { user } = requireAccount(req.caller);
    const email = readString(req.params, 'email', { required: true, test: isEmail }).toLowerCase();
    const password = readString(req.params, 'password', { required: true, min: 8, max: 256 });
    // Accounts without a password (anonymous, OTP, OAuth2) get this one; others must prove theirs.
    if (user.passwordHash && !(await verifyPassword(password, user.passwordHash))) {
      fail('user_invalid_credentials', 'Invalid credentials. Please check the email and password.');
    }
    const other = findUserByEmail(req.ctx, email);
    if (other && other.$id !== user.$id) fail('user_email_already_exists', 'A user with the same email already exists in the current project.');
    if (!user.passwordHash) {
      user.passwordHash = await hashPassword(password);
      user.passwordUpdate = isoNow();
    }
    if (email !== user.email) user.emailVerification = false;
    user.email = email;
    syncTarget(req.ctx, user.$id, 'email', email);
    return toUserModel(saveUser(req, user, 'email'), req.ctx.tables);
  });

  defineRoute(app, ctx, 'accountUpdatePassword', async (req) => {
    const { user } = requireAccount(req.caller);
    const password = readString(req.params, 'password', { required: true, min: 8, max: 256 });
    const oldPassword = readString(req.params, 'oldPassword') ?? '';
    if (user.passwordHash && !(await verifyPassword(oldPassword, user.passwordHash))) {
      fail('user_invalid_credentials', 'Invalid credentials. Please check the email and password.');
    }
    user.passwordHash = await hashPassword(password);
    user.passwordUpdate = isoNow();
    return toUserModel(saveUser(req, user, 'password'), req.ctx.tables);
  });

  defineRoute(app, ctx, 'accountUpdatePhone', async (req) => {
    const { user } = requireAccount(req.caller);
    const phone = readString(req.params, 'phone', { required: true, test: isPhone });
    const password = readString(req.params, 'password', { required: true, min: 8, max: 256 });
    if (user.passwordHash && !(await verifyPassword(password, user.passwordHash))) {
      fail('user_invalid_credentials', 'Invalid credentials. Please check the email and password.');
    }
    const other = req.ctx.tables.users.find((u) => u.phone === phone && u.$id !== user.$id);
    if (other) fail('user_phone_already_exists', 'A user with the same phone number already exists in the current project.');
    if (phone !== user.phone) user.phoneVerification = false;
    user.phone = phone;
    syncTarget(req.ctx, user.$id, 'sms', phone);
    return toUserModel(saveUser(req, user, 'phone'), req.ctx.tables);
  });

  defineRoute(app, ctx, 'accountGetPrefs', ({ caller }) => requireAccount(caller).user.prefs);

  defineRoute(app, ctx, 'accountUpdatePrefs', (req) => {
    const { user } = requireAccount(req.caller);
    const prefs = req.params.prefs;
    if (typeof prefs !== 'object' || prefs === null || Array.isArray(prefs)) fail('general_argument_invalid', 'Invalid `prefs` param: Value must be a valid object.');
    if (JSON.stringify(prefs).length > 65535) fail('general_argument_invalid', 'Invalid `prefs` param: Value must be a valid object of at most 65535 characters.');
    user.prefs = prefs as Record<string, unknown>;
    return toUserModel(saveUser(req, user, 'prefs'), req.ctx.tables);
  });

  defineRoute(app, ctx, 'accountUpdateStatus', (req) => {
    const { user } = requireAccount(req.caller);
    user.status = false;
    saveUser(req, user, 'status');
    clearSessionCookies(req.c, req.ctx.projectId);
    return toUserModel(user, req.ctx.tables);
  });

  defineRoute(app, ctx, 'accountListLogs', ({ caller, ctx, params }) => {
    const { user } = requireAccount(caller);
    const logs = ctx.tables.logs.filter((l) => l.userId === user.$id).reverse();
    const { items, total } = applyQueries(logs, params.queries, []);
    return { total, logs: items.map((log) => toLogModel(log, ctx.tables)) };
  });

  defineRoute(app, ctx, 'accountListIdentities', ({ caller, ctx, params }) => {
    const { user } = requireAccount(caller);
    const identities = ctx.tables.identities.filter((i) => i.userId === user.$id);
    const { items, total } = applyQueries(identities, params.queries, ['userId', 'provider', 'providerUid', 'providerEmail', 'providerAccessTokenExpiry']);
    return { total, identities: items.map(toIdentityModel) };
  });

  defineRoute(app, ctx, 'accountDeleteIdentity', ({ caller, ctx, params }) => {
    const { user } = requireAccount(caller);
    const identity = ctx.tables.identities.get(String(params.identityId));
    if (!identity || identity.userId !== user.$id) fail('user_identity_not_found', 'The identity could not be found.');
    ctx.tables.identities.delete(identity.$id);
    return null;
  });

  defineRoute(app, ctx, 'accountCreateJWT', async ({ caller, ctx }) => {
    const { user, session } = requireAccount(caller);
    return { jwt: await signAccountJwt(ctx.jwtKey, user.$id, session.$id) };
  });
}
