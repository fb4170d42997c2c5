import type { Hono } from 'hono';
import { hashPassword } from '../../auth/password.ts';
import { fail } from '../../errors/AppwriteException.ts';
import type { UserRecord } from '../../models/records.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { isEmail, isPhone, readBoolean, readString } from '../../server/validate.ts';
import { isoNow } from '../../util/time.ts';
import { findUserByEmail, saveUser, syncTarget } from '../account/accountSupport.ts';
import { listParam } from '../databases/listParam.ts';
import { matchSearch } from '../databases/query/matchSearch.ts';
import { parseQueries } from '../databases/query/parseQueries.ts';
import { fixedQuerySchema } from '../databases/query/querySchema.ts';
import { runQueries } from '../databases/query/runQueries.ts';
import { toServerUserModel } from './serverUserModel.ts';
import { findUser } from './findUser.ts';

// The attributes Appwrite 1.5's Users query validator lets a list filter and order on.
const USER_QUERY_SCHEMA = /* @__PURE__ */ fixedQuerySchema(
  [
    { key: 'name', type: 'string' },
    { key: 'email', type: 'string' },
    { key: 'phone', type: 'string' },
    { key: 'status', type: 'boolean' },
    { key: 'passwordUpdate', type: 'datetime' },
    { key: 'registration', type: 'datetime' },
    { key: 'emailVerification', type: 'boolean' },
    { key: 'phoneVerification', type: 'boolean' },
    { key: 'labels', type: 'string', array: true },
  ],
  [],
  'User',
);

// Appwrite's label rule: up to 1000 labels of 1 to 36 letters and digits.
const MAX_LABELS = 1000;
const LABEL = /^[a-zA-Z0-9]{1,36}$/;
// Appwrite's Assoc validator bounds prefs to 64 KiB of JSON.
const MAX_PREFS_BYTES = 65_535;

