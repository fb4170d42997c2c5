import { fail } from '../../errors/AppwriteException.ts';
import type { UserRecord } from '../../models/records.ts';
import type { EmulatorContext } from '../../server/context.ts';

/**
 * Finds a user by the `userId` path parameter, failing with Appwrite's 404 `user_not_found`.
 *
 * @param ctx The emulator context.
 * @param userId The parameter.
 *
 * @returns The user.
 */
export function findUser(ctx: EmulatorContext, userId: unknown): UserRecord {
  const user = typeof userId === 'string' ? ctx.tables.users.get(userId) : undefined;
  if (!user) fail('user_not_found', 'User with the requested ID could not be found.');
  return user;
}
