import { setSessionCookies } from '../../auth/sessionResponse.ts';
import { fail } from '../../errors/AppwriteException.ts';
import type { SessionRecord, TokenRecord, UserRecord } from '../../models/records.ts';
import { toSessionModel } from '../../models/sessionModel.ts';
import type { Caller, EmulatorContext } from '../../server/context.ts';
import { clientIp, type RouteRequest } from '../../server/defineRoute.ts';
import { hashSecret, randomSecret, secretMatches, uniqueId } from '../../util/ids.ts';
import { isPast, isoIn, isoNow } from '../../util/time.ts';

/** How long a session lasts (Appwrite's default: one year). */
export const SESSION_TTL_SECONDS = 365 * 24 * 3600;

/**
 * Creates a user record with its email target.
 *
 * @param ctx The emulator context.
 * @param fields The new user's id and optional email, phone, name and password hash.
 *
 * @returns The stored user.
 */
export function createUser(
  ctx: EmulatorContext,
  fields: { id: string; email?: string; phone?: string; name?: string; passwordHash?: string },
): UserRecord {
  if (ctx.tables.users.get(fields.id)) fail('user_already_exists', 'A user with the same id, email, or phone already exists in this project.');
  if (fields.email && findUserByEmail(ctx, fields.email)) {
    fail('user_already_exists', 'A user with the same id, email, or phone already exists in this project.');
  }
  const now = isoNow();
  const user: UserRecord = {
    $id: fields.id, $createdAt: now, $updatedAt: now, name: fields.name ?? '', email: fields.email ?? '', phone: fields.phone ?? '',
    passwordHash: fields.passwordHash ?? '', registration: now, status: true, labels: [], passwordUpdate: fields.passwordHash ? now : '',
    emailVerification: false, phoneVerification: false, mfa: false, prefs: {}, accessedAt: now,
    totpSecret: '', totpVerified: false, recoveryCodes: [],
  };
  ctx.tables.users.put(user.$id, user);
  if (user.email) addTarget(ctx, user.$id, 'email', user.email);
  if (user.phone) addTarget(ctx, user.$id, 'sms', user.phone);
  return user;
}

/**
 * Adds a messaging target for a user's email or phone.
 *
 * @param ctx The emulator context.
 * @param userId The user id.
 * @param providerType email or sms.
 * @param identifier The address.
 */
export function addTarget(ctx: EmulatorContext, userId: string, providerType: 'email' | 'sms', identifier: string): void {
  const now = isoNow();
  const id = uniqueId();
  ctx.tables.targets.put(id, { $id: id, $createdAt: now, $updatedAt: now, name: '', userId, providerId: '', providerType, identifier });
}

/**
 * Points a user's email or sms target at a new address (or removes it).
 *
 * @param ctx The emulator context.
 * @param userId The user id.
 * @param providerType email or sms.
 * @param identifier The new address, or '' to remove.
 */
export function syncTarget(ctx: EmulatorContext, userId: string, providerType: 'email' | 'sms', identifier: string): void {
  const existing = ctx.tables.targets.find((t) => t.userId === userId && t.providerType === providerType);
  if (existing && !identifier) ctx.tables.targets.delete(existing.$id);
  else if (existing) ctx.tables.targets.put(existing.$id, { ...existing, identifier, $updatedAt: isoNow() });
  else if (identifier) addTarget(ctx, userId, providerType, identifier);
}

/**
 * Finds a user by email, ignoring case.
 *
 * @param ctx The emulator context.
 * @param email The address.
 *
 * @returns The user, if any.
 */
export function findUserByEmail(ctx: EmulatorContext, email: string): UserRecord | undefined {
  const wanted = email.toLowerCase();
  return ctx.tables.users.find((u) => u.email.toLowerCase() === wanted);
}

/**
 * Returns the signed-in user and session, failing like Appwrite when there is none.
 *
 * @param caller The caller.
 *
 * @returns The user and the session.
 */
export function requireAccount(caller: Caller): { user: UserRecord; session: SessionRecord } {
  if (!caller.user || !caller.session) fail('general_unauthorized_scope', 'User (role: guests) missing scope (account)');
  return { user: caller.user, session: caller.session };
}

/**
 * Stores a changed user, stamping `$updatedAt`, and publishes `users.<id>.update[.<what>]`.
 *
 * @param req The route request.
 * @param user The changed user.
 * @param what The changed part (name, email, prefs …), if any.
 *
 * @returns The stored user.
 */
export function saveUser(req: Pick<RouteRequest, 'c' | 'ctx'>, user: UserRecord, what?: string): UserRecord {
  user.$updatedAt = isoNow();
  req.ctx.tables.users.put(user.$id, user);
  const base = `users.${user.$id}.update`;
  req.ctx.events.publish({
    events: what ? [`${base}.${what}`, base] : [base],
    channels: ['account'],
    payload: { $id: user.$id, name: user.name, email: user.email, prefs: user.prefs },
    readRoles: [`user:${user.$id}`],
  });
  if (what) writeLog(req, user.$id, `user.update`);
  return user;
}

