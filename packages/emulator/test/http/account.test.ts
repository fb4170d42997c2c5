import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, expectError, type Api } from '../helpers/api.ts';

let emulator: RunningEmulator;
const api = (): Api => createApi(emulator.url, emulator.projectId);
const outbox = async (kind: string, to: string) => {
  const response = await fetch(`${emulator.url}/__emulator/outbox?kind=${kind}&to=${encodeURIComponent(to)}`);
  const { messages } = (await response.json()) as { messages: Array<{ data: Record<string, string> }> };
  return messages.at(-1)!.data;
};

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(async () => {
  await emulator.close();
});

describe('account over plain HTTP', () => {
  it('signs up, logs in with email and password, and reads the account', async () => {
    const client = api();
    expectError(await client.get('/account'), 401, 'general_unauthorized_scope');
    const created = await client.post('/account', { userId: 'unique()', email: 'Ada@Example.com', password: 'correct horse', name: 'Ada' });
    expect(created.status).toBe(201);
    expect(created.body.email).toBe('ada@example.com');
    expectError(await client.post('/account', { userId: 'unique()', email: 'ada@example.com', password: 'correct horse' }), 409, 'user_already_exists');
    expectError(await client.post('/account', { userId: 'unique()', email: 'bad', password: 'correct horse' }), 400, 'general_argument_invalid');
    expectError(await client.post('/account', { userId: 'unique()', email: 'x@example.com', password: 'short' }), 400, 'general_argument_invalid');
    expectError(await client.post('/account/sessions/email', { email: 'ada@example.com', password: 'wrong password' }), 401, 'user_invalid_credentials');
    const session = await client.post('/account/sessions/email', { email: 'ada@example.com', password: 'correct horse' });
    expect(session.status).toBe(201);
    expect(session.body).toMatchObject({ provider: 'email', current: true, factors: ['password'], secret: '' });
    expect(session.headers.get('x-fallback-cookies')).toContain(`a_session_${emulator.projectId}`);
    const me = await client.get('/account');
    expect(me.body.$id).toBe(created.body.$id);
  });

  it('updates name, email, password, phone, prefs and lists logs', async () => {
    const client = api();
    await client.post('/account', { userId: 'bob', email: 'bob@example.com', password: 'password-1' });
    await client.post('/account/sessions/email', { email: 'bob@example.com', password: 'password-1' });
    expect((await client.patch('/account/name', { name: 'Bob' })).body.name).toBe('Bob');
    expectError(await client.patch('/account/email', { email: 'bob2@example.com', password: 'nope-nope' }), 401, 'user_invalid_credentials');
    expect((await client.patch('/account/email', { email: 'bob2@example.com', password: 'password-1' })).body.email).toBe('bob2@example.com');
    expectError(await client.patch('/account/password', { password: 'password-2', oldPassword: 'wrong-old' }), 401, 'user_invalid_credentials');
    expect((await client.patch('/account/password', { password: 'password-2', oldPassword: 'password-1' })).status).toBe(200);
    expect((await client.patch('/account/phone', { phone: '+15550001111', password: 'password-2' })).body.phone).toBe('+15550001111');
    expectError(await client.patch('/account/phone', { phone: '555', password: 'password-2' }), 400, 'general_argument_invalid');
    expect((await client.patch('/account/prefs', { prefs: { theme: 'dark' } })).body.prefs).toEqual({ theme: 'dark' });
    expect((await client.get('/account/prefs')).body).toEqual({ theme: 'dark' });
    const logs = await client.get(`/account/logs?queries[0]=${encodeURIComponent('{"method":"limit","values":[2]}')}`);
    expect(logs.body.logs).toHaveLength(2);
    expect(logs.body.total).toBeGreaterThan(2);
    // The new password works and the old one does not.
    const other = api();
    expectError(await other.post('/account/sessions/email', { email: 'bob2@example.com', password: 'password-1' }), 401, 'user_invalid_credentials');
    expect((await other.post('/account/sessions/email', { email: 'bob2@example.com', password: 'password-2' })).status).toBe(201);
  });

  it('manages sessions: list, get current, extend, delete one and all', async () => {
    const first = api();
    const second = api();
    await first.post('/account', { userId: 'carol', email: 'carol@example.com', password: 'password-1' });
    const s1 = (await first.post('/account/sessions/email', { email: 'carol@example.com', password: 'password-1' })).body;
    const s2 = (await second.post('/account/sessions/email', { email: 'carol@example.com', password: 'password-1' })).body;
    const list = await first.get('/account/sessions');
    expect(list.body.total).toBe(2);
    expect(list.body.sessions.find((s: any) => s.current).$id).toBe(s1.$id);
    expect((await first.get('/account/sessions/current')).body.$id).toBe(s1.$id);
    expect((await first.get(`/account/sessions/${s2.$id}`)).body.current).toBe(false);
    expectError(await first.get('/account/sessions/nope'), 404, 'user_session_not_found');
    const extended = await first.patch('/account/sessions/current');
    expect(Date.parse(extended.body.expire)).toBeGreaterThanOrEqual(Date.parse(s1.expire));
    expect((await first.delete(`/account/sessions/${s2.$id}`)).status).toBe(204);
    expectError(await second.get('/account'), 401, 'general_unauthorized_scope');
    expect((await first.delete('/account/sessions')).status).toBe(204);
    expectError(await first.get('/account'), 401, 'general_unauthorized_scope');
  });

  it('creates anonymous sessions, upgrades them with an email and issues JWTs', async () => {
    const client = api();
    const session = await client.post('/account/sessions/anonymous');
    expect(session.body.provider).toBe('anonymous');
    expectError(await client.post('/account/sessions/anonymous'), 401, 'user_session_already_exists');
    const upgraded = await client.patch('/account/email', { email: 'anon@example.com', password: 'password-1' });
    expect(upgraded.body.email).toBe('anon@example.com');
    const { jwt } = (await client.post('/account/jwt')).body;
    expect(jwt.split('.')).toHaveLength(3);
    const viaJwt = api();
    expect((await viaJwt.get('/account', { 'X-Appwrite-JWT': jwt })).body.$id).toBe(upgraded.body.$id);
    expectError(await viaJwt.get('/account', { 'X-Appwrite-JWT': `${jwt}x` }), 401, 'user_jwt_invalid');
  });

  it('logs in with an email OTP, a magic URL and a phone code', async () => {
    const client = api();
    const token = await client.post('/account/tokens/email', { userId: 'unique()', email: 'otp@example.com', phrase: true });
    expect(token.status).toBe(201);
    expect(token.body.secret).toBe('');
    expect(token.body.phrase).not.toBe('');
    const otp = await outbox('email-otp', 'otp@example.com');
    expect(otp.secret).toMatch(/^\d{6}$/);
    expectError(await client.post('/account/sessions/token', { userId: token.body.userId, secret: '000000x' }), 401, 'user_invalid_token');
    const session = await client.post('/account/sessions/token', { userId: token.body.userId, secret: otp.secret });
    expect(session.status).toBe(201);
    expect((await client.get('/account')).body.emailVerification).toBe(true);

    const magic = api();
    const magicToken = await magic.post('/account/tokens/magic-url', { userId: 'unique()', email: 'magic@example.com', url: 'http://127.0.0.1/done' });
    const link = await outbox('magic-url', 'magic@example.com');
    expect(link.url).toContain('http://127.0.0.1/done?userId=');
    expect((await magic.put('/account/sessions/magic-url', { userId: magicToken.body.userId, secret: link.secret })).body.provider).toBe('magic-url');
    expectError(await api().put('/account/sessions/magic-url', { userId: magicToken.body.userId, secret: link.secret }), 401, 'user_invalid_token');

    const phone = api();
    const phoneToken = await phone.post('/account/tokens/phone', { userId: 'unique()', phone: '+15550002222' });
    const sms = await outbox('phone-otp', '+15550002222');
    const phoneSession = await phone.put('/account/sessions/phone', { userId: phoneToken.body.userId, secret: sms.secret });
    expect(phoneSession.body.provider).toBe('phone');
    expect((await phone.get('/account')).body.phoneVerification).toBe(true);
  });

  it('verifies email and phone, and recovers a password', async () => {
    const client = api();
    await client.post('/account', { userId: 'dave', email: 'dave@example.com', password: 'password-1' });
    await client.post('/account/sessions/email', { email: 'dave@example.com', password: 'password-1' });
    expect((await client.post('/account/verification', { url: 'http://127.0.0.1/verify' })).status).toBe(201);
    const verification = await outbox('verification', 'dave@example.com');
    expectError(await client.put('/account/verification', { userId: 'dave', secret: 'wrong' }), 401, 'user_invalid_token');
    expect((await client.put('/account/verification', { userId: 'dave', secret: verification.secret })).status).toBe(200);
    expect((await client.get('/account')).body.emailVerification).toBe(true);
    expectError(await client.post('/account/verification', { url: 'http://127.0.0.1/verify' }), 409, 'user_email_already_verified');

    expectError(await client.post('/account/verification/phone'), 400, 'user_phone_not_found');
    await client.patch('/account/phone', { phone: '+15550003333', password: 'password-1' });
    expect((await client.post('/account/verification/phone')).status).toBe(201);
    const code = await outbox('phone-verification', '+15550003333');
    expect((await client.put('/account/verification/phone', { userId: 'dave', secret: code.secret })).status).toBe(200);
    expect((await client.get('/account')).body.phoneVerification).toBe(true);

    const guest = api();
    expectError(await guest.post('/account/recovery', { email: 'nobody@example.com', url: 'http://127.0.0.1/reset' }), 404, 'user_not_found');
    expect((await guest.post('/account/recovery', { email: 'dave@example.com', url: 'http://127.0.0.1/reset' })).status).toBe(201);
    const recovery = await outbox('recovery', 'dave@example.com');
    expect((await guest.put('/account/recovery', { userId: 'dave', secret: recovery.secret, password: 'password-new' })).status).toBe(200);
    expect((await guest.post('/account/sessions/email', { email: 'dave@example.com', password: 'password-new' })).status).toBe(201);
  });

  it('runs MFA: TOTP authenticator, recovery codes, factors and challenges', async () => {
    const client = api();
    await client.post('/account', { userId: 'erin', email: 'erin@example.com', password: 'password-1' });
    await client.post('/account/sessions/email', { email: 'erin@example.com', password: 'password-1' });
    const added = await client.post('/account/mfa/authenticators/totp');
    expect(added.body.uri).toMatch(/^otpauth:\/\/totp\//);
    const totp = new TOTP({ secret: Secret.fromBase32(added.body.secret), digits: 6, period: 30, algorithm: 'SHA1' });
    expectError(await client.put('/account/mfa/authenticators/totp', { otp: '000000' === totp.generate() ? '111111' : '000000' }), 401, 'user_invalid_token');
    expect((await client.put('/account/mfa/authenticators/totp', { otp: totp.generate() })).status).toBe(200);
    expectError(await client.post('/account/mfa/authenticators/totp'), 409, 'user_authenticator_already_verified');
    const codes = (await client.post('/account/mfa/recovery-codes')).body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expectError(await client.post('/account/mfa/recovery-codes'), 409, 'user_recovery_codes_already_exists');
    expect((await client.get('/account/mfa/recovery-codes')).body.recoveryCodes).toEqual(codes);
    const regenerated = (await client.patch('/account/mfa/recovery-codes')).body.recoveryCodes as string[];
    expect(regenerated).not.toEqual(codes);
    expect((await client.get('/account/mfa/factors')).body).toEqual({ totp: true, phone: false, email: false, recoveryCode: true });
    expect((await client.patch('/account/mfa', { mfa: true })).body.mfa).toBe(true);

    // A new login now needs a second factor before the account is readable.
    const second = api();
    await second.post('/account/sessions/email', { email: 'erin@example.com', password: 'password-1' });
    expectError(await second.get('/account'), 401, 'user_more_factors_required');
    const challenge = await second.post('/account/mfa/challenge', { factor: 'totp' });
    expect(challenge.status).toBe(201);
    expectError(await second.put('/account/mfa/challenge', { challengeId: challenge.body.$id, otp: 'abc' }), 401, 'user_invalid_token');
    const done = await second.put('/account/mfa/challenge', { challengeId: challenge.body.$id, otp: totp.generate() });
    expect(done.body.factors).toEqual(['password', 'totp']);
    expect((await second.get('/account')).status).toBe(200);

    const third = api();
    await third.post('/account/sessions/email', { email: 'erin@example.com', password: 'password-1' });
    const recovery = await third.post('/account/mfa/challenge', { factor: 'recoverycode' });
    expect((await third.put('/account/mfa/challenge', { challengeId: recovery.body.$id, otp: regenerated[0] })).status).toBe(200);
    expect((await third.get('/account')).status).toBe(200);

    expect((await client.delete('/account/mfa/authenticators/totp', { otp: totp.generate() })).status).toBe(204);
    expect((await client.get('/account/mfa/factors')).body.totp).toBe(false);
  });

  it('handles OAuth2 through the built-in fake provider, identities and push targets', async () => {
    const client = api();
    const start = await client.get('/account/sessions/oauth2/github?success=http://127.0.0.1/ok&failure=http://127.0.0.1/fail');
    expect(start.status).toBe(301);
    const providerPage = start.headers.get('location')!;
    const back = await fetch(providerPage, { redirect: 'manual' });
    expect(back.status).toBe(301);
    expect(back.headers.get('location')).toBe('http://127.0.0.1/ok');
    client.cookie = back.headers.getSetCookie()[0]!.split(';')[0]!;
    const me = await client.get('/account');
    expect(me.body.email).toBe('github.user@example.com');
    const identities = await client.get('/account/identities');
    expect(identities.body.identities[0].provider).toBe('github');
    expect((await client.delete(`/account/identities/${identities.body.identities[0].$id}`)).status).toBe(204);
    expectError(await client.delete('/account/identities/missing'), 404, 'user_identity_not_found');

    const tokenStart = await api().get('/account/tokens/oauth2/google?success=http://127.0.0.1/ok');
    const tokenBack = await fetch(tokenStart.headers.get('location')!, { redirect: 'manual' });
    const params = new URL(tokenBack.headers.get('location')!).searchParams;
    const viaToken = api();
    expect((await viaToken.post('/account/sessions/token', { userId: params.get('userId'), secret: params.get('secret') })).status).toBe(201);

    const target = await client.post('/account/targets/push', { targetId: 'device1', identifier: 'fcm-token-1' });
    expect(target.body.providerType).toBe('push');
    expectError(await client.post('/account/targets/push', { targetId: 'device1', identifier: 'x' }), 409, 'user_target_already_exists');
    expect((await client.put('/account/targets/device1/push', { identifier: 'fcm-token-2' })).body.identifier).toBe('fcm-token-2');
    expect((await client.delete('/account/targets/device1/push')).status).toBe(204);
    expectError(await client.delete('/account/targets/device1/push'), 404, 'user_target_not_found');
  });

  it('blocks the account', async () => {
    const client = api();
    await client.post('/account', { userId: 'frank', email: 'frank@example.com', password: 'password-1' });
    await client.post('/account/sessions/email', { email: 'frank@example.com', password: 'password-1' });
    const cookie = client.cookie;
    expect((await client.patch('/account/status')).body.status).toBe(false);
    client.cookie = cookie;
    expectError(await client.get('/account'), 401, 'user_blocked');
    expectError(await api().post('/account/sessions/email', { email: 'frank@example.com', password: 'password-1' }), 401, 'user_blocked');
  });
});
