import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client, type UploadProgress } from '@aw/core';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
// A test-only server from core that speaks Appwrite's chunk protocol.
import { startChunkServer, type ChunkServer } from '../../../core/src/upload/chunkServer.testing.ts';
import { createFileFromPath } from './createFileFromPath.ts';

// Multi-MiB bodies through multipart encode and parse: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const MiB = 1024 * 1024;
const SIZE = 11 * MiB + 123;
let server: ChunkServer;
let client: Client;
let dir: string;
let path: string;
const content = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) content[i] = (i * 7 + (i >> 12)) & 255;

beforeAll(async () => {
  server = await startChunkServer();
  client = createClient({ endpoint: server.endpoint, project: 'p1', retry: { attempts: 2, baseDelay: 5 } });
  dir = await mkdtemp(join(tmpdir(), 'aw-upload-'));
  path = join(dir, 'clip.bin');
  await writeFile(path, content);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

test('an 11 MiB file on disk goes up in three chunks, named after the path, with progress', async () => {
  server.seen.length = 0;
  const events: UploadProgress[] = [];
  const file = await createFileFromPath(client, { bucketId: 'b1', fileId: 'clip', path, permissions: ['read("any")'] }, { onProgress: (event) => events.push(event) });
  expect(file).toMatchObject({ $id: 'clip', name: 'clip.bin', sizeOriginal: SIZE, chunksUploaded: 3 });
  const posts = server.seen.filter((request) => request.method === 'POST');
  expect(posts.map((request) => request.headers['content-range'])).toEqual([
    `bytes 0-${5 * MiB - 1}/${SIZE}`,
    `bytes ${5 * MiB}-${10 * MiB - 1}/${SIZE}`,
    `bytes ${10 * MiB}-${SIZE - 1}/${SIZE}`,
  ]);
  expect(posts.map((request) => request.permissions)).toEqual([['read("any")'], ['read("any")'], ['read("any")']]);
  expect(events.map((event) => event.chunksUploaded)).toEqual([1, 2, 3]);
  expect(events.at(-1)!.progress).toBe(100);
  expect(server.bytes('clip')!.equals(content)).toBe(true);
});

test('a path upload resumes after a failed chunk on a later call', async () => {
  server.seen.length = 0;
  server.fail = (request) => (request.headers['content-range']?.startsWith(`bytes ${5 * MiB}-`) ? 'drop' : undefined);
  await expect(createFileFromPath(client, { bucketId: 'b1', fileId: 'clip-2', path, name: 'renamed.bin' }, { retry: 0 })).rejects.toThrow();
  server.fail = () => undefined;
  server.seen.length = 0;
  const raw = await createFileFromPath(client, { bucketId: 'b1', fileId: 'clip-2', path, name: 'renamed.bin' }).raw();
  expect(raw.status).toBe(201);
  expect(server.seen.map((request) => request.method)).toEqual(['GET', 'POST', 'POST']);
  expect(server.seen[1]!.fileName).toBe('renamed.bin');
  expect(server.bytes('clip-2')!.equals(content)).toBe(true);
});

test('a missing path rejects without sending anything', async () => {
  server.seen.length = 0;
  await expect(createFileFromPath(client, { bucketId: 'b1', fileId: 'x', path: join(dir, 'nope.bin') })).rejects.toThrow(/ENOENT/);
  expect(server.seen).toHaveLength(0);
});