/**
 * Registers the users routes that read, list, change and delete a user.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerUserProfileRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'usersList', ({ params }) => {
    const queries = parseQueries(listParam(params, 'queries'));
    const search = readString(params, 'search', { max: 256 });
    const matches = search ? matchSearch(search) : undefined;
    // Appwrite's search index for users holds the id, email, phone and name.
    const users = ctx.tables.users
      .filter((user) => !matches || matches([user.$id, user.email, user.phone, user.name].filter(Boolean).join(' ')))
      .map((user) => toServerUserModel(user, ctx.tables) as Record<string, unknown> & { $id: string; $createdAt: string; $updatedAt: string });
    const result = runQueries(users, queries, USER_QUERY_SCHEMA);
    return { total: result.total, users: result.items };
  });

  defineRoute(app, ctx, 'usersGet', ({ params }) => toServerUserModel(findUser(ctx, params.userId), ctx.tables));

  defineRoute(app, ctx, 'usersGetPrefs', ({ params }) => findUser(ctx, params.userId).prefs);

  defineRoute(app, ctx, 'usersDelete', ({ params }) => {
    const user = findUser(ctx, params.userId);
    const { tables } = ctx;
    for (const table of [tables.sessions, tables.tokens, tables.memberships, tables.targets, tables.identities, tables.challenges, tables.subscribers]) {
      for (const row of table.filter((r: { userId?: string }) => r.userId === user.$id)) table.delete(row.$id);
    }
    tables.users.delete(user.$id);
    ctx.events.publish({ events: [`users.${user.$id}.delete`, 'users.*.delete'], channels: ['account'], payload: { $id: user.$id }, readRoles: [`user:${user.$id}`] });
    return null;
  });

  defineRoute(app, ctx, 'usersUpdateName', (req) => {
    const user = findUser(ctx, req.params.userId);
    const name = req.params.name;
    if (typeof name !== 'string' || name.length > 128) fail('general_argument_invalid', 'Invalid `name` param: Value must be a valid string and at most 128 chars');
    user.name = name;
    return toServerUserModel(saveUser(req, user, 'name'), ctx.tables);
  });

  defineRoute(app, ctx, 'usersUpdateEmail', (req) => {
    const user = findUser(ctx, req.params.userId);
    const email = (readString(req.params, 'email', { test: isEmail }) ?? '').toLowerCase();
    if (email) {
      const owner = findUserByEmail(ctx, email);
      if (owner && owner.$id !== user.$id) fail('user_email_already_exists', 'A user with the same email already exists in this project.');
    }
    user.email = email;
    user.emailVerification = false;
    syncTarget(ctx, user.$id, 'email', email);
    return toServerUserModel(saveUser(req, user, 'email'), ctx.tables);
  });

  defineRoute(app, ctx, 'usersUpdatePhone', (req) => {
    const user = findUser(ctx, req.params.userId);
    const phone = readString(req.params, 'number', { test: isPhone }) ?? '';
    if (phone && ctx.tables.users.find((u) => u.phone === phone && u.$id !== user.$id)) {
      fail('user_phone_already_exists', 'A user with the same phone number already exists in this project.');
    }
    user.phone = phone;
    user.phoneVerification = false;
    syncTarget(ctx, user.$id, 'sms', phone);
    return toServerUserModel(saveUser(req, user, 'phone'), ctx.tables);
  });

  defineRoute(app, ctx, 'usersUpdatePassword', async (req) => {
    const user = findUser(ctx, req.params.userId);
    // An empty password removes it, as Appwrite allows the server to.
    const password = readString(req.params, 'password', { min: 8, max: 256 }) ?? '';
    user.passwordHash = password ? await hashPassword(password) : '';
    user.passwordUpdate = isoNow();
    return toServerUserModel(saveUser(req, user, 'password'), ctx.tables);
  });

  defineRoute(app, ctx, 'usersUpdateStatus', (req) => {
    const user = findUser(ctx, req.params.userId);
    user.status = readBoolean(req.params, 'status', true)!;
    return toServerUserModel(saveUser(req, user, 'status'), ctx.tables);
  });

  defineRoute(app, ctx, 'usersUpdateLabels', (req) => {
    const user = findUser(ctx, req.params.userId);
    const labels = req.params.labels;
    if (!Array.isArray(labels) || labels.length > MAX_LABELS || !labels.every((label) => typeof label === 'string' && LABEL.test(label))) {
      fail('general_argument_invalid', `Invalid \`labels\` param: Value must a valid array no longer than ${MAX_LABELS} items and Value must be a valid string and at least 1 chars and no longer than 36 chars`);
    }
    user.labels = [...new Set(labels as string[])];
    return toServerUserModel(saveUser(req, user, 'labels'), ctx.tables);
  });

  defineRoute(app, ctx, 'usersUpdatePrefs', (req) => {
    const user = findUser(ctx, req.params.userId);
    const prefs = req.params.prefs;
    if (typeof prefs !== 'object' || prefs === null || Array.isArray(prefs) || JSON.stringify(prefs).length > MAX_PREFS_BYTES) {
      fail('general_argument_invalid', 'Invalid `prefs` param: Value must be a valid object.');
    }
    user.prefs = prefs as Record<string, unknown>;
    return saveUser(req, user, 'prefs').prefs;
  });

  defineRoute(app, ctx, 'usersUpdateEmailVerification', (req) => verification(req, 'emailVerification'));
  defineRoute(app, ctx, 'usersUpdatePhoneVerification', (req) => verification(req, 'phoneVerification'));
}

/**
 * Sets a user's email or phone verification flag.
 *
 * @param req The route request.
 * @param flag Which flag (also the parameter's name).
 *
 * @returns The user model.
 */
function verification(req: Parameters<Parameters<typeof defineRoute>[3]>[0], flag: 'emailVerification' | 'phoneVerification'): Record<string, unknown> {
  const user: UserRecord = findUser(req.ctx, req.params.userId);
  user[flag] = readBoolean(req.params, flag, true)!;
  return toServerUserModel(saveUser(req, user, flag === 'emailVerification' ? 'verification' : 'verification.phone'), req.ctx.tables);
}
