import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeSpecs } from '../../src/generated/routes.ts';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, expectError } from '../helpers/api.ts';

let emulator: RunningEmulator;

beforeAll(async () => {
  // Rate limits stay on here (the default), to test them.
  emulator = await startEmulator({ config: { projectId: 'frame' } });
});
afterAll(async () => {
  await emulator.close();
});

describe('framework', () => {
  it('requires the project header and answers unknown routes as Appwrite does', async () => {
    const noProject = await fetch(`${emulator.url}/locale`);
    expect(noProject.status).toBe(401);
    expect(await noProject.json()).toMatchObject({ type: 'general_access_forbidden', message: 'No Appwrite project was specified. Please specify your project ID when initializing your Appwrite SDK.' });
    const wrong = await fetch(`${emulator.url}/locale`, { headers: { 'X-Appwrite-Project': 'other' } });
    expect(wrong.status).toBe(404);
    expect(await wrong.json()).toMatchObject({ type: 'project_not_found', message: expect.stringMatching(/^Project with the requested ID could not be found\. Please check the value of the X-Appwrite-Project header/) });
    const console = await fetch(`${emulator.url}/databases/db/collections/c/documents`, { headers: { 'X-Appwrite-Project': 'console' } });
    expect(console.status).toBe(401);
    expect(await console.json()).toMatchObject({ type: 'general_access_forbidden', message: expect.stringMatching(/^This endpoint is not available for the console project\./) });
    expectError(await createApi(emulator.url, 'frame').get('/nothing/here'), 404, 'general_route_not_found');
  });

  it('serves every account, teams, locale, avatars and messaging operation of the spec', async () => {
    const part1 = routeSpecs.filter((r) => /^(account|teams|locale|avatars|messaging)/.test(r.operationId));
    expect(part1).toHaveLength(77);
    const api = createApi(emulator.url, 'frame');
    for (const route of part1) {
      const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'type' ? 'totp' : name === 'code' ? 'de' : 'x'));
      const answer = await api.request(route.method, path, route.method === 'GET' ? undefined : {});
      expect({ operation: route.operationId, type: answer.body?.type }).not.toEqual({ operation: route.operationId, type: 'general_route_not_found' });
    }
  });

  it('allows browser apps on other origins with credentials', async () => {
    const preflight = await fetch(`${emulator.url}/account`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-appwrite-project,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('X-Appwrite-Project');
    const get = await fetch(`${emulator.url}/locale`, { headers: { Origin: 'http://localhost:5173', 'X-Appwrite-Project': 'frame' } });
    expect(get.headers.get('access-control-expose-headers')).toContain('X-Fallback-Cookies');
    // Error answers carry the CORS headers too, so browsers can read the Appwrite error body.
    const refused = await fetch(`${emulator.url}/account`, { headers: { Origin: 'http://localhost:5173', 'X-Appwrite-Project': 'frame' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('accepts the session from the cookie, the legacy cookie, X-Fallback-Cookies and X-Appwrite-Session', async () => {
    const api = createApi(emulator.url, 'frame');
    await api.post('/account', { userId: 'u1', email: 'u1@example.com', password: 'password-1' });
    const login = await api.post('/account/sessions/email', { email: 'u1@example.com', password: 'password-1' });
    const cookies = login.headers.getSetCookie();
    expect(cookies.some((c) => c.startsWith('a_session_frame_legacy='))).toBe(true);
    const value = decodeURIComponent(api.cookie.split('=').slice(1).join('='));
    const plain = createApi(emulator.url, 'frame');
    expect((await plain.get('/account', { Cookie: `a_session_frame_legacy=${encodeURIComponent(value)}` })).status).toBe(200);
    expect((await plain.get('/account', { 'X-Fallback-Cookies': login.headers.get('x-fallback-cookies')! })).status).toBe(200);
    expect((await plain.get('/account', { 'X-Appwrite-Session': value })).status).toBe(200);
    expect((await plain.get('/account', { 'X-Appwrite-Session': 'garbage' })).status).toBe(401);
  });

  it('publishes account events for realtime, readable by the user only', async () => {
    const seen: Array<{ events: string[]; channels: string[]; readRoles: string[] }> = [];
    const stop = emulator.context.events.subscribe((event) => seen.push(event));
    const api = createApi(emulator.url, 'frame');
    await api.post('/account', { userId: 'u2', email: 'u2@example.com', password: 'password-1' });
    const session = await api.post('/account/sessions/email', { email: 'u2@example.com', password: 'password-1' });
    await api.patch('/account/prefs', { prefs: { a: 1 } });
    stop();
    const created = seen.find((e) => e.events.includes(`users.u2.sessions.${session.body.$id}.create`));
    expect(created).toMatchObject({ channels: ['account'], readRoles: ['user:u2'] });
    expect(seen.some((e) => e.events.includes('users.u2.update.prefs'))).toBe(true);
  });

  it('enforces the spec rate limits with X-RateLimit headers and 429', async () => {
    const api = createApi(emulator.url, 'frame');
    // accountCreateEmailPasswordSession: 10 per hour per url + email.
    let last = await api.post('/account/sessions/email', { email: 'limit@example.com', password: 'password-1' });
    expect(last.headers.get('x-ratelimit-limit')).toBe('10');
    expect(last.headers.get('x-ratelimit-remaining')).toBe('9');
    for (let i = 0; i < 9; i += 1) last = await api.post('/account/sessions/email', { email: 'limit@example.com', password: 'password-1' });
    expect(last.status).toBe(401);
    last = await api.post('/account/sessions/email', { email: 'limit@example.com', password: 'password-1' });
    expectError(last, 429, 'general_rate_limit_exceeded');
    expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(last.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    // Another email is another key.
    expect((await api.post('/account/sessions/email', { email: 'other@example.com', password: 'password-1' })).status).toBe(401);
  });
});
