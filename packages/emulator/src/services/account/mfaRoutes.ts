import type { Hono } from 'hono';
import { TOTP, Secret } from 'otpauth';
import { fail } from '../../errors/AppwriteException.ts';
import type { ChallengeRecord, UserRecord } from '../../models/records.ts';
import { toSessionModel } from '../../models/sessionModel.ts';
import { toUserModel } from '../../models/userModel.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { readBoolean, readString } from '../../server/validate.ts';
import { hashSecret, randomSecret, secretMatches, uniqueId } from '../../util/ids.ts';
import { isPast, isoIn, isoNow } from '../../util/time.ts';
import { numericCode, requireAccount, saveUser } from './accountSupport.ts';
import { mailSubject } from './mailText.ts';

const FACTORS = ['email', 'phone', 'totp', 'recoverycode'];

/**
 * Creates the RFC 6238 TOTP generator for a user (SHA-1, 6 digits, 30 s, like authenticator apps).
 *
 * @param ctx The emulator context.
 * @param user The user.
 * @param secret The base32 secret.
 *
 * @returns The TOTP instance.
 */
function totpFor(ctx: EmulatorContext, user: UserRecord, secret: string): TOTP {
  return new TOTP({ issuer: ctx.config.projectName ?? ctx.projectId, label: user.email || user.$id, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

/**
 * Checks a TOTP code, allowing one step of clock drift either way.
 *
 * @param ctx The emulator context.
 * @param user The user.
 * @param otp The code.
 *
 * @returns Whether it is valid now.
 */
function totpValid(ctx: EmulatorContext, user: UserRecord, otp: string): boolean {
  return !!user.totpSecret && totpFor(ctx, user, user.totpSecret).validate({ token: otp, window: 1 }) !== null;
}

/**
 * Creates ten single-use recovery codes.
 *
 * @returns The codes.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => randomSecret(5));
}

/**
 * Registers the MFA routes: turning MFA on and off, the TOTP authenticator,
 * recovery codes, factors and challenges.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerMfaRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'accountUpdateMFA', (req) => {
    const { user } = requireAccount(req.caller);
    user.mfa = readBoolean(req.params, 'mfa', true)!;
    return toUserModel(saveUser(req, user, 'mfa'), req.ctx.tables);
  });

  defineRoute(app, ctx, 'accountCreateMfaAuthenticator', (req) => {
    const { user } = requireAccount(req.caller);
    checkType(req.params.type);
    if (user.totpVerified) fail('user_authenticator_already_verified', 'The authenticator is already verified.');
    const secret = new Secret({ size: 20 }).base32;
    user.totpSecret = secret;
    saveUser(req, user);
    return { secret, uri: totpFor(req.ctx, user, secret).toString() };
  });

  defineRoute(app, ctx, 'accountUpdateMfaAuthenticator', (req) => {
    const { user, session } = requireAccount(req.caller);
    checkType(req.params.type);
    const otp = readString(req.params, 'otp', { required: true });
    if (!user.totpSecret) fail('user_authenticator_not_found', 'The authenticator could not be found.');
    if (user.totpVerified) fail('user_authenticator_already_verified', 'The authenticator is already verified.');
    if (!totpValid(req.ctx, user, otp)) fail('user_invalid_token', 'Invalid token passed in the request.');
    user.totpVerified = true;
    addFactor(req.ctx, session.$id, 'totp');
    return toUserModel(saveUser(req, user, 'mfa'), req.ctx.tables);
  });

  defineRoute(app, ctx, 'accountDeleteMfaAuthenticator', (req) => {
    const { user } = requireAccount(req.caller);
    checkType(req.params.type);
    const otp = readString(req.params, 'otp', { required: true });
    if (!user.totpVerified) fail('user_authenticator_not_found', 'The authenticator could not be found.');
    if (!totpValid(req.ctx, user, otp)) fail('user_invalid_token', 'Invalid token passed in the request.');
    user.totpSecret = '';
    user.totpVerified = false;
    saveUser(req, user, 'mfa');
    return null;
  });

  defineRoute(app, ctx, 'accountCreateMfaRecoveryCodes', (req) => {
    const { user } = requireAccount(req.caller);
    if (user.recoveryCodes.length > 0) fail('user_recovery_codes_already_exists', 'The recovery codes already exist.');
    user.recoveryCodes = newRecoveryCodes();
    saveUser(req, user);
    return { recoveryCodes: user.recoveryCodes };
  });

  defineRoute(app, ctx, 'accountGetMfaRecoveryCodes', ({ caller }) => {
    const { user } = requireAccount(caller);
    if (user.recoveryCodes.length === 0) fail('user_recovery_codes_not_found', 'The recovery codes could not be found.');
    return { recoveryCodes: user.recoveryCodes };
  });

  defineRoute(app, ctx, 'accountUpdateMfaRecoveryCodes', (req) => {
    const { user } = requireAccount(req.caller);
    if (user.recoveryCodes.length === 0) fail('user_recovery_codes_not_found', 'The recovery codes could not be found.');
    user.recoveryCodes = newRecoveryCodes();
    saveUser(req, user);
    return { recoveryCodes: user.recoveryCodes };
  });

  defineRoute(app, ctx, 'accountListMfaFactors', ({ caller }) => {
    const { user } = requireAccount(caller);
    return { totp: user.totpVerified, phone: user.phoneVerification, email: user.emailVerification, recoveryCode: user.recoveryCodes.length > 0 };
  });

  defineRoute(app, ctx, 'accountCreateMfaChallenge', ({ c, caller, ctx, params }) => {
    const { user } = requireAccount(caller);
    const factor = readString(params, 'factor', { required: true, test: [(v) => FACTORS.includes(v), `Value must be one of (${FACTORS.join(', ')})`] });
    let code = '';
    if (factor === 'email') {
      if (!user.emailVerification) fail('general_argument_invalid', 'The email factor is not available.');
      code = numericCode(6);
      ctx.outbox.send({ channel: 'email', kind: 'mfa-email', to: user.email, subject: mailSubject(c, ctx, 'mfaChallenge'), text: `Your sign-in code is ${code}.`, data: { userId: user.$id, secret: code } });
    } else if (factor === 'phone') {
      if (!user.phoneVerification) fail('general_argument_invalid', 'The phone factor is not available.');
      code = numericCode(6);
      ctx.outbox.send({ channel: 'sms', kind: 'mfa-phone', to: user.phone, subject: '', text: code, data: { userId: user.$id, secret: code } });
    }
    const challenge: ChallengeRecord = { $id: uniqueId(), $createdAt: isoNow(), userId: user.$id, expire: isoIn(15 * 60), factor, codeHash: code ? hashSecret(code) : '' };
    ctx.tables.challenges.put(challenge.$id, challenge);
    return { $id: challenge.$id, $createdAt: challenge.$createdAt, userId: challenge.userId, expire: challenge.expire };
  });

  defineRoute(app, ctx, 'accountUpdateMfaChallenge', (req) => {
    const { user, session } = requireAccount(req.caller);
    const challengeId = readString(req.params, 'challengeId', { required: true });
    const otp = readString(req.params, 'otp', { required: true });
    const challenge = req.ctx.tables.challenges.get(challengeId);
    if (!challenge || challenge.userId !== user.$id || isPast(challenge.expire)) fail('user_invalid_token', 'Invalid token passed in the request.');
    let valid = false;
    if (challenge.factor === 'totp') valid = totpValid(req.ctx, user, otp);
    else if (challenge.factor === 'recoverycode') {
      valid = user.recoveryCodes.includes(otp);
      if (valid) {
        user.recoveryCodes = user.recoveryCodes.filter((c) => c !== otp);
        saveUser(req, user);
      }
    } else valid = secretMatches(otp, challenge.codeHash);
    if (!valid) fail('user_invalid_token', 'Invalid token passed in the request.');
    req.ctx.tables.challenges.delete(challenge.$id);
    const updated = addFactor(req.ctx, session.$id, challenge.factor);
    // The spec lists 204 here, but Appwrite 1.5 answers the updated session with 200; we do the same.
    return req.c.json(toSessionModel(updated, session.$id), 200);
  });
}

/**
 * Fails unless the authenticator type is `totp`, the only one Appwrite 1.5 has.
 *
 * @param type The path parameter.
 */
function checkType(type: unknown): void {
  if (type !== 'totp') fail('general_argument_invalid', 'Invalid `type` param: Value must be one of (totp)');
}

/**
 * Adds a proven factor to a session.
 *
 * @param ctx The emulator context.
 * @param sessionId The session id.
 * @param factor The factor.
 *
 * @returns The updated session.
 */
function addFactor(ctx: EmulatorContext, sessionId: string, factor: string) {
  const session = ctx.tables.sessions.get(sessionId)!;
  const updated = { ...session, factors: [...new Set([...session.factors, factor])], mfaUpdatedAt: isoNow(), $updatedAt: isoNow() };
  ctx.tables.sessions.put(updated.$id, updated);
  return updated;
}
