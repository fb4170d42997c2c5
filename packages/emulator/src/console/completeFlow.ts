import { fail } from '../errors/AppwriteException.ts';
import type { EmulatorContext } from '../server/context.ts';
import { userCaller, type InternalFetch } from './consoleCaller.ts';
import type { UserRecord } from '../models/records.ts';

/**
 * Finishes the flow a message started, the way the developer's app would when its link is opened:
 * the confirm route of the API with the `userId` and `secret` of the link.
 *
 * @param ctx The emulator context.
 * @param api The internal fetch.
 * @param kind The message kind.
 * @param data The message's machine-readable parts.
 * @param body What the console sent (a new password for recovery).
 *
 * @returns The API's answer.
 */
export async function completeFlow(ctx: EmulatorContext, api: InternalFetch, kind: string, data: Record<string, string>, body: Record<string, unknown>): Promise<Response> {
  const { userId, secret } = data;
  switch (kind) {
    case 'verification':
    case 'phone-verification': {
      // The confirm route acts on the signed-in user; the developer's browser stands in for the user the link names.
      const user = findUser(ctx, userId ?? '');
      return api('PUT', kind === 'verification' ? '/account/verification' : '/account/verification/phone', { caller: userCaller(ctx, user), body: { userId, secret } });
    }
    case 'magic-url':
      return api('PUT', '/account/sessions/magic-url', { body: { userId, secret } });
    case 'email-otp':
    case 'phone-otp':
      return api('POST', '/account/sessions/token', { body: { userId, secret } });
    case 'recovery':
      return api('PUT', '/account/recovery', { body: { userId, secret, password: body.password } });
    case 'invitation':
      return api('PATCH', `/teams/${encodeURIComponent(data.teamId ?? '')}/memberships/${encodeURIComponent(data.membershipId ?? '')}/status`, { body: { userId, secret } });
    default:
      return fail('general_argument_invalid', `A ${kind} message has no flow to complete from the console.`);
  }
}

/**
 * Finds a user or fails with Appwrite's `user_not_found`.
 *
 * @param ctx The emulator context.
 * @param userId The user ID.
 *
 * @returns The user.
 */
export function findUser(ctx: EmulatorContext, userId: string): UserRecord {
  const user = ctx.tables.users.get(userId);
  if (!user) fail('user_not_found', 'User with the requested ID could not be found.');
  return user;
}
