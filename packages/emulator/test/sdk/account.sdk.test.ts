import * as account from '@aw/account';
import { AppwriteError, Query, withJwt } from '@aw/core';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { lastMessage, sdkClient } from './sdkClient.ts';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, config: { projectId: 'sdk-account' } });
});
afterAll(async () => {
  await emulator.close();
});

/**
 * Runs a call that must fail and returns its AppwriteError.
 *
 * @param call The call.
 *
 * @returns The error.
 */
async function failure(call: Promise<unknown>): Promise<AppwriteError> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppwriteError);
  return error as AppwriteError;
}

describe('@aw/account against the emulator', () => {
  it('registers, signs in, reads and edits the profile', async () => {
    const client = sdkClient(emulator);
    expect((await failure(account.getCurrentUser(client))).type).toBe('general_unauthorized_scope');
    const user = await account.registerUser(client, { userId: 'ada', email: 'ada@example.com', password: 'correct horse', name: 'Ada' });
    expect(user.$id).toBe('ada');
    const raw = await account.createEmailPasswordSession(client, { email: 'ada@example.com', password: 'correct horse' }).raw();
    expect(raw.status).toBe(201);
    expect(account.readSessionSecret(client, raw)).toBeTruthy();
    expect((await account.getCurrentUser(client)).email).toBe('ada@example.com');
    expect((await account.updateName(client, { name: 'Ada L.' })).name).toBe('Ada L.');
    expect((await account.updateNameOperation(client, { name: 'Ada Lovelace' })).name).toBe('Ada Lovelace');
    expect((await account.updateUserEmail(client, { email: 'ada@lovelace.dev', password: 'correct horse' })).email).toBe('ada@lovelace.dev');
    expect((await account.updatePassword(client, { password: 'correct horse 2', oldPassword: 'correct horse' })).passwordUpdate).not.toBe('');
    expect((await account.updatePhone(client, { phone: '+15550100001', password: 'correct horse 2' })).phone).toBe('+15550100001');
    expect((await account.updatePreferences(client, { prefs: { theme: 'dark' } })).prefs).toEqual({ theme: 'dark' });
    expect(await account.getPrefs(client)).toEqual({ theme: 'dark' });
    const logs = await account.listLogs(client, { queries: [Query.limit(1)] });
    expect(logs.logs).toHaveLength(1);
    expect((await account.createJwt(client)).jwt).toMatch(/^ey/);
  });

  it('acts for a user with a JWT and manages sessions', async () => {
    const client = sdkClient(emulator);
    await account.registerUser(client, { userId: 'bo', email: 'bo@example.com', password: 'password-1' });
    const first = await account.createEmailPasswordSession(client, { email: 'bo@example.com', password: 'password-1' });
    const { jwt } = await account.createJwt(client);
    const server = withJwt(sdkClient(emulator), jwt);
    expect((await account.getCurrentUser(server)).$id).toBe('bo');
    const other = sdkClient(emulator);
    const second = await account.createEmailPasswordSession(other, { email: 'bo@example.com', password: 'password-1' });
    expect((await account.listSessions(client)).total).toBe(2);
    expect((await account.getSession(client, { sessionId: 'current' })).$id).toBe(first.$id);
    expect((await account.extendSessionLength(client, { sessionId: 'current' })).$id).toBe(first.$id);
    await account.logoutSessionById(client, { sessionId: second.$id });
    expect((await failure(account.getCurrentUser(other))).status).toBe(401);
    await account.removeSessions(client);
    expect((await failure(account.getCurrentUser(client))).type).toBe('general_unauthorized_scope');
  });

  it('signs in with anonymous, email OTP, magic URL, phone and OAuth2 token flows', async () => {
    const anon = sdkClient(emulator);
    expect((await account.createAnonymousSession(anon)).provider).toBe('anonymous');

    const otp = sdkClient(emulator);
    const token = await account.createEmailToken(otp, { userId: 'unique()', email: 'otp@example.com' });
    await account.createSessionFromToken(otp, { userId: token.userId, secret: lastMessage(emulator, 'email-otp', 'otp@example.com').secret! });
    expect((await account.getCurrentUser(otp)).emailVerification).toBe(true);

    const magic = sdkClient(emulator);
    const magicToken = await account.createMagicUrlToken(magic, { userId: 'unique()', email: 'magic@example.com', url: 'http://127.0.0.1/cb' });
    await account.updateMagicUrlSession(magic, { userId: magicToken.userId, secret: lastMessage(emulator, 'magic-url', 'magic@example.com').secret! });
    expect((await account.getCurrentUser(magic)).email).toBe('magic@example.com');

    const phone = sdkClient(emulator);
    const phoneToken = await account.createPhoneToken(phone, { userId: 'unique()', phone: '+15550100002' });
    await account.updatePhoneSession(phone, { userId: phoneToken.userId, secret: lastMessage(emulator, 'phone-otp', '+15550100002').secret! });
    expect((await account.getCurrentUser(phone)).phoneVerification).toBe(true);

    const oauth = sdkClient(emulator);
    const sessionUrl = account.createOAuth2Session(oauth, { provider: 'github', success: 'http://127.0.0.1/ok', failure: 'http://127.0.0.1/no' });
    expect((await fetch(sessionUrl, { redirect: 'manual' })).status).toBe(301);
    const start = await fetch(account.createOAuth2Token(oauth, { provider: 'github', success: 'http://127.0.0.1/ok', failure: 'http://127.0.0.1/no' }), { redirect: 'manual' });
    const done = await fetch(start.headers.get('location')!, { redirect: 'manual' });
    const back = new URL(done.headers.get('location')!).searchParams;
    await account.createSessionFromToken(oauth, { userId: back.get('userId')!, secret: back.get('secret')! });
    const identities = await account.listIdentities(oauth);
    expect(identities.identities[0]!.provider).toBe('github');
    await account.deleteIdentityById(oauth, { identityId: identities.identities[0]!.$id });
    expect((await account.listIdentities(oauth)).total).toBe(0);
  });

  it('verifies email and phone and recovers the password', async () => {
    const client = sdkClient(emulator);
    await account.registerUser(client, { userId: 'cy', email: 'cy@example.com', password: 'password-1' });
    await account.createEmailPasswordSession(client, { email: 'cy@example.com', password: 'password-1' });
    await account.sendEmailVerification(client, { url: 'http://127.0.0.1/verify' });
    await account.confirmEmailVerification(client, { userId: 'cy', secret: lastMessage(emulator, 'verification', 'cy@example.com').secret! });
    await account.updatePhone(client, { phone: '+15550100003', password: 'password-1' });
    await account.createPhoneVerification(client);
    await account.confirmPhoneVerification(client, { userId: 'cy', secret: lastMessage(emulator, 'phone-verification', '+15550100003').secret! });
    const me = await account.getCurrentUser(client);
    expect([me.emailVerification, me.phoneVerification]).toEqual([true, true]);
    // The seed's names for the same two calls still work.
    await account.createEmailVerification0(client, { url: 'http://127.0.0.1/verify' }).catch((e: AppwriteError) => expect(e.type).toBe('user_email_already_verified'));

    const guest = sdkClient(emulator);
    await account.createPasswordRecovery(guest, { email: 'cy@example.com', url: 'http://127.0.0.1/reset' });
    await account.completePasswordRecovery(guest, { userId: 'cy', secret: lastMessage(emulator, 'recovery', 'cy@example.com').secret!, password: 'password-new' });
    expect((await account.createEmailPasswordSession(guest, { email: 'cy@example.com', password: 'password-new' })).userId).toBe('cy');
  });

  it('runs the MFA flows with a real TOTP authenticator', async () => {
    const client = sdkClient(emulator);
    await account.registerUser(client, { userId: 'di', email: 'di@example.com', password: 'password-1' });
    await account.createEmailPasswordSession(client, { email: 'di@example.com', password: 'password-1' });
    const { secret } = await account.addAuthenticator(client, { type: 'totp' });
    const totp = new TOTP({ secret: Secret.fromBase32(secret) });
    await account.verifyAuthenticator(client, { type: 'totp', otp: totp.generate() });
    const codes = await account.createMfaRecoveryCodes(client);
    expect((await account.getMfaRecoveryCodes(client)).recoveryCodes).toEqual(codes.recoveryCodes);
    expect((await account.regenerateMfaRecoveryCodes(client)).recoveryCodes).toHaveLength(10);
    expect((await account.listMfaFactors(client)).totp).toBe(true);
    expect((await account.updateMfaStatus(client, { mfa: true })).mfa).toBe(true);

    const second = sdkClient(emulator);
    await account.createEmailPasswordSession(second, { email: 'di@example.com', password: 'password-1' });
    expect((await failure(account.getCurrentUser(second))).type).toBe('user_more_factors_required');
    const challenge = await account.createMfaChallenge(second, { factor: 'totp' });
    await account.completeMfaChallenge(second, { challengeId: challenge.$id, otp: totp.generate() });
    expect((await account.getCurrentUser(second)).$id).toBe('di');
    await account.deleteAuthenticator(client, { type: 'totp', otp: totp.generate() });
    expect((await account.listMfaFactors(client)).totp).toBe(false);
  });

  it('manages push targets and blocks the account', async () => {
    const client = sdkClient(emulator);
    await account.registerUser(client, { userId: 'ed', email: 'ed@example.com', password: 'password-1' });
    await account.createEmailPasswordSession(client, { email: 'ed@example.com', password: 'password-1' });
    expect((await account.createPushTarget(client, { targetId: 'phone1', identifier: 'token-a' })).identifier).toBe('token-a');
    expect((await account.updatePushTarget(client, { targetId: 'phone1', identifier: 'token-b' })).identifier).toBe('token-b');
    await account.deletePushTarget(client, { targetId: 'phone1' });
    expect((await account.blockUserStatus(client)).status).toBe(false);
    const again = sdkClient(emulator);
    expect((await failure(account.createEmailPasswordSession(again, { email: 'ed@example.com', password: 'password-1' }))).type).toBe('user_blocked');
  });
});
