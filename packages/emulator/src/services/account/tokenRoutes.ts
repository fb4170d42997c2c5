import type { Hono } from 'hono';
import { hashPassword } from '../../auth/password.ts';
import { fail } from '../../errors/AppwriteException.ts';
import type { TokenRecord, UserRecord } from '../../models/records.ts';
import { toTokenModel } from '../../models/tokenModel.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { isEmail, isPhone, isUrl, readBoolean, readId, readString } from '../../server/validate.ts';
import { randomSecret, resolveId } from '../../util/ids.ts';
import { isoNow } from '../../util/time.ts';
import { consumeToken, createUser, findUserByEmail, issueToken, linkWith, numericCode, requireAccount, saveUser, writeLog } from './accountSupport.ts';
import { mailSubject } from './mailText.ts';
import { checkRedirectHost } from '../../server/redirectHost.ts';
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
  defineRoute(app, ctx, 'accountCreateEmailToken', ({ c, ctx, params }) => {
    const userId = readId(params.userId, 'userId', resolveId);
    const email = readString(params, 'email', { required: true, test: isEmail }).toLowerCase();
    const phrase = readBoolean(params, 'phrase') ? securityPhrase() : '';
    const user = findUserByEmail(ctx, email) ?? createUser(ctx, { id: userId, email });
    const { token, secret } = issueToken(ctx, user.$id, 'email', 15 * MINUTES, numericCode(6), phrase);
    ctx.outbox.send({
      channel: 'email', kind: 'email-otp', to: email, subject: mailSubject(c, ctx, 'otpSession'),
      text: `Your one-time login code is ${secret}.${phrase ? ` Security phrase: ${phrase}.` : ''} It expires in 15 minutes.`,
      data: { userId: user.$id, secret, phrase, name: user.name },
    });
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountCreateMagicURLToken', ({ c, ctx, params }) => {
    const userId = readId(params.userId, 'userId', resolveId);
    const email = readString(params, 'email', { required: true, test: isEmail }).toLowerCase();
    const sentUrl = readString(params, 'url', { test: isUrl });
    checkRedirectHost(c, ctx.config, 'url', sentUrl);
    const url = sentUrl ?? `${new URL(c.req.url).origin}/auth/magic-url`;
    const phrase = readBoolean(params, 'phrase') ? securityPhrase() : '';
    const user = findUserByEmail(ctx, email) ?? createUser(ctx, { id: userId, email });
    // Appwrite's magic-URL secrets are 64 characters long.
    const { token, secret } = issueToken(ctx, user.$id, 'magic-url', 60 * MINUTES, randomSecret(32), phrase);
    const link = linkWith(url, { userId: user.$id, secret, expire: token.expire, project: ctx.projectId });
    ctx.outbox.send({
      channel: 'email', kind: 'magic-url', to: email, subject: mailSubject(c, ctx, 'magicSession'),
      text: `Open this link to sign in: ${link}${phrase ? ` Security phrase: ${phrase}.` : ''}`,
      data: { userId: user.$id, secret, url: link, phrase, name: user.name },
    });
    return toTokenModel(token);
  }, { aliases: ['/account/sessions/magic-url'] });

  defineRoute(app, ctx, 'accountCreatePhoneToken', ({ ctx, params }) => {
    const userId = readId(params.userId, 'userId', resolveId);
    const phone = readString(params, 'phone', { required: true, test: isPhone });
    const user = ctx.tables.users.find((u) => u.phone === phone) ?? createUser(ctx, { id: userId, phone });
    const { token, secret } = issueToken(ctx, user.$id, 'phone', 15 * MINUTES, numericCode(6));
    // Appwrite's SMS template is the bare code.
    ctx.outbox.send({ channel: 'sms', kind: 'phone-otp', to: phone, subject: '', text: secret, data: { userId: user.$id, secret } });
    return toTokenModel(token);
  }, { aliases: ['/account/sessions/phone'] });

  defineRoute(app, ctx, 'accountCreateVerification', ({ c, caller, ctx, params }) => {
    const { user } = requireAccount(caller);
    const url = readString(params, 'url', { required: true, test: isUrl });
    checkRedirectHost(c, ctx.config, 'url', url);
    if (!user.email) fail('general_argument_invalid', 'The current user has no email address to verify.');
    if (user.emailVerification) fail('user_email_already_verified', 'The email is already verified.');
    // Appwrite's confirmation tokens last one hour.
    const { token, secret } = issueToken(ctx, user.$id, 'verification', 60 * MINUTES);
    const link = linkWith(url, { userId: user.$id, secret, expire: token.expire });
    ctx.outbox.send({
      channel: 'email', kind: 'verification', to: user.email, subject: mailSubject(c, ctx, 'verification'), text: `Confirm your address: ${link}`,
      data: { userId: user.$id, secret, url: link, name: user.name },
    });
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountUpdateVerification', (req) => {
    requireAccount(req.caller);
    // Appwrite verifies the user named in the request (404 when unknown), not necessarily the caller.
    const { user, token } = consumeFor(req.ctx, req.params, 'verification');
    user.emailVerification = true;
    saveUser(req, user, 'verification');
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountCreatePhoneVerification', ({ caller, ctx }) => {
    const { user } = requireAccount(caller);
    if (!user.phone) fail('user_phone_not_found', 'The current user does not have a phone number.');
    if (user.phoneVerification) fail('user_phone_already_verified', 'The phone is already verified.');
    const { token, secret } = issueToken(ctx, user.$id, 'phone-verification', 60 * MINUTES, numericCode(6));
    ctx.outbox.send({ channel: 'sms', kind: 'phone-verification', to: user.phone, subject: '', text: secret, data: { userId: user.$id, secret } });
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountUpdatePhoneVerification', (req) => {
    requireAccount(req.caller);
    const { user, token } = consumeFor(req.ctx, req.params, 'phone-verification');
    user.phoneVerification = true;
    saveUser(req, user, 'verification');
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountCreateRecovery', ({ c, ctx, params }) => {
    const email = readString(params, 'email', { required: true, test: isEmail }).toLowerCase();
    const url = readString(params, 'url', { required: true, test: isUrl });
    checkRedirectHost(c, ctx.config, 'url', url);
    const user = findUserByEmail(ctx, email);
    if (!user) fail('user_not_found', 'User with the requested ID could not be found.');
    if (!user.status) fail('user_blocked', 'The current user has been blocked.');
    const { token, secret } = issueToken(ctx, user.$id, 'recovery', 60 * MINUTES);
    const link = linkWith(url, { userId: user.$id, secret, expire: token.expire });
    ctx.outbox.send({
      channel: 'email', kind: 'recovery', to: email, subject: mailSubject(c, ctx, 'recovery'), text: `Choose a new password here: ${link}`,
      data: { userId: user.$id, secret, url: link, name: user.name },
    });
    return toTokenModel(token);
  });

  defineRoute(app, ctx, 'accountUpdateRecovery', async (req) => {
    const { ctx, params } = req;
    const password = readString(params, 'password', { required: true, min: 8, max: 256 });
    const { user, token } = consumeFor(ctx, params, 'recovery');
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
 * Consumes a verification or recovery token of the user named in the request, failing with
 * 404 `user_not_found` for an unknown user and 401 `user_invalid_token` for a wrong secret, as Appwrite does.
 *
 * @param ctx The emulator context.
 * @param params The request parameters (`userId`, `secret`).
 * @param kind The token kind.
 *
 * @returns The user and the consumed token.
 */
function consumeFor(ctx: EmulatorContext, params: Record<string, unknown>, kind: 'verification' | 'phone-verification' | 'recovery'): { user: UserRecord; token: TokenRecord } {
  const userId = readId(params.userId, 'userId', (v) => (v === 'unique()' ? undefined : resolveId(v)));
  const secret = readString(params, 'secret', { required: true, max: 256 });
  const user = ctx.tables.users.get(userId);
  if (!user) fail('user_not_found', 'User with the requested ID could not be found.');
  return { user, token: consumeToken(ctx, userId, secret, [kind]) };
}
