import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { startChunkServer, type ChunkServer } from './chunkServer.testing.ts';

// A real browser run: core's upload engine bundled for the browser, sending a Blob made in the page.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const CHROMIUM = '/usr/bin/chromium';
const MiB = 1024 * 1024;
const SIZE = 11 * MiB + 123;
const here = dirname(fileURLToPath(import.meta.url));

let server: ChunkServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  const bundle = await build({
    stdin: {
      contents: `import { aw } from './browserGlobals.testing.ts';\nwindow.aw = aw;`,
      resolveDir: here,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  server = await startChunkServer({
    '/': { type: 'text/html', body: '<!doctype html><title>upload</title><script src="/bundle.js"></script>' },
    '/bundle.js': { type: 'text/javascript', body: script },
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.skipIf(!existsSync(CHROMIUM))('in Chromium, an 11 MiB Blob goes up in three chunks with progress, and a failed chunk is retried', async () => {
  let failed = false;
  server.fail = (request) => {
    if (!failed && request.headers['content-range']?.startsWith(`bytes ${5 * MiB}-`)) {
      failed = true;
      return { status: 503 };
    }
    return undefined;
  };
  const page = await browser.newPage();
  await page.goto(server.endpoint.replace(/\/v1$/, '/'));
  const result = await page.evaluate(
    async ({ endpoint, size }) => {
      const { createClient, upload, _encodePath, _formBody } = (window as unknown as { aw: typeof import('./browserGlobals.testing.ts').aw }).aw;
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 31) & 255;
      const client = createClient({ endpoint, project: 'p1', retry: { attempts: 2, baseDelay: 10 } });
      const events: { chunksUploaded: number; progress: number }[] = [];
      const operation = { method: 'POST', path: '/storage/buckets/{bucketId}/files', fill: _encodePath, form: _formBody } as never;
      const file = await upload<{ $id: string; sizeOriginal: number }>(client, operation, { bucketId: 'b1', fileId: 'unique()', file: new File([bytes], 'page.bin') }, {
        onProgress: ({ chunksUploaded, progress }) => events.push({ chunksUploaded, progress }),
      });
      return { file, events, agent: navigator.userAgent };
    },
    { endpoint: server.endpoint, size: SIZE },
  );
  expect(result.agent).toMatch(/Chrome/);
  expect(result.file.sizeOriginal).toBe(SIZE);
  expect(result.events.map((event) => event.chunksUploaded)).toEqual([1, 2, 3]);
  expect(result.events.at(-1)!.progress).toBe(100);
  const posts = server.seen.filter((request) => request.method === 'POST');
  expect(posts.map((request) => request.headers['content-range']?.split('/')[0])).toEqual([
    `bytes 0-${5 * MiB - 1}`,
    `bytes ${5 * MiB}-${10 * MiB - 1}`,
    `bytes ${5 * MiB}-${10 * MiB - 1}`,
    `bytes ${10 * MiB}-${SIZE - 1}`,
  ]);
  expect(posts.map((request) => request.headers['x-appwrite-id'])).toEqual([undefined, result.file.$id, result.file.$id, result.file.$id]);
  const expected = Buffer.alloc(SIZE);
  for (let i = 0; i < SIZE; i++) expected[i] = (i * 31) & 255;
  expect(server.bytes(result.file.$id)!.equals(expected)).toBe(true);
});
