import type { Hono } from 'hono';
import { fail } from '../../errors/AppwriteException.ts';
import type { UserRecord } from '../../models/records.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute, type RouteRequest } from '../../server/defineRoute.ts';
import { isUrl, readString } from '../../server/validate.ts';
import { uniqueId } from '../../util/ids.ts';
import { isoNow } from '../../util/time.ts';
import { checkRedirectHost } from '../../server/redirectHost.ts';
import { createUser, findUserByEmail, issueToken, linkWith, startSession } from './accountSupport.ts';

const FAKE_PROVIDER_PATH = '/v1/__emulator/oauth2';

/**
 * Registers the OAuth2 routes. There is no real provider offline: both routes redirect
 * to the emulator's built-in fake provider, which signs the user in at once
 * (as `<provider>.user@example.com`, or `?email=` when the authorize URL is opened by hand)
 * and redirects to `success` — with a session cookie (session flow) or `userId`/`secret` (token flow).
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerOAuth2Routes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'accountCreateOAuth2Session', (req) => redirectToFakeProvider(req, 'session'));
  defineRoute(app, ctx, 'accountCreateOAuth2Token', (req) => redirectToFakeProvider(req, 'token'));

  app.get(`${FAKE_PROVIDER_PATH}/:provider/authorize`, async (c) => {
    const provider = c.req.param('provider');
    const success = c.req.query('success') ?? '';
    const mode = c.req.query('mode') === 'token' ? 'token' : 'session';
    const email = (c.req.query('email') ?? `${provider}.user@example.com`).toLowerCase();
    const caller = await ctx.getCaller(c);
    // Same user as before for this provider identity; a signed-in caller gets the identity linked.
    const identity = ctx.tables.identities.find((i) => i.provider === provider && i.providerUid === email);
    let user: UserRecord | undefined = identity ? ctx.tables.users.get(identity.userId) : (caller.user ?? findUserByEmail(ctx, email));
    if (!user) user = createUser(ctx, { id: uniqueId(), email, name: email.split('@')[0] ?? '' });
    user.emailVerification = user.email === email ? true : user.emailVerification;
    ctx.tables.users.put(user.$id, user);
    if (!identity) {
      const now = isoNow();
      const id = uniqueId();
      ctx.tables.identities.put(id, { $id: id, $createdAt: now, $updatedAt: now, userId: user.$id, provider, providerUid: email, providerEmail: email });
    }
    if (mode === 'token') {
      const { secret } = issueToken(ctx, user.$id, 'oauth2', 15 * 60);
      return c.redirect(linkWith(success, { userId: user.$id, secret }), 301);
    }
    startSession({ c, ctx }, user, provider, ['email'], email);
    return c.redirect(success, 301);
  });
}

/**
 * Answers an OAuth2 start with a redirect to the fake provider.
 *
 * @param req The route request.
 * @param mode session or token.
 *
 * @returns The redirect.
 */
function redirectToFakeProvider(req: RouteRequest, mode: 'session' | 'token'): Response {
  const provider = String(req.params.provider);
  if (!/^[a-z0-9]{2,32}$/.test(provider)) fail('general_argument_invalid', 'Invalid `provider` param: Value must be one of the supported OAuth2 providers');
  const origin = new URL(req.c.req.url).origin;
  const sentSuccess = readString(req.params, 'success', { test: isUrl });
  const sentFailure = readString(req.params, 'failure', { test: isUrl });
  checkRedirectHost(req.c, req.ctx.config, 'success', sentSuccess);
  checkRedirectHost(req.c, req.ctx.config, 'failure', sentFailure);
  const success = sentSuccess ?? `${origin}/auth/oauth2/success`;
  const failure = sentFailure ?? `${origin}/auth/oauth2/failure`;
  const target = linkWith(`${origin}${FAKE_PROVIDER_PATH}/${provider}/authorize`, { project: req.ctx.projectId, success, failure, mode });
  return req.c.redirect(target, 301);
}
