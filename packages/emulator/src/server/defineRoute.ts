import type { Context, Hono } from 'hono';
import { checkKeyScope } from '../auth/apiKeys.ts';
import { fail } from '../errors/AppwriteException.ts';
import { routeSpecs, type RouteSpec } from '../generated/routes.ts';
import { serverRouteSpecs } from '../generated/serverRoutes.ts';
import type { Caller, EmulatorContext } from './context.ts';
import { applyRequestFilters } from './filters/requestFilters.ts';
import { applyResponseFilters, hasResponseFilter } from './filters/responseFilters.ts';
import { responseFormatOf } from './filters/responseFormat.ts';
import { createRateLimiter } from './rateLimiter.ts';
import { readParams } from './readParams.ts';

/** What a route handler receives. */
export interface RouteRequest {
  /** The Hono context (headers, raw body, response headers). */
  c: Context;
  /** The emulator context. */
  ctx: EmulatorContext;
  /** Who is calling. */
  caller: Caller;
  /** Query, body and path parameters merged. */
  params: Record<string, unknown>;
  /** What the spec says about this route. */
  spec: RouteSpec;
}

/**
 * A route handler: return a JSON-able model (sent with the spec's status), `null`/`undefined`
 * for 204, or a `Response` for anything else (bytes, redirects).
 */
export type RouteHandler = (request: RouteRequest) => unknown;

/** Options of `defineRoute`. */
export interface RouteOptions {
  /** Leave the body unread so the handler can read it itself (e.g. streamed uploads). */
  rawBody?: boolean;
  /** More paths (below /v1, same method) that Appwrite 1.5 also answers for this operation. */
  aliases?: string[];
  /** Registers the handler under another method and path than the spec's (for routes missing from the client spec), keeping its scope. */
  as?: { method: string; path: string };
  /** Refuses a signed-in caller with 401 `user_session_already_exists` (Appwrite's `session` route group). */
  guestOnly?: boolean;
}

// Scopes Appwrite grants to guests; signed-in users get every client scope.
const GUEST_SCOPES = new Set([
  'public', 'home', 'graphql', 'sessions.write', 'documents.read', 'documents.write',
  'files.read', 'files.write', 'locale.read', 'avatars.read', 'execution.read', 'execution.write',
]);

// Scopes of Appwrite's `users` role (app/config/roles.php): a session never reaches the server-only routes.
const USER_SCOPES = new Set([
  'global', 'public', 'home', 'console', 'graphql', 'sessions.write', 'account', 'teams.read', 'teams.write',
  'documents.read', 'documents.write', 'files.read', 'files.write', 'projects.read', 'projects.write', 'locale.read',
  'avatars.read', 'execution.read', 'execution.write', 'targets.read', 'targets.write', 'subscribers.write',
  'subscribers.read', 'assistant.read',
]);

// Routes a user with MFA on may call before completing the second factor.
const MFA_PENDING_ALLOWED = new Set([
  'accountCreateMfaChallenge', 'accountUpdateMfaChallenge', 'accountListMfaFactors',
  'accountDeleteSession', 'accountDeleteSessions', 'accountGetSession',
]);

const limiters = new WeakMap<EmulatorContext, ReturnType<typeof createRateLimiter>>();

/**
 * Forgets every rate-limit window of an emulator (used by `reset()`).
 *
 * @param ctx The emulator context.
 */
export function forgetRateLimits(ctx: EmulatorContext): void {
  limiters.delete(ctx);
}

/**
 * Registers one spec operation on the app. The wrapper checks the project header,
 * resolves the caller, enforces scopes, pending MFA and rate limits, reads parameters
 * and turns the handler's result into an Appwrite-shaped response.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 * @param operationId The spec's operation id, e.g. `accountGet`.
 * @param handler The handler.
 * @param options Route options.
 */
export function defineRoute(app: Hono, ctx: EmulatorContext, operationId: string, handler: RouteHandler, options: RouteOptions = {}): void {
  const spec = routeSpecs.find((r) => r.operationId === operationId) ?? serverRouteSpecs.find((r) => r.operationId === operationId);
  if (!spec) throw new Error(`Unknown operation ${operationId}`);
  const toHono = (path: string): string => `/v1${path.replace(/\{(\w+)\}/g, ':$1')}`;
  const paths = [toHono(options.as?.path ?? spec.path), ...(options.aliases ?? []).map(toHono)];
  app.on(options.as?.method ?? spec.method, paths, async (c) => {
    checkProject(c, ctx.projectId);
    const caller = await ctx.getCaller(c);
    if (options.guestOnly && caller.user) fail('user_session_already_exists', 'Creation of a session is prohibited when a session is active.');
    if (caller.key) checkKeyScope(c, ctx.projectId, caller.key, spec.scope);
    else if (caller.user && !USER_SCOPES.has(spec.scope)) {
      fail('general_unauthorized_scope', `${caller.user.email || 'User'} (role: users) missing scope (${spec.scope})`);
    }
    if (caller.user && !caller.user.status) fail('user_blocked', 'The current user has been blocked.');
    if (!caller.user && !caller.key && !GUEST_SCOPES.has(spec.scope)) {
      fail('general_unauthorized_scope', `User (role: guests) missing scope (${spec.scope})`);
    }
    if (caller.user?.mfa && caller.session && caller.session.factors.length < 2 && !MFA_PENDING_ALLOWED.has(operationId)) {
      fail('user_more_factors_required', 'More factors are required to complete the sign in process.');
    }
    // Older SDKs (X-Appwrite-Response-Format below 1.5.0) get their parameters and answers rewritten as Appwrite 1.5 does.
    const format = responseFormatOf(c);
    const params = applyRequestFilters(operationId, await readParams(c, !options.rawBody), format);
    // With rate limits off (Appwrite's abuse option disabled) the X-RateLimit-* headers are still sent, nothing is refused.
    // A key is never counted or refused, as in Appwrite.
    if (spec.rateLimit > 0 && !caller.key) applyRateLimit(c, ctx, spec, caller, params);
    const result = await handler({ c, ctx, caller, params, spec });
    if (result instanceof Response) return hasResponseFilter(spec.model, format) ? filterJsonResponse(result, spec.model, format) : result;
    if (result === null || result === undefined) return c.body(null, 204);
    return c.json(applyResponseFilters(spec.model, result, format) as object, spec.status as 200);
  });
}

