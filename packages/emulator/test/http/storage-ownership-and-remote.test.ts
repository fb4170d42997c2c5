import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, expectError, signUpAndSignIn, type Api } from '../helpers/api.ts';

const MiB = 1024 * 1024;
const CHUNK = 5 * MiB;
let emulator: RunningEmulator;
let remote: Server;
let remoteUrl = '';
const sent = new Map<string, number>();

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    // The "remote" web below is on 127.0.0.1.
    allowPrivateAvatarUrls: true,
    config: {
      projectId: 'own',
      buckets: [{ $id: 'shared', name: 'Shared', fileSecurity: true, $permissions: ['read("users")', 'create("users")'] }],
    },
  });
  // The "remote" web the avatar service fetches from, on 127.0.0.1.
  const ico = Buffer.from([0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0, 0, 0, 0, 0, 22, 0, 0, 0]);
  remote = createServer((req, res) => {
    const path = req.url ?? '/';
    const count = (n: number) => sent.set(path, (sent.get(path) ?? 0) + n);
    // Writes `blocks` copies of `block` as fast as the reader takes them, counting what went out.
    const streamBlocks = (blocks: number, block: Buffer) => {
      let left = blocks;
      const pump = () => {
        while (left > 0 && !res.destroyed) {
          left--;
          count(block.length);
          if (!res.write(block)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (left = 0));
      pump();
    };
    if (path === '/huge' || path === '/huge-announced') {
      // 400 MB of "image", written as fast as the reader takes it.
      res.writeHead(200, { 'Content-Type': 'image/png', ...(path === '/huge-announced' ? { 'Content-Length': String(400 * MiB) } : {}) });
      streamBlocks(400, Buffer.alloc(MiB));
    } else if (path === '/slow') {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      const timer = setInterval(() => res.write('x'), 500);
      res.on('close', () => clearInterval(timer));
    } else if (path === '/page.html') {
      res.writeHead(200, { 'Content-Type': 'image/png' }).end('<html><script>alert(1)</script></html>'.padEnd(4 * MiB, ' '));
      count(4 * MiB);
    } else if (path === '/html') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      streamBlocks(50, Buffer.alloc(MiB, 0x20));
    } else if (path === '/site-evil/') {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><head><link rel="icon" href="/evil.ico"></head></html>');
    } else if (path === '/evil.ico') {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><script>fetch("/v1/account")</script></html>');
    } else if (path === '/site-sniff/') {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><head><link rel="shortcut icon" href="/sniff.ico"></head></html>');
    } else if (path === '/sniff.ico') {
      res.writeHead(200, { 'Content-Type': 'image/x-icon' }).end('<html><script>alert(1)</script></html>');
    } else if (path === '/site-ok/') {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><head><link rel="icon" href="/real.ico"></head></html>');
    } else if (path === '/real.ico') {
      res.writeHead(200, { 'Content-Type': 'image/vnd.microsoft.icon' }).end(ico);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve));
  remoteUrl = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
});
afterAll(async () => {
  remote.closeAllConnections();
  await new Promise((resolve) => remote.close(resolve));
  await emulator.close();
});

const signedIn = (id: string): Promise<Api> => signUpAndSignIn(createApi(emulator.url, 'own'), id);

/** Sends one chunk of an upload as the given user. */
async function chunk(user: Api, fileId: string, bytes: Uint8Array, range?: string, name = 'data.bin'): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.set('fileId', fileId);
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  const headers: Record<string, string> = { 'X-Appwrite-Project': 'own', Cookie: user.cookie };
  if (range) {
    headers['content-range'] = range;
    if (!range.startsWith('bytes 0-')) headers['x-appwrite-id'] = fileId;
  }
  const response = await fetch(`${emulator.url}/storage/buckets/shared/files`, { method: 'POST', body: form, headers });
  return { status: response.status, body: await response.json() };
}

