import { Hono } from 'hono';
import { AppwriteException } from '../errors/AppwriteException.ts';
import { registerAllRoutes } from '../services/index.ts';
import { commitPerRequest } from './commitPerRequest.ts';
import type { EmulatorContext } from './context.ts';

const ALLOWED_HEADERS = [
  'Accept', 'Origin', 'Cookie', 'Set-Cookie', 'Content-Type', 'Content-Range', 'Range', 'Cache-Control',
  'X-Requested-With', 'X-Fallback-Cookies', 'X-SDK-Version', 'X-SDK-Name', 'X-SDK-Language', 'X-SDK-Platform',
  'X-Appwrite-ID', 'X-Appwrite-Project', 'X-Appwrite-Key', 'X-Appwrite-Locale', 'X-Appwrite-Mode', 'X-Appwrite-JWT',
  'X-Appwrite-Session', 'X-Appwrite-Response-Format', 'X-Appwrite-Timeout', 'X-Appwrite-Timestamp',
].join(', ');
const EXPOSED_HEADERS = ['X-Fallback-Cookies', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'].join(', ');

/**
 * Creates the Hono app: CORS with credentials for any origin, Appwrite error bodies,
 * and every service's routes.
 *
 * @param ctx The emulator context.
 *
 * @returns The app.
 */
export function createApp(ctx: EmulatorContext): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    // Browser apps on any origin may call the emulator with cookies, like a project with a wildcard platform.
    if (origin) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Credentials', 'true');
      c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      c.header('Vary', 'Origin');
    }
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
      c.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      c.header('Access-Control-Max-Age', '86400');
      return c.body(null, 204);
    }
    await next();
  });

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
  return app;
}