/**
 * Rewrites a JSON answer a handler built itself (to set its own status or headers) for an older client.
 *
 * @param response The handler's response.
 * @param model The response model name.
 * @param format The client's format.
 *
 * @returns The response with its body rewritten, headers and status kept.
 */
async function filterJsonResponse(response: Response, model: string | null, format: string | undefined): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').includes('application/json')) return response;
  const body = applyResponseFilters(model, await response.json(), format);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
}

/**
 * Checks the project id a request names (header, or `project` query for `<img>` URLs).
 *
 * @param c The Hono context.
 * @param projectId The emulated project.
 */
function checkProject(c: Context, projectId: string): void {
  const sent = c.req.header('x-appwrite-project') ?? c.req.query('project');
  // Appwrite's own wording: SDKs and apps show these to developers who mistyped or forgot the project id.
  if (!sent) fail('general_access_forbidden', 'No Appwrite project was specified. Please specify your project ID when initializing your Appwrite SDK.');
  if (sent === 'console' && projectId !== 'console') {
    fail('general_access_forbidden', 'This endpoint is not available for the console project. The Appwrite Console is a reserved project ID and cannot be used with the Appwrite SDKs and APIs. Please check if your project ID is correct.');
  }
  if (sent !== projectId) fail('project_not_found', 'Project with the requested ID could not be found. Please check the value of the X-Appwrite-Project header to ensure the correct project ID is being used.');
}

/**
 * Counts the request against the spec's limit and sets X-RateLimit-* headers.
 *
 * @param c The Hono context.
 * @param ctx The emulator context.
 * @param spec The route spec.
 * @param caller The caller.
 * @param params The request parameters.
 */
function applyRateLimit(c: Context, ctx: EmulatorContext, spec: RouteSpec, caller: Caller, params: Record<string, unknown>): void {
  let limiter = limiters.get(ctx);
  if (!limiter) {
    limiter = createRateLimiter();
    limiters.set(ctx, limiter);
  }
  const ip = clientIp(c);
  const decisions = spec.rateKey.map((template) => {
    const key = template
      .replace('{url}', `${spec.method}:${spec.path}`)
      .replace('{ip}', ip)
      .replace('{userId}', caller.user?.$id ?? '')
      .replace('{chunkId}', c.req.header('content-range') ?? '')
      .replace(/\{param-(\w+)\}/g, (_m, name: string) => rateKeyParam(name, params[name]));
    return limiter.hit(key, spec.rateLimit, spec.rateTime);
  });
  // The tightest key decides, so headers show the one closest to its limit.
  const decision = decisions.reduce((a, b) => (b.remaining < a.remaining || !b.allowed ? b : a));
  c.header('X-RateLimit-Limit', String(decision.limit));
  c.header('X-RateLimit-Remaining', String(decision.remaining));
  c.header('X-RateLimit-Reset', String(decision.reset));
  if (ctx.rateLimits && decisions.some((d) => !d.allowed)) fail('general_rate_limit_exceeded', 'Rate limit for the current endpoint has been exceeded. Please try again after some time. (aw-emulator: to seed data, use an API key (--key, startEmulator({ keys })), which rate limits do not apply to; or turn them off with --no-rate-limits or startEmulator({ rateLimits: false }).)');
}

/**
 * Creates the part of a rate-limit key that names a parameter, normalised the way the route
 * compares it: emails are matched case-insensitively, so `Alice@x.io` and `alice@x.io` share one budget.
 *
 * @param name The parameter name.
 * @param value The parameter value.
 *
 * @returns The key part.
 */
export function rateKeyParam(name: string, value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
  return name === 'email' ? text.toLowerCase() : text;
}

/**
 * Reads the client's IP address from the node socket.
 *
 * @param c The Hono context.
 *
 * @returns The IP, or 127.0.0.1 when unknown.
 */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? '127.0.0.1';
}
