import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';

let emulator: RunningEmulator;
let origin: string;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator({
    console: true,
    rateLimits: false,
    config: {
      projectId: 'console-guard',
      databases: [{ $id: 'main', name: 'Main' }],
      collections: [{ $id: 'private', databaseId: 'main', name: 'Private', $permissions: [], documentSecurity: false, attributes: [{ key: 'title', type: 'string', size: 50 }] }],
    },
  });
  origin = new URL(emulator.url).origin;
  const page = await fetch(`${origin}/__emulator/`);
  token = /name="aw-console-token" content="([0-9a-f]{64})"/.exec(await page.text())?.[1] ?? '';
});
afterAll(async () => {
  await emulator.close();
});

/** Sends a request with any Host header (fetch will not let a test set it). */
function rawRequest(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, origin);
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the console is guarded like the outbox, and against cross-site requests', () => {
  it('serves its page with a per-process token, a strict CSP and no CORS', async () => {
    expect(token).toHaveLength(64);
    const page = await fetch(`${origin}/__emulator/`, { headers: { Origin: 'http://localhost:3000' } });
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    const script = await fetch(`${origin}/__emulator/console.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect((await script.text()).length).toBeGreaterThan(1000);
  });

  it('answers loopback Host names only (a rebound DNS name gets 403)', async () => {
    expect(await rawRequest('/__emulator/', { Host: 'evil.example:80' })).toBe(403);
    expect(await rawRequest('/__emulator/api/users', { Host: 'evil.example' })).toBe(403);
    expect(await rawRequest('/__emulator/api/users', { Host: `localhost:${new URL(origin).port}` })).toBe(200);
  });

  it('refuses reads from other sites and writes without the token or a same-origin browser', async () => {
    expect((await fetch(`${origin}/__emulator/api/users`, { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    const write = (headers: Record<string, string>) =>
      fetch(`${origin}/__emulator/api/users/nobody/status`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"status":false}' });
    expect((await write({ Origin: origin })).status).toBe(403);
    expect((await write({ 'x-aw-console-token': token })).status).toBe(403);
    expect((await write({ 'x-aw-console-token': token, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await write({ 'x-aw-console-token': 'f'.repeat(64), Origin: origin })).status).toBe(403);
    // The right token from the page's own origin reaches the handler (here: no such user).
    const allowed = await write({ 'x-aw-console-token': token, Origin: origin });
    expect(allowed.status).toBe(404);
    expect(((await allowed.json()) as { type: string }).type).toBe('user_not_found');
  });

  it('acts as an admin for documents, but a client cannot claim that by sending the ticket header', async () => {
    const list = `/v1/databases/main/collections/private/documents`;
    const asClient = await fetch(`${origin}${list}`, { headers: { 'x-appwrite-project': 'console-guard', 'x-aw-console-ticket': 'a'.repeat(48) } });
    expect(asClient.status).toBe(401);
    const asConsole = await fetch(`${origin}/__emulator/api/databases/main/collections/private/documents`);
    expect(asConsole.status).toBe(200);
  });

  it('logs requests without their query strings, and keeps at most 200', async () => {
    await fetch(`${origin}/v1/account?secret=hunter2&jwt=abc`, { headers: { 'x-appwrite-project': 'console-guard', Cookie: 'a_session_console-guard=zzz' } });
    const log = (await (await fetch(`${origin}/__emulator/api/requests`)).json()) as { requests: Array<Record<string, unknown>> };
    const entry = log.requests.find((r) => r.path === '/v1/account');
    expect(entry).toMatchObject({ method: 'GET', status: 401, errorType: 'general_unauthorized_scope' });
    expect(JSON.stringify(log)).not.toMatch(/hunter2|zzz|abc/);
    for (let i = 0; i < 210; i += 1) await fetch(`${origin}/v1/locale/codes`, { headers: { 'x-appwrite-project': 'console-guard' } });
    const full = (await (await fetch(`${origin}/__emulator/api/requests`)).json()) as { requests: unknown[] };
    expect(full.requests).toHaveLength(200);
  });

  it('is off unless asked for', async () => {
    const plain = await startEmulator({ config: { projectId: 'no-console' } });
    try {
      expect(plain.consoleUrl).toBeUndefined();
      expect((await fetch(`${new URL(plain.url).origin}/__emulator/`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