/**
 * Creates a session for a user: stores it, sets the cookies and the fallback header,
 * logs it and publishes `users.<U>.sessions.<S>.create`.
 *
 * @param req The route request.
 * @param user The user.
 * @param provider email, anonymous, magic-url, phone, token or an OAuth2 provider.
 * @param factors Factors this login proved (password, email, phone, totp …).
 * @param providerUid The provider's id of the user (email for email logins).
 *
 * @returns The Appwrite session model.
 */
export function startSession(req: Pick<RouteRequest, 'c' | 'ctx'>, user: UserRecord, provider: string, factors: string[], providerUid = ''): Record<string, unknown> {
  if (!user.status) fail('user_blocked', 'The current user has been blocked.');
  const { c, ctx } = req;
  const secret = randomSecret();
  const now = isoNow();
  const session: SessionRecord = {
    $id: uniqueId(), $createdAt: now, $updatedAt: now, userId: user.$id, expire: isoIn(SESSION_TTL_SECONDS), provider, providerUid,
    secretHash: hashSecret(secret), ip: clientIp(c), userAgent: c.req.header('user-agent') ?? '', factors, mfaUpdatedAt: '',
  };
  ctx.tables.sessions.put(session.$id, session);
  user.accessedAt = now;
  ctx.tables.users.put(user.$id, user);
  setSessionCookies(c, ctx.projectId, user.$id, secret, session.expire);
  writeLog(req, user.$id, 'session.create');
  const model = toSessionModel(session, session.$id);
  ctx.events.publish({
    events: [`users.${user.$id}.sessions.${session.$id}.create`, `users.${user.$id}.sessions.*.create`, `users.*.sessions.*.create`],
    channels: ['account'],
    payload: model,
    readRoles: [`user:${user.$id}`],
  });
  return model;
}

/**
 * Appends an entry to the user's audit log.
 *
 * @param req The route request.
 * @param userId The user id.
 * @param event The event name, e.g. `session.create`.
 */
export function writeLog(req: Pick<RouteRequest, 'c' | 'ctx'>, userId: string, event: string): void {
  const id = uniqueId();
  req.ctx.tables.logs.put(id, { $id: id, userId, event, ip: clientIp(req.c), time: isoNow(), userAgent: req.c.req.header('user-agent') ?? '' });
}

/**
 * Creates a one-time token for a user.
 *
 * @param ctx The emulator context.
 * @param userId The user id.
 * @param kind What it is for.
 * @param ttlSeconds How long it lasts.
 * @param secret The secret (a random one when omitted).
 * @param phrase A security phrase shown to the user, if any.
 *
 * @returns The stored token and its secret.
 */
export function issueToken(
  ctx: EmulatorContext,
  userId: string,
  kind: TokenRecord['kind'],
  ttlSeconds: number,
  secret: string = randomSecret(128),
  phrase = '',
): { token: TokenRecord; secret: string } {
  const token: TokenRecord = { $id: uniqueId(), $createdAt: isoNow(), userId, kind, secretHash: hashSecret(secret), expire: isoIn(ttlSeconds), phrase };
  ctx.tables.tokens.put(token.$id, token);
  return { token, secret };
}

/**
 * Finds and removes a valid token of the given kinds, failing with 401 `user_invalid_token` otherwise.
 *
 * @param ctx The emulator context.
 * @param userId The user id the client sent.
 * @param secret The secret the client sent.
 * @param kinds Accepted token kinds.
 *
 * @returns The consumed token.
 */
export function consumeToken(ctx: EmulatorContext, userId: string, secret: string, kinds: readonly TokenRecord['kind'][]): TokenRecord {
  const token = ctx.tables.tokens.find((t) => t.userId === userId && kinds.includes(t.kind) && secretMatches(secret, t.secretHash));
  if (!token || isPast(token.expire)) fail('user_invalid_token', 'Invalid token passed in the request.');
  ctx.tables.tokens.delete(token.$id);
  return token;
}

/**
 * Creates a random numeric code (for email/SMS one-time passwords).
 *
 * @param digits How many digits.
 *
 * @returns The code.
 */
export function numericCode(digits = 6): string {
  let code = '';
  const bytes = randomSecret(digits);
  for (let i = 0; i < digits; i += 1) code += String(Number.parseInt(bytes.slice(i * 2, i * 2 + 2), 16) % 10);
  return code;
}

/**
 * Creates a link with the query parameters Appwrite appends to redirect URLs.
 *
 * @param base The URL the client gave.
 * @param query Parameters to add.
 *
 * @returns The full URL.
 */
export function linkWith(base: string, query: Record<string, string>): string {
  // Like Appwrite's Template::parseURL/unParseURL: scheme, host and path stay as the client wrote them,
  // the query is merged and re-encoded, the fragment goes last.
  const hashAt = base.indexOf('#');
  const fragment = hashAt === -1 ? '' : base.slice(hashAt);
  const beforeHash = hashAt === -1 ? base : base.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  for (const [key, value] of Object.entries(query)) params.set(key, value);
  return `${path}?${params.toString()}${fragment}`;
}