function pattern(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

describe('chunked uploads', () => {
  const total = CHUNK + 10;

  it('refuses chunks for a partial file from anyone but the user who started it', async () => {
    const alice = await signedIn('own-alice');
    const bob = await signedIn('own-bob');
    const mine = pattern(total, 1);
    expect((await chunk(alice, 'report', mine.subarray(0, CHUNK), `bytes 0-${CHUNK - 1}/${total}`)).status).toBe(201);
    const stolen = await chunk(bob, 'report', pattern(10, 9), `bytes ${CHUNK}-${total - 1}/${total}`);
    expect({ status: stolen.status, type: stolen.body.type }).toEqual({ status: 409, type: 'document_already_exists' });
    const done = await chunk(alice, 'report', mine.subarray(CHUNK), `bytes ${CHUNK}-${total - 1}/${total}`);
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ chunksTotal: 2, chunksUploaded: 2, signature: createHash('md5').update(mine).digest('hex') });
    expect(done.body.$permissions).toEqual(['read("user:own-alice")', 'update("user:own-alice")', 'delete("user:own-alice")']);

    // Squatting an ID first does not make someone else's later upload land with the squatter's permissions.
    expect((await chunk(bob, 'squat', pattern(CHUNK, 2), `bytes 0-${CHUNK - 1}/${total}`)).status).toBe(201);
    const later = await chunk(alice, 'squat', pattern(100, 3));
    expect({ status: later.status, type: later.body.type }).toEqual({ status: 409, type: 'document_already_exists' });
    const laterChunked = await chunk(alice, 'squat', pattern(10, 3), `bytes ${CHUNK}-${total - 1}/${total}`);
    expect(laterChunked.status).toBe(409);
    expect((await alice.get('/storage/buckets/shared/files/squat')).body.chunksUploaded).toBe(1);
  });

  it('refuses ranges off the 5 MiB grid, so chunks cannot overlap, and accepts any order', async () => {
    const carol = await signedIn('own-carol');
    const small = pattern(30, 4);
    for (const range of ['bytes 0-9/30', 'bytes 5-14/30', 'bytes 20-29/30']) {
      const answer = await chunk(carol, 'overlap', small.subarray(0, 10), range);
      expect({ range, status: answer.status, type: answer.body.type }).toEqual({ range, status: 400, type: 'storage_invalid_content_range' });
    }
    expect((await carol.get('/storage/buckets/shared/files/overlap')).status).toBe(404);
    for (const [start, end] of [[1, CHUNK], [CHUNK - 5, total - 1], [0, CHUNK - 2]]) {
      const answer = await chunk(carol, 'grid', pattern(end! - start! + 1, 5), `bytes ${start}-${end}/${total}`);
      expect({ start, status: answer.status, type: answer.body.type }).toEqual({ start, status: 400, type: 'storage_invalid_content_range' });
    }

    // Last chunk first: the count comes from the total, and the file completes with the right bytes.
    const bytes = pattern(2 * CHUNK + 7, 6);
    const size = bytes.length;
    const last = await chunk(carol, 'backwards', bytes.subarray(2 * CHUNK), `bytes ${2 * CHUNK}-${size - 1}/${size}`);
    expect(last.body).toMatchObject({ chunksTotal: 3, chunksUploaded: 1 });
    expect((await chunk(carol, 'backwards', bytes.subarray(0, CHUNK), `bytes 0-${CHUNK - 1}/${size}`)).body.chunksUploaded).toBe(2);
    // A chunk sent twice replaces itself.
    expect((await chunk(carol, 'backwards', bytes.subarray(0, CHUNK), `bytes 0-${CHUNK - 1}/${size}`)).body.chunksUploaded).toBe(2);
    const done = await chunk(carol, 'backwards', bytes.subarray(CHUNK, 2 * CHUNK), `bytes ${CHUNK}-${2 * CHUNK - 1}/${size}`);
    expect(done.body).toMatchObject({ chunksTotal: 3, chunksUploaded: 3, sizeOriginal: size, signature: createHash('md5').update(bytes).digest('hex') });
    const download = await fetch(`${emulator.url}/storage/buckets/shared/files/backwards/download?project=own`, { headers: { Cookie: carol.cookie } });
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('serving files and favicons inertly', () => {
  it('views SVG, XML and HTML as text/plain with script-src none and nosniff', async () => {
    const dave = await signedIn('own-dave');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/v1/account")</script></svg>';
    const files: Array<[string, string, string]> = [
      ['evil-svg', 'evil.svg', svg],
      ['evil-xml', 'evil.xml', '<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>'],
      ['evil-html', 'evil.html', '<!doctype html><script>alert(1)</script>'],
    ];
    for (const [id, name, text] of files) {
      expect((await chunk(dave, id, new TextEncoder().encode(text), undefined, name)).status).toBe(201);
      for (const kind of ['view', 'download']) {
        const answer = await fetch(`${emulator.url}/storage/buckets/shared/files/${id}/${kind}?project=own`, { headers: { Cookie: dave.cookie } });
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-security-policy')).toBe("script-src 'none'");
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
        if (kind === 'view') expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
      }
    }
    const png = await (await fetch(`${emulator.url}/avatars/initials?name=AB&project=own`)).arrayBuffer();
    await chunk(dave, 'picture', new Uint8Array(png), undefined, 'picture.png');
    const view = await fetch(`${emulator.url}/storage/buckets/shared/files/picture/view?project=own`, { headers: { Cookie: dave.cookie } });
    expect(view.headers.get('content-type')).toBe('image/png');
    expect(view.headers.get('content-security-policy')).toBe("script-src 'none'");
  });

  it('never passes a remote HTML answer through /avatars/favicon', async () => {
    const api = createApi(emulator.url, 'own');
    for (const site of ['site-evil', 'site-sniff']) {
      expectError(await api.get(`/avatars/favicon?url=${encodeURIComponent(`${remoteUrl}/${site}/`)}`), 404, 'avatar_icon_not_found');
    }
    const ok = await fetch(`${emulator.url}/avatars/favicon?project=own&url=${encodeURIComponent(`${remoteUrl}/site-ok/`)}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/x-icon');
    expect(ok.headers.get('content-security-policy')).toBe("script-src 'none'");
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('remote images', () => {
  it('stops reading a remote body past 20 MB and refuses it', async () => {
    const api = createApi(emulator.url, 'own');
    for (const path of ['/huge', '/huge-announced']) {
      const started = performance.now();
      expectError(await api.get(`/avatars/image?url=${encodeURIComponent(remoteUrl + path)}`), 404, 'avatar_remote_url_failed');
      expect(performance.now() - started).toBeLessThan(5000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      // The sender is cut off soon after the cap (socket buffers allow a few MB more), never near 400 MB.
      expect(sent.get(path) ?? 0).toBeLessThan(40 * MiB);
    }
  });

  it('refuses non-image answers without reading them', async () => {
    const api = createApi(emulator.url, 'own');
    expectError(await api.get(`/avatars/image?url=${encodeURIComponent(`${remoteUrl}/html`)}`), 404, 'avatar_image_not_found');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent.get('/html') ?? 0).toBeLessThan(20 * MiB);
  });

  it('gives up on a remote that trickles bytes after 10 s', async () => {
    const api = createApi(emulator.url, 'own');
    const started = performance.now();
    expectError(await api.get(`/avatars/image?url=${encodeURIComponent(`${remoteUrl}/slow`)}`), 404, 'avatar_remote_url_failed');
    expect(performance.now() - started).toBeGreaterThan(9000);
    expect(performance.now() - started).toBeLessThan(13000);
  }, 20_000);
});
