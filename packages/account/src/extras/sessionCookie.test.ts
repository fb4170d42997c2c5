import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwError, createClient, type RawResponse } from '@aw/core';
import { describe, expect, test } from 'vitest';
import { createEmailPasswordSession } from '../generated/index.ts';
import { clearSessionCookie, createSessionCookie, isLocalUrl, readSessionCookie, serializeSessionCookie } from './sessionCookie.ts';

const client = createClient({ endpoint: 'http://127.0.0.1:1/v1', project: 'demo' });
const expire = '2099-01-02T03:04:05.000+00:00';
const raw = (body: unknown, headers: Record<string, string> = {}): RawResponse<unknown> => ({ body, headers, status: 201, roundTripTime: 1 });

describe('createSessionCookie', () => {
  test('holds the secret in an httpOnly, lax cookie that expires with the session', () => {
    const cookie = createSessionCookie(client, raw({ secret: '', expire }, { 'x-fallback-cookies': '{"a_session_demo":"s1"}' }), { url: 'https://app.example.com/sign-in' });
    expect(cookie).toEqual({
      name: 'aw_session',
      value: 's1',
      attributes: { httpOnly: true, secure: true, sameSite: 'lax', path: '/', expires: new Date(Date.parse(expire)) },
    });
  });

  test('turns Secure off only for a local app, unless told otherwise', () => {
    const body = raw({ secret: 's', expire });
    const secure = (url: string | URL, force?: boolean) => createSessionCookie(client, body, { url, secure: force }).attributes.secure;
    expect(secure('http://localhost:3000/')).toBe(false);
    expect(secure('http://app.localhost:3000/')).toBe(false);
    expect(secure('http://127.0.0.1:3000/')).toBe(false);
    expect(secure('http://127.8.9.10/')).toBe(false);
    expect(secure('http://[::1]:3000/')).toBe(false);
    expect(secure('http://example.com/')).toBe(true);
    expect(secure('http://localhost.example.com/')).toBe(true);
    expect(secure('http://127.0.0.1.nip.io/')).toBe(true);
    expect(secure('http://10.0.0.1/')).toBe(true);
    expect(secure('http://localhost/', true)).toBe(true);
    expect(secure(new URL('https://example.com/'), false)).toBe(false);
  });

  test('takes a custom name and path', () => {
    const cookie = createSessionCookie(client, raw({ secret: 's', expire }), { url: 'http://localhost/', name: 'notes_session', path: '/app' });
    expect(cookie.name).toBe('notes_session');
    expect(cookie.attributes.path).toBe('/app');
  });

  test('refuses an answer without a secret rather than setting an empty cookie', () => {
    expect(() => createSessionCookie(client, raw({ secret: '', expire }), { url: 'http://localhost/' })).toThrow(AwError);
  });

  test('reads the secret from Set-Cookie when the body and fallback header leave it out (a real HTTP answer)', async () => {
    // Answers like Appwrite to a guest on a browser-less client: empty `secret`, the cookie carries it.
    const server = createServer((_req, res) => {
      res.writeHead(201, {
        'content-type': 'application/json',
        'set-cookie': ['a_session_demo_legacy=abc%3D%3D; path=/; httponly', 'a_session_demo=abc%3D%3D; path=/; httponly'],
      });
      res.end(JSON.stringify({ $id: 'sess1', userId: 'u1', secret: '', expire }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const live = createClient({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, project: 'demo' });
      const answer = await createEmailPasswordSession(live, { email: 'ada@example.test', password: 'long enough secret' }).raw();
      const cookie = createSessionCookie(live, answer, { url: 'http://127.0.0.1:3000/', name: 'notes_session' });
      expect(cookie.value).toBe('abc==');
      expect(cookie.attributes.secure).toBe(false);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('clearSessionCookie', () => {
  test('is empty and already expired, with the same attributes', () => {
    expect(clearSessionCookie({ url: 'https://example.com/', name: 'n' })).toEqual({
      name: 'n',
      value: '',
      attributes: { httpOnly: true, secure: true, sameSite: 'lax', path: '/', expires: new Date(0) },
    });
  });
});

describe('serializeSessionCookie and readSessionCookie', () => {
  test('round-trip a secret through Set-Cookie and Cookie headers', () => {
    const cookie = createSessionCookie(client, raw({ secret: 'a b;c=', expire }), { url: 'https://example.com/' });
    const header = serializeSessionCookie(cookie);
    expect(header).toBe('aw_session=a%20b%3Bc%3D; Path=/; Expires=Fri, 02 Jan 2099 03:04:05 GMT; HttpOnly; Secure; SameSite=Lax');
    const pair = header.split(';')[0]!;
    expect(readSessionCookie(`theme=dark; ${pair}; other=1`)).toBe('a b;c=');
  });

  test('a local cookie has no Secure, and a cleared one expires at the epoch', () => {
    expect(serializeSessionCookie(clearSessionCookie({ url: 'http://localhost:5173/', name: 'x' }))).toBe('x=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax');
  });

  test('reads only the named cookie, and treats empty or missing as no session', () => {
    expect(readSessionCookie('aw_session_other=1; aw_session=2', 'aw_session')).toBe('2');
    expect(readSessionCookie('aw_session=', 'aw_session')).toBeUndefined();
    expect(readSessionCookie('a=1', 'aw_session')).toBeUndefined();
    expect(readSessionCookie(null)).toBeUndefined();
    expect(readSessionCookie('aw_session=%E0%A4%A', 'aw_session')).toBe('%E0%A4%A');
  });
});

describe('isLocalUrl', () => {
  test('knows this machine by name and address only', () => {
    expect(isLocalUrl('http://LOCALHOST:1/')).toBe(true);
    expect(isLocalUrl('http://127.0.0.1.example.com/')).toBe(false);
    expect(isLocalUrl('http://192.168.1.2/')).toBe(false);
  });
});
