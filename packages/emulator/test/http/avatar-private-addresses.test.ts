import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, expectError } from '../helpers/api.ts';
import { pngSize } from '../helpers/pngSize.ts';

// Every TCP connection this process starts, seen through Node's own diagnostics channel: a
// refused avatar URL must show no connection attempt at all, not merely a failed one.
const attempts: Array<{ ip: string; port: number }> = [];
const onSocket = (message: unknown): void => {
  (message as { socket: Socket }).socket.on('connectionAttempt', (ip: string, port: number) => attempts.push({ ip, port }));
};

let strict: RunningEmulator;
let allowList: RunningEmulator;
let open: RunningEmulator;
// `target` stands for a service on the developer's machine; `redirector` for a site that redirects to it.
let target: Server;
let redirector: Server;
let targetPort = 0;
let redirectorPort = 0;
let targetConnections = 0;
let redirectorConnections = 0;
let png: Buffer;

const listen = async (server: Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

beforeAll(async () => {
  subscribe('net.client.socket', onSocket);
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366ff' } }).png().toBuffer();
  target = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'image/png' }).end(png));
  target.on('connection', () => targetConnections++);
  redirector = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/photo.png') return void res.writeHead(200, { 'Content-Type': 'image/png' }).end(png);
    res.writeHead(302, { Location: url.searchParams.get('to') ?? '/' }).end();
  });
  redirector.on('connection', () => redirectorConnections++);
  targetPort = await listen(target);
  redirectorPort = await listen(redirector);
  strict = await startEmulator({ rateLimits: false, config: { projectId: 'strict' } });
  allowList = await startEmulator({ rateLimits: false, config: { projectId: 'listed' }, allowPrivateAvatarUrls: [`127.0.0.1:${redirectorPort}`] });
  open = await startEmulator({ rateLimits: false, config: { projectId: 'open' }, allowPrivateAvatarUrls: true });
});
afterAll(async () => {
  unsubscribe('net.client.socket', onSocket);
  await Promise.all([strict.close(), allowList.close(), open.close()]);
  for (const server of [target, redirector]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
beforeEach(() => {
  attempts.length = 0;
  targetConnections = 0;
  redirectorConnections = 0;
});

const privateUrls = (): Record<string, string> => ({
  'loopback 127.0.0.1': `http://127.0.0.1:${targetPort}/photo.png`,
  'private 10.0.0.1': 'http://10.0.0.1/photo.png',
  'cloud metadata 169.254.169.254': 'http://169.254.169.254/latest/meta-data/',
  'loopback [::1]': `http://[::1]:${targetPort}/photo.png`,
  'IPv4-mapped [::ffff:127.0.0.1]': `http://[::ffff:127.0.0.1]:${targetPort}/photo.png`,
  'IPv4-mapped [::ffff:a9fe:a9fe]': 'http://[::ffff:a9fe:a9fe]/latest/',
  'unspecified 0.0.0.0': `http://0.0.0.0:${targetPort}/photo.png`,
  'CGNAT 100.64.0.1': 'http://100.64.0.1/photo.png',
  'private 192.168.1.1': 'http://192.168.1.1/photo.png',
  'private 172.16.0.1': 'http://172.16.0.1/photo.png',
  'unique-local [fd00::1]': 'http://[fd00::1]/photo.png',
  'link-local [fe80::1]': 'http://[fe80::1]/photo.png',
  'multicast 224.0.0.1': 'http://224.0.0.1/photo.png',
  'decimal 2130706433 (127.0.0.1)': `http://2130706433:${targetPort}/photo.png`,
  'name localhost': `http://localhost:${targetPort}/photo.png`,
});

/**
 * Asserts that no connection was attempted anywhere but the emulators and, when allowed, the redirector.
 *
 * @param emulators The emulators the test itself called.
 */
function expectNoForbiddenConnection(emulators: RunningEmulator[]): void {
  const allowed = new Set([...emulators.map((e) => Number(new URL(e.url).port)), redirectorPort]);
  expect(attempts.filter((a) => a.ip !== '127.0.0.1' || !allowed.has(a.port))).toEqual([]);
  expect(targetConnections).toBe(0);
}

describe('remote avatars never reach private addresses', () => {
  it.each(Object.entries(privateUrls()))('refuses %s before connecting, for /avatars/image and /avatars/favicon', async (_name, url) => {
    const api = createApi(strict.url, 'strict');
    for (const route of ['image', 'favicon']) {
      const answer = await api.get(`/avatars/${route}?url=${encodeURIComponent(url)}`);
      expectError(answer, 404, 'avatar_remote_url_failed');
      expect(answer.body.message).toMatch(/^Failed to fetch favicon from the requested URL\. \(aw-emulator: .* is not a public address/);
    }
    expectNoForbiddenConnection([strict]);
  });

  it.each(Object.entries(privateUrls()))('refuses %s behind a redirect before connecting to it', async (_name, url) => {
    const api = createApi(allowList.url, 'listed');
    const answer = await api.get(`/avatars/image?url=${encodeURIComponent(`http://127.0.0.1:${redirectorPort}/go?to=${encodeURIComponent(url)}`)}`);
    expectError(answer, 404, 'avatar_remote_url_failed');
    expect(answer.body.message).toContain('is not a public address');
    // The allowed first hop was fetched; the private second hop never was.
    expect(redirectorConnections).toBe(1);
    expectNoForbiddenConnection([allowList]);
  });

  it('fetches an allowed private host, so the refusals above are the policy and not a broken fetch', async () => {
    const api = createApi(allowList.url, 'listed');
    const answer = await api.get<ArrayBuffer>(`/avatars/image?url=${encodeURIComponent(`http://127.0.0.1:${redirectorPort}/photo.png`)}&width=20&height=10`);
    expect(answer.status).toBe(200);
    expect(pngSize(new Uint8Array(answer.body))).toEqual({ width: 20, height: 10 });
    expect(redirectorConnections).toBe(1);
  });

  it('with allowPrivateAvatarUrls: true, fetches private addresses directly and through redirects', async () => {
    const api = createApi(open.url, 'open');
    const direct = await api.get<ArrayBuffer>(`/avatars/image?url=${encodeURIComponent(`http://127.0.0.1:${targetPort}/photo.png`)}`);
    expect(direct.status).toBe(200);
    const hopped = await api.get<ArrayBuffer>(`/avatars/image?url=${encodeURIComponent(`http://127.0.0.1:${redirectorPort}/go?to=${encodeURIComponent(`http://localhost:${targetPort}/photo.png`)}`)}`);
    expect(hopped.status).toBe(200);
    expect(targetConnections).toBe(2);
  });

  it('never fetches the emulator itself, even with allowPrivateAvatarUrls: true', async () => {
    const api = createApi(open.url, 'open');
    const port = new URL(open.url).port;
    for (const self of [`http://127.0.0.1:${port}/v1/avatars/initials?project=open`, `http://localhost:${port}/v1/avatars/initials?project=open`]) {
      for (const url of [self, `http://127.0.0.1:${redirectorPort}/go?to=${encodeURIComponent(self)}`]) {
        const answer = await api.get(`/avatars/image?url=${encodeURIComponent(url)}`);
        expectError(answer, 404, 'avatar_remote_url_failed');
        expect(answer.body.message).toContain('it is the emulator itself');
      }
    }
  });
});
