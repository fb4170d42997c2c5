import type { Hono } from 'hono';
import { encodeImportedHash, SHA_VERSIONS, type HashAlgorithm } from '../../auth/importedHashes.ts';
import { hashPassword } from '../../auth/password.ts';
import { fail } from '../../errors/AppwriteException.ts';
import type { UserRecord } from '../../models/records.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute, type RouteRequest } from '../../server/defineRoute.ts';
import { isEmail, isPhone, readId, readInteger, readString } from '../../server/validate.ts';
import { resolveId } from '../../util/ids.ts';
import { createUser, writeLog } from '../account/accountSupport.ts';
import { toServerUserModel } from './serverUserModel.ts';

// Appwrite's Password validator: 8 to 256 characters, for plain passwords and imported hashes alike.
const PASSWORD_RULE = { min: 8, max: 256 } as const;

/**
 * Registers user creation: `POST /users` with a plain password (or none), and the seven import
 * routes that keep a hash made elsewhere (argon2, bcrypt, md5, phpass, scrypt, scrypt-modified, sha)
 * so the user signs in with their old password.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerUserCreateRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'usersCreate', async (req) => {
    const password = readString(req.params, 'password', PASSWORD_RULE);
    const phone = readString(req.params, 'phone', { test: isPhone });
    return createServerUser(req, { email: false, phone, passwordHash: password ? await hashPassword(password) : '' });
  });

  const imports: Array<[string, HashAlgorithm, (params: Record<string, unknown>) => Record<string, unknown>]> = [
    ['usersCreateArgon2User', 'argon2', () => ({})],
    ['usersCreateBcryptUser', 'bcrypt', () => ({})],
    ['usersCreateMD5User', 'md5', () => ({})],
    ['usersCreatePHPassUser', 'phpass', () => ({})],
    ['usersCreateSHAUser', 'sha', (params) => {
      const version = readString(params, 'passwordVersion') ?? 'sha3-512';
      if (!Object.hasOwn(SHA_VERSIONS, version)) fail('general_argument_invalid', `Invalid \`passwordVersion\` param: Value must be one of (${Object.keys(SHA_VERSIONS).join(', ')})`);
      return { version };
    }],
    ['usersCreateScryptUser', 'scrypt', (params) => ({
      salt: readString(params, 'passwordSalt', { required: true, max: 128 }),
      costCpu: readInteger(params, 'passwordCpu', 8, 1, Number.MAX_SAFE_INTEGER),
      costMemory: readInteger(params, 'passwordMemory', 14, 1, Number.MAX_SAFE_INTEGER),
      costParallel: readInteger(params, 'passwordParallel', 1, 1, Number.MAX_SAFE_INTEGER),
      length: readInteger(params, 'passwordLength', 64, 1, Number.MAX_SAFE_INTEGER),
    })],
    ['usersCreateScryptModifiedUser', 'scryptMod', (params) => ({
      salt: readString(params, 'passwordSalt', { required: true, max: 128 }),
      saltSeparator: readString(params, 'passwordSaltSeparator', { required: true, max: 128 }),
      signerKey: readString(params, 'passwordSignerKey', { required: true, max: 128 }),
    })],
  ];
  for (const [operationId, hash, readOptions] of imports) {
    defineRoute(app, ctx, operationId, (req) => {
      const password = readString(req.params, 'password', { required: true, ...PASSWORD_RULE });
      const options = readOptions(req.params);
      return createServerUser(req, { email: true, passwordHash: encodeImportedHash({ hash, password, options }) });
    });
  }
}

/**
 * Creates a user from the common parameters of the create routes and answers with the server model.
 *
 * @param req The route request.
 * @param fields Whether email is required, the phone and the stored password hash.
 *
 * @returns The user model.
 */
function createServerUser(req: RouteRequest, fields: { email: boolean; phone?: string | undefined; passwordHash: string }): Record<string, unknown> {
  const { ctx, params } = req;
  const id = readId(params.userId, 'userId', resolveId);
  const email = readString(params, 'email', { required: fields.email, test: isEmail })?.toLowerCase();
  const name = readString(params, 'name', { max: 128 }) ?? '';
  if (fields.phone && ctx.tables.users.find((u) => u.phone === fields.phone)) {
    fail('user_already_exists', 'A user with the same id, email, or phone already exists in this project.');
  }
  const user: UserRecord = createUser(ctx, {
    id, name, passwordHash: fields.passwordHash, ...(email ? { email } : {}), ...(fields.phone ? { phone: fields.phone } : {}),
  });
  writeLog(req, user.$id, 'user.create');
  ctx.events.publish({ events: [`users.${user.$id}.create`, 'users.*.create'], channels: ['account'], payload: { $id: user.$id }, readRoles: [`user:${user.$id}`] });
  return toServerUserModel(user, ctx.tables);
}
