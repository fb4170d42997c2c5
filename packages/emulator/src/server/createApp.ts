import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { APPWRITE_VERSION, AppwriteException } from '../errors/AppwriteException.ts';
import { registerConsole } from '../console/registerConsole.ts';
import { createLiveFeed } from '../console/liveFeed.ts';
import { registerAllRoutes } from '../services/index.ts';
import { commitPerRequest } from './commitPerRequest.ts';
import type { EmulatorContext } from './context.ts';
import { createOriginCheck } from './originCheck.ts';

const ALLOWED_HEADERS = [
  'Accept', 'Origin', 'Cookie', 'Set-Cookie', 'Content-Type', 'Content-Range', 'Range', 'Cache-Control',
  'X-Requested-With', 'X-Fallback-Cookies', 'X-SDK-Version', 'X-SDK-Name', 'X-SDK-Language', 'X-SDK-Platform', 'X-SDK-GraphQL',
  'Expires', 'Pragma',
  'X-Appwrite-ID', 'X-Appwrite-Project', 'X-Appwrite-Key', 'X-Appwrite-Locale', 'X-Appwrite-Mode', 'X-Appwrite-JWT',
  'X-Appwrite-Session', 'X-Appwrite-Response-Format', 'X-Appwrite-Timeout', 'X-Appwrite-Timestamp',
].join(', ');
const EXPOSED_HEADERS = ['X-Fallback-Cookies', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'].join(', ');

/** Options of `createApp`. */
export interface AppOptions {
  /** Browser origins allowed besides localhost and the project's web platforms (see `createOriginCheck`). */
  origins?: readonly string[];
  /** The interface the server is bound to; names under which the emulator-only routes answer besides loopback. */
  host?: string;
  /** Serve the emulator console at `/__emulator/` (and keep its request and event logs). */
  console?: boolean;
}

/**
 * The largest request body accepted: Appwrite 1.5 gives its HTTP server a 12 MiB package limit
 * (app/http.php), room for one 5 MiB upload chunk and its multipart framing.
 */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

// Methods Appwrite refuses from an unknown browser origin (403 general_unknown_origin).
const WRITE_METHODS = /* @__PURE__ */ new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Reads the origin of a browser request: the `Origin` header, else the origin of `Referer`.
 *
 * @param origin The Origin header.
 * @param referer The Referer header.
 *
 * @returns The origin, or undefined when neither is sent.
 */
function requestOrigin(origin: string | undefined, referer: string | undefined): string | undefined {
  if (origin) return origin;
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/**
 * Creates the Hono app: CORS with credentials for allowed origins only (localhost, the web
 * platforms of appwrite.json, and `options.origins`), Appwrite error bodies, and every
 * service's routes. Writes from other browser origins are refused as Appwrite refuses them;
 * the emulator's own `/v1/__emulator/*` routes (the outbox) get no CORS headers at all.
 *
 * @param ctx The emulator context.
 * @param options Allowed origins.
 *
 * @returns The app.
 */
export function createApp(ctx: EmulatorContext, options: AppOptions = {}): Hono {
  const app = new Hono();
  const originAllowed = createOriginCheck(ctx.config.platforms, options.origins);
  const feed = options.console ? createLiveFeed(ctx) : undefined;
  if (feed) app.use('*', feed.recordRequests);

  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    // Mail and text codes in the outbox must never be readable by a web page, whatever its origin.
    const internal = c.req.path.startsWith('/v1/__emulator/') || c.req.path === '/v1/__emulator' || c.req.path.startsWith('/__emulator');
    // A page whose own hostname resolves to 127.0.0.1 (DNS rebinding) is same-origin with us and needs no CORS;
    // the Host header it sends still names its site, so emulator-only routes answer loopback names only.
    if (internal && !hostAllowed(c.req.header('host'), options.host)) {
      throw new AppwriteException('general_unknown_origin', 'Emulator-only routes answer on localhost, 127.0.0.1 or the bound host only.');
    }
    const allowed = !internal && origin !== undefined && originAllowed(origin);
    c.header('Vary', 'Origin');
    if (allowed) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Credentials', 'true');
      c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    if (c.req.method === 'OPTIONS') {
      if (allowed) {
        c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
        c.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        c.header('Access-Control-Max-Age', '86400');
      }
      return c.body(null, 204);
    }
    const sender = requestOrigin(origin, c.req.header('referer'));
    if (WRITE_METHODS.has(c.req.method) && sender !== undefined && sender !== 'null' && !originAllowed(sender) && !isSameOrigin(c.req.url, sender)) {
      throw new AppwriteException('general_unknown_origin', `Origin ${sender} may not call this project: add its hostname as a web platform in appwrite.json, or allow it with the \`origins\` option (--origin).`);
    }
    await next();
  });

  // Every body is bounded before any handler reads it: announced sizes are refused at once,
  // chunked bodies are cut off as soon as they pass the limit.
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json({ message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`, code: 413, type: 'general_argument_invalid', version: APPWRITE_VERSION }, 413),
    }),
  );

  // Persistent mode: a request's writes are committed together before its answer is sent.
  app.use('*', commitPerRequest(ctx.store));

  app.onError((error, c) => {
    const exception = error instanceof AppwriteException ? error : new AppwriteException('general_unknown', 'Server Error');
    if (!(error instanceof AppwriteException)) console.error('[aw-emulator]', error);
    return c.json(exception.toJSON(), exception.code as 500);
  });

  app.notFound((c) => {
    const exception = new AppwriteException('general_route_not_found', 'The requested route was not found. Please refer to the API docs and try again.');
    return c.json(exception.toJSON(), 404);
  });

  registerAllRoutes(app, ctx);
  if (feed) registerConsole(app, ctx, feed);
  return app;
}

/**
 * Tells whether a browser origin is the emulator's own (a page it served itself).
 *
 * @param requestUrl The request URL.
 * @param origin The sender's origin.
 *
 * @returns Whether they are the same origin.
 */
function isSameOrigin(requestUrl: string, origin: string): boolean {
  try {
    return new URL(requestUrl).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Tells whether a Host header names this machine: a loopback name, or the host the server was
 * bound to. Any host passes when the server listens on every interface (a choice to be reachable by other names).
 *
 * @param hostHeader The Host header.
 * @param boundHost The interface the server is bound to.
 *
 * @returns Whether the emulator-only routes may answer.
 */
function hostAllowed(hostHeader: string | undefined, boundHost: string | undefined): boolean {
  if (boundHost === '0.0.0.0' || boundHost === '::' || boundHost === '') return true;
  if (!hostHeader) return true;
  let hostname: string;
  try {
    hostname = new URL(`http://${hostHeader}`).hostname;
  } catch {
    return false;
  }
  const bound = boundHost?.includes(':') ? `[${boundHost}]` : boundHost;
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === bound;
}
