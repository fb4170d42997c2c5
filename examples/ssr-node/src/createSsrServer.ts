import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createEmailPasswordSession, getCurrentUser, logoutSessionById, readSessionSecret } from '@aw/account';
import { createClient, isAppwriteError, withSession, type Client, type CookieStorage } from '@aw/core';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';

/**
 * SSR server options interface.
 */
export interface SsrServerOptions {
  /** The Appwrite (or emulator) endpoint, such as `http://127.0.0.1:8787/v1`. */
  readonly endpoint: string;
  /** The project ID. */
  readonly project: string;
  /** Whether the session cookie is marked `Secure` (set it when served over https). Defaults to `false`. */
  readonly secureCookies?: boolean;
}

/** The name of this app's own cookie, which holds the user's Appwrite session secret. */
export const SESSION_COOKIE = 'aw_session';

// The base client logs users in as a guest, so core would keep each login's X-Fallback-Cookies
// in the client's cookie storage and send them with its later guest calls. A server must not
// remember anyone's session in process memory: this storage forgets everything.
const noCookieStorage: CookieStorage = { getItem: () => null, setItem: () => undefined };

const MAX_FORM_BYTES = 16 * 1024;

/**
 * Creates a small HTTP server that acts for its users against Appwrite: `POST /login` creates
 * an Appwrite session and keeps its secret in an httpOnly cookie; `GET /profile` reads the
 * cookie and makes a client for that one request with `withSession`; `POST /logout` ends the
 * session. One base client serves everyone; no user state lives in the process.
 *
 * @param options The endpoint, project and cookie settings.
 *
 * @returns The server, not yet listening.
 */
export function createSsrServer(options: SsrServerOptions): Server {
  const baseClient = createClient({ endpoint: options.endpoint, project: options.project, cookieStorage: noCookieStorage });
  return createServer((req, res) => {
    _route(baseClient, options, req, res).catch((error: unknown) => {
      if (!res.headersSent) _json(res, 500, { error: 'internal', message: error instanceof Error ? error.message : String(error) });
      else res.destroy();
    });
  });
}

async function _route(baseClient: Client, options: SsrServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (req.method === 'GET' && path === '/') return _html(res, LOGIN_PAGE);
  if (req.method === 'POST' && path === '/login') return _login(baseClient, options, req, res);
  if (req.method === 'GET' && path === '/profile') return _profile(baseClient, options, req, res);
  if (req.method === 'POST' && path === '/logout') return _logout(baseClient, options, req, res);
  _json(res, 404, { error: 'not_found' });
}

async function _login(baseClient: Client, options: SsrServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await _readForm(req);
  const email = form.get('email') ?? '';
  const password = form.get('password') ?? '';
  try {
    // `.raw()` keeps the headers, where Appwrite puts the session secret for non-privileged callers.
    const raw = await createEmailPasswordSession(baseClient, { email, password }).raw();
    const secret = readSessionSecret(baseClient, raw);
    if (!secret) return _json(res, 502, { error: 'no_session_secret' });
    res.setHeader('set-cookie', _sessionCookie(options, secret, new Date(raw.body.expire)));
    res.writeHead(303, { location: '/profile' }).end();
  } catch (error) {
    if (isAppwriteError(error)) return _json(res, error.status, { error: error.type });
    if (error instanceof Error && error.name === 'AwValidationError') return _json(res, 400, { error: 'invalid_input', message: error.message });
    throw error;
  }
}

async function _profile(baseClient: Client, options: SsrServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const secret = _sessionSecret(req);
  if (!secret) return _json(res, 401, { error: 'signed_out' });
  try {
    // A client for this request only, acting as the cookie's owner.
    const user = await getCurrentUser(withSession(baseClient, secret));
    _json(res, 200, { $id: user.$id, name: user.name, email: user.email });
  } catch (error) {
    if (isAppwriteError(error) && error.status === 401) {
      // The session ended elsewhere (logout, expiry): forget it here too.
      res.setHeader('set-cookie', _sessionCookie(options, '', new Date(0)));
      return _json(res, 401, { error: error.type });
    }
    throw error;
  }
}

async function _logout(baseClient: Client, options: SsrServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const secret = _sessionSecret(req);
  if (secret) {
    await logoutSessionById(withSession(baseClient, secret), { sessionId: 'current' }).catch((error: unknown) => {
      // Already gone is as good as logged out.
      if (!isAppwriteError(error) || error.status !== 401) throw error;
    });
  }
  res.setHeader('set-cookie', _sessionCookie(options, '', new Date(0)));
  res.writeHead(303, { location: '/' }).end();
}

function _sessionSecret(req: IncomingMessage): string | undefined {
  return parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] || undefined;
}

function _sessionCookie(options: SsrServerOptions, value: string, expires: Date): string {
  // httpOnly keeps the secret away from page scripts; SameSite=Lax keeps other sites from posting with it.
  return serializeCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: options.secureCookies ?? false, path: '/', expires });
}

async function _readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (String(req.headers['content-type']).startsWith('application/json')) {
    const body = JSON.parse(text) as Record<string, unknown>;
    return new URLSearchParams(Object.entries(body).map(([key, value]) => [key, String(value)]));
  }
  return new URLSearchParams(text);
}

function _json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function _html(res: ServerResponse, html: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
}

const LOGIN_PAGE = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Sign in</title>
<form method="post" action="/login">
  <label>Email <input name="email" type="email" required></label>
  <label>Password <input name="password" type="password" required minlength="8"></label>
  <button>Sign in</button>
</form>
<p><a href="/profile">Profile</a></p>
<form method="post" action="/logout"><button>Sign out</button></form>
</html>
`;
