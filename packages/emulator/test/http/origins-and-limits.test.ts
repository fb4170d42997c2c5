import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createOriginCheck } from '../../src/server/originCheck.ts';
import { createApi, expectError } from '../helpers/api.ts';

let emulator: RunningEmulator;

beforeAll(async () => {
  // Rate limits stay on (the default): the login limit is tested here.
  emulator = await startEmulator({
    config: { projectId: 'origins', platforms: [{ type: 'web', name: 'App', hostname: 'app.example.com' }, { type: 'android', hostname: 'android.example.com' }] },
    origins: ['https://staging.example.org', '*.preview.example.net'],
  });
});
afterAll(async () => {
  await emulator.close();
});

/** Sends a request with an Origin header. */
function from(origin: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${emulator.url}${path}`, { ...init, headers: { 'X-Appwrite-Project': 'origins', Origin: origin, ...(init.headers as Record<string, string>) } });
}

describe('CORS', () => {
  it('allows localhost, 127.0.0.1, web platforms and configured origins, with credentials', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:4000', 'https://app.example.com:8443', 'https://staging.example.org', 'https://pr-7.preview.example.net']) {
      const preflight = await from(origin, '/account', { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST' } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
      // Appwrite's web SDK flags GraphQL calls with this header, so a browser must be allowed to send it.
      expect(preflight.headers.get('access-control-allow-headers')).toContain('X-SDK-GraphQL');
      const get = await from(origin, '/locale/codes');
      expect(get.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('gives other origins no CORS headers and refuses their writes with 403 general_unknown_origin', async () => {
    for (const origin of ['https://evil.example', 'http://staging.example.org', 'https://android.example.com', 'null', 'https://localhost.evil.example']) {
      const preflight = await from(origin, '/account', { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST' } });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      const get = await from(origin, '/locale/codes');
      expect(get.status).toBe(200);
      expect(get.headers.get('access-control-allow-origin')).toBeNull();
    }
    const write = await from('https://evil.example', '/account', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: 'csrf', email: 'csrf@example.com', password: 'password-1' }),
    });
    expect(write.status).toBe(403);
    expect(((await write.json()) as { type: string }).type).toBe('general_unknown_origin');
    // Non-browser clients send no Origin and are not affected.
    const api = createApi(emulator.url, 'origins');
    expect((await api.post('/account', { userId: 'plain', email: 'plain@example.com', password: 'password-1' })).status).toBe(201);
  });

  it('never gives the outbox CORS headers, even for allowed origins', async () => {
    for (const method of ['GET', 'OPTIONS', 'DELETE']) {
      const answer = await from('http://localhost:5173', '/__emulator/outbox', { method, headers: { 'Access-Control-Request-Method': 'GET' } });
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('answers emulator-only routes on loopback names only, so a rebound DNS name cannot read the outbox', async () => {
    const { port } = new URL(emulator.url);
    const get = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/v1/__emulator/outbox', headers: { Host: host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await get(`127.0.0.1:${port}`)).toBe(200);
    expect(await get(`localhost:${port}`)).toBe(200);
    expect(await get(`evil.example:${port}`)).toBe(403);
  });

  it('treats "*" as any origin', () => {
    const any = createOriginCheck([], ['*']);
    expect(any('https://anything.example')).toBe(true);
    expect(any('null')).toBe(false);
    const none = createOriginCheck([]);
    expect(none('https://anything.example')).toBe(false);
    expect(none('http://[::1]:3000')).toBe(true);
  });
});

describe('login rate limit', () => {
  it('keys on the lower-cased email, so case variants share one budget', async () => {
    const api = createApi(emulator.url, 'origins');
    await api.post('/account', { userId: 'victim', email: 'victim@example.com', password: 'password-1' });
    const variants = ['victim@example.com', 'Victim@example.com', 'VICTIM@example.com', 'victim@Example.com', 'vIctim@example.com', 'viCtim@example.com'];
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await api.post('/account/sessions/email', { email: variants[i % variants.length], password: 'wrong-password' });
      statuses.push(answer.status);
    }
    // Appwrite allows 10 logins per email per hour; the 11th and 12th guesses are refused whatever the case.
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expectError(await api.post('/account/sessions/email', { email: 'VICTIM@EXAMPLE.COM', password: 'password-1' }), 429, 'general_rate_limit_exceeded');
  });
});
