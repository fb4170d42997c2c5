import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerUser } from '@aw/account';
import { createClient } from '@aw/core';
import * as ID from '@aw/core/id';
import { startEmulator, type RunningEmulator } from '@aw/emulator';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSsrServer, SESSION_COOKIE } from './createSsrServer.ts';

let emulator: RunningEmulator;
let server: Server;
let base: string;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  const client = createClient({ endpoint: emulator.url, project: emulator.projectId });
  await registerUser(client, { userId: ID.unique(), email: 'ada@example.test', password: 'correct horse battery', name: 'Ada' });
  await registerUser(client, { userId: ID.unique(), email: 'bob@example.test', password: 'another long secret', name: 'Bob' });
  server = createSsrServer({ endpoint: emulator.url, project: emulator.projectId });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await emulator.close();
});

async function login(email: string, password: string): Promise<Response> {
  return fetch(`${base}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password }),
    redirect: 'manual',
  });
}

function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

test('serves the login page', async () => {
  const response = await fetch(base);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('action="/login"');
});

test('login keeps the session secret in an httpOnly cookie, and the profile acts as that user', async () => {
  const response = await login('ada@example.test', 'correct horse battery');
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe('/profile');
  const cookie = sessionCookie(response);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  expect(cookie).toMatch(/Path=\//);

  const profile = await fetch(`${base}/profile`, { headers: { cookie: cookie.split(';')[0]! } });
  expect(profile.status).toBe(200);
  expect(await profile.json()).toMatchObject({ name: 'Ada', email: 'ada@example.test' });
});

test('two users at once each see their own profile, and a cookie-less request sees none', async () => {
  const ada = sessionCookie(await login('ada@example.test', 'correct horse battery')).split(';')[0]!;
  const bob = sessionCookie(await login('bob@example.test', 'another long secret')).split(';')[0]!;
  const [adaProfile, bobProfile, anonymous] = await Promise.all([
    fetch(`${base}/profile`, { headers: { cookie: ada } }).then((r) => r.json()),
    fetch(`${base}/profile`, { headers: { cookie: bob } }).then((r) => r.json()),
    fetch(`${base}/profile`),
  ]);
  expect(adaProfile).toMatchObject({ name: 'Ada' });
  expect(bobProfile).toMatchObject({ name: 'Bob' });
  expect(anonymous.status).toBe(401);
});

test('a wrong password is refused with Appwrite\'s error type and sets no cookie', async () => {
  const response = await login('ada@example.test', 'wrong password!');
  expect(response.status).toBe(401);
  expect(await response.json()).toEqual({ error: 'user_invalid_credentials' });
  expect(response.headers.getSetCookie()).toEqual([]);
});

test('logout ends the Appwrite session, so the old cookie no longer works', async () => {
  const cookie = sessionCookie(await login('ada@example.test', 'correct horse battery')).split(';')[0]!;
  const logout = await fetch(`${base}/logout`, { method: 'POST', headers: { cookie }, redirect: 'manual' });
  expect(logout.status).toBe(303);
  expect(sessionCookie(logout)).toMatch(/Expires=Thu, 01 Jan 1970/);
  const profile = await fetch(`${base}/profile`, { headers: { cookie } });
  expect(profile.status).toBe(401);
});
