import type { Hono } from 'hono';
import { hashPassword } from '../../auth/password.ts';
import { fail } from '../../errors/AppwriteException.ts';
import type { TokenRecord } from '../../models/records.ts';
import { toTokenModel } from '../../models/tokenModel.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { isEmail, isPhone, isUrl, readBoolean, readId, readString } from '../../server/validate.ts';
import { resolveId } from '../../util/ids.ts';
import { isoNow } from '../../util/time.ts';
import { consumeToken, createUser, findUserByEmail, issueToken, linkWith, numericCode, requireAccount, saveUser, writeLog } from './accountSupport.ts';
import { securityPhrase } from './securityPhrase.ts';

const MINUTES = 60;

/**
 * Registers the routes that send one-time secrets: email OTP, magic URL and phone
 * login tokens, email and phone verification, and password recovery. Every secret
 * lands in the outbox instead of a mailbox.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerTokenRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'accountCreateEmailToken', ({ ctx, params }) => {
    const userId = readId(params.userId, 'userId', resolveId);
    const email = readString(params, 'email', { required: true, test: isEmail }).toLowerCase();
    const phrase = readBoolean(params, 'phrase') ? securityPhrase() : '';
    const user = findUserByEmail(ctx, email) ?? createUser(ctx, { id: userId, email });
    const { token, secret } = issueToken(ctx, user.$id, 'email', 15 * MINUTES, numericCode(6), phrase);
    ctx.outbox.send({
      channel: 'email', kind: 'email-otp', to: email, subject: 'Your login code',
      text: `Your one-time login code is ${secret}.${phrase ? ` Security phrase: ${phrase}.` : ''} It expires in 15 minutes.`,
      data: { userId: user.$id, secret, phrase },
    });
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountCreateMagicURLToken', ({ c, ctx, params }) => {
    const userId = readId(params.userId, 'userId', resolveId);
    const email = readString(params, 'email', { required: true, test: isEmail }).toLowerCase();
    const url = readString(params, 'url', { test: isUrl }) ?? `${new URL(c.req.url).origin}/auth/magic-url`;
    const phrase = readBoolean(params, 'phrase') ? securityPhrase() : '';
    const user = findUserByEmail(ctx, email) ?? createUser(ctx, { id: userId, email });
    const { token, secret } = issueToken(ctx, user.$id, 'magic-url', 60 * MINUTES, undefined, phrase);
    const link = linkWith(url, { userId: user.$id, secret, expire: token.expire, project: ctx.projectId });
    ctx.outbox.send({
      channel: 'email', kind: 'magic-url', to: email, subject: 'Your sign-in link',
      text: `Open this link to sign in: ${link}${phrase ? ` Security phrase: ${phrase}.` : ''}`,
      data: { userId: user.$id, secret, url: link, phrase },
    });
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountCreatePhoneToken', ({ ctx, params }) => {
    const userId = readId(params.userId, 'userId', resolveId);
    const phone = readString(params, 'phone', { required: true, test: isPhone });
    const user = ctx.tables.users.find((u) => u.phone === phone) ?? createUser(ctx, { id: userId, phone });
    const { token, secret } = issueToken(ctx, user.$id, 'phone', 15 * MINUTES, numericCode(6));
    ctx.outbox.send({ channel: 'sms', kind: 'phone-otp', to: phone, subject: '', text: `Your login code is ${secret}.`, data: { userId: user.$id, secret } });
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountCreateVerification', ({ caller, ctx, params }) => {
    const { user } = requireAccount(caller);
    const url = readString(params, 'url', { required: true, test: isUrl });
    if (!user.email) fail('general_argument_invalid', 'The current user has no email address to verify.');
    if (user.emailVerification) fail('user_email_already_verified', 'The email is already verified.');
    const { token, secret } = issueToken(ctx, user.$id, 'verification', 7 * 24 * 60 * MINUTES);
    const link = linkWith(url, { userId: user.$id, secret, expire: token.expire });
    ctx.outbox.send({ channel: 'email', kind: 'verification', to: user.email, subject: 'Verify your email', text: `Confirm your address: ${link}`, data: { userId: user.$id, secret, url: link } });
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountUpdateVerification', (req) => {
    const { user } = requireAccount(req.caller);
    const token = consumeOwn(req.ctx, user.$id, req.params, 'verification');
    user.emailVerification = true;
    saveUser(req, user, 'verification');
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountCreatePhoneVerification', ({ caller, ctx }) => {
    const { user } = requireAccount(caller);
    if (!user.phone) fail('user_phone_not_found', 'The current user does not have a phone number.');
    if (user.phoneVerification) fail('user_phone_already_verified', 'The phone is already verified.');
    const { token, secret } = issueToken(ctx, user.$id, 'phone-verification', 15 * MINUTES, numericCode(6));
    ctx.outbox.send({ channel: 'sms', kind: 'phone-verification', to: user.phone, subject: '', text: `Your verification code is ${secret}.`, data: { userId: user.$id, secret } });
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountUpdatePhoneVerification', (req) => {
    const { user } = requireAccount(req.caller);
    const token = consumeOwn(req.ctx, user.$id, req.params, 'phone-verification');
    user.phoneVerification = true;
    saveUser(req, user, 'verification');
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountCreateRecovery', ({ ctx, params }) => {
    const email = readString(params, 'email', { required: true, test: isEmail }).toLowerCase();
    const url = readString(params, 'url', { required: true, test: isUrl });
    const user = findUserByEmail(ctx, email);
    if (!user) fail('user_not_found', 'User with the requested ID could not be found.');
    if (!user.status) fail('user_blocked', 'The current user has been blocked.');
    const { token, secret } = issueToken(ctx, user.$id, 'recovery', 60 * MINUTES);
    const link = linkWith(url, { userId: user.$id, secret, expire: token.expire });
    ctx.outbox.send({ channel: 'email', kind: 'recovery', to: email, subject: 'Reset your password', text: `Choose a new password here: ${link}`, data: { userId: user.$id, secret, url: link } });
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountUpdateRecovery', async (req) => {
    const { ctx, params } = req;
    const userId = readString(params, 'userId', { required: true, max: 36 });
    const password = readString(params, 'password', { required: true, min: 8, max: 256 });
    const user = ctx.tables.users.get(userId);
    if (!user) fail('user_invalid_token', 'Invalid token passed in the request.');
    const token = consumeOwn(ctx, userId, params, 'recovery');
    user.passwordHash = await hashPassword(password);
    user.passwordUpdate = isoNow();
    // The reset link proves the mailbox, as in Appwrite.
    user.emailVerification = true;
    saveUser(req, user, 'password');
    writeLog(req, user.$id, 'recovery.update');
    return toTokenModel(token);
  });
}

/**
 * Consumes a verification or recovery token sent to a user.
 *
 * @param ctx The emulator context.
 * @param userId The user the token must belong to.
 * @param params The request parameters (`userId`, `secret`).
 * @param kind The token kind.
 *
 * @returns The consumed token.
 */
function consumeOwn(ctx: EmulatorContext, userId: string, params: Record<string, unknown>, kind: 'verification' | 'phone-verification' | 'recovery'): TokenRecord {
  const sentUserId = readString(params, 'userId', { required: true, max: 36 });
  const secret = readString(params, 'secret', { required: true, max: 256 });
  if (sentUserId !== userId) fail('user_invalid_token', 'Invalid token passed in the request.');
  return consumeToken(ctx, userId, secret, [kind]);
}
