import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwNetworkError, createClient, ID, type Client, type UploadProgress } from '@aw/core';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
// The emulator is imported from source: it is not a declared dependency of this package.
import { startEmulator, type RunningEmulator } from '../../../emulator/src/index.ts';
import { createFile } from '../generated/createFile.ts';
import { getFileById } from '../generated/getFileById.ts';
import { getFileDownload } from '../generated/getFileDownload.ts';
import { createFileFromPath } from '../node/createFileFromPath.ts';
import { getFileDownloadStream } from './getFileDownloadStream.ts';

// Multi-MiB bodies through multipart encode and parse: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const MiB = 1024 * 1024;
const SIZE = 11 * MiB + 123;
const bucketId = 'uploads';
const content = new Uint8Array(SIZE);
for (let i = 0; i < SIZE; i++) content[i] = (i * 13 + (i >> 14)) & 255;

let emulator: RunningEmulator;
let client: Client;
let dir: string;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: { buckets: [{ $id: bucketId, name: 'Uploads', $permissions: ['create("any")', 'read("any")'], fileSecurity: false }] },
  });
  client = createClient({ endpoint: emulator.url, project: emulator.projectId, retry: { attempts: 2, baseDelay: 5 } });
  dir = await mkdtemp(join(tmpdir(), 'aw-e2e-'));
});
afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

async function streamBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

test('createFile sends 11 MiB in three chunks the emulator joins back into the same bytes', async () => {
  const events: UploadProgress[] = [];
  const file = await createFile(client, { bucketId, fileId: ID.unique(), file: new File([content], 'data.bin') }, { onProgress: (event) => events.push(event) });
  expect(file).toMatchObject({ name: 'data.bin', sizeOriginal: SIZE, chunksTotal: 3, chunksUploaded: 3 });
  expect(events.map((event) => [event.chunksUploaded, event.$id])).toEqual([[1, file.$id], [2, file.$id], [3, file.$id]]);
  expect(events.at(-1)!.progress).toBe(100);

  const downloaded = new Uint8Array(await (await getFileDownload(client, { bucketId, fileId: file.$id })).arrayBuffer());
  expect(Buffer.from(downloaded).equals(content)).toBe(true);
  const streamed = await streamBytes(await getFileDownloadStream(client, { bucketId, fileId: file.$id }));
  expect(Buffer.from(streamed).equals(content)).toBe(true);
});

test('an upload cut off at its last chunk resumes from what the emulator holds', async () => {
  const sent: string[] = [];
  let cut = true;
  const flaky: typeof fetch = async (input, init) => {
    const range = new Headers(init?.headers).get('content-range');
    sent.push(`${init?.method ?? 'GET'} ${range ?? ''}`.trim());
    if (cut && range?.startsWith(`bytes ${10 * MiB}-`)) throw new TypeError('fetch failed');
    return fetch(input, init);
  };
  const flakyClient = createClient({ endpoint: emulator.url, project: emulator.projectId, fetch: flaky, retry: 0 });
  const params = { bucketId, fileId: 'resumable', file: new File([content], 'resume.bin') };

  await expect(createFile(flakyClient, params)).rejects.toBeInstanceOf(AwNetworkError);
  expect(await getFileById(client, { bucketId, fileId: 'resumable' })).toMatchObject({ chunksUploaded: 2, chunksTotal: 3 });

  cut = false;
  sent.length = 0;
  const file = await createFile(flakyClient, params);
  expect(sent).toEqual(['GET', `POST bytes ${10 * MiB}-${SIZE - 1}/${SIZE}`]);
  expect(file).toMatchObject({ $id: 'resumable', chunksUploaded: 3 });
  const downloaded = await streamBytes(await getFileDownloadStream(client, { bucketId, fileId: 'resumable' }));
  expect(Buffer.from(downloaded).equals(content)).toBe(true);
});

test('createFileFromPath uploads a file from disk to the emulator', async () => {
  const path = join(dir, 'from-disk.bin');
  await writeFile(path, content);
  const file = await createFileFromPath(client, { bucketId, fileId: ID.unique(), path });
  expect(file).toMatchObject({ name: 'from-disk.bin', sizeOriginal: SIZE, chunksUploaded: 3 });
  const downloaded = await streamBytes(await getFileDownloadStream(client, { bucketId, fileId: file.$id }));
  expect(Buffer.from(downloaded).equals(content)).toBe(true);
});
