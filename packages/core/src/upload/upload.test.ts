import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { createClient } from '../client/createClient.ts';
import type { Client } from '../client/types.ts';
import { AppwriteError } from '../errors/errors.ts';
import { AwNetworkError } from '../errors/errors.ts';
import { AwValidationError } from '../errors/errors.ts';
import { _encodePath } from '../request/encodePath.ts';
import { _formBody } from '../request/formBody.ts';
import type { Operation } from '../request/types.ts';
import { startChunkServer, type ChunkServer } from './chunkServer.testing.ts';
import { upload, type UploadProgress } from './upload.ts';

// Multi-MiB bodies through multipart encode and parse: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const MiB = 1024 * 1024;
const SIZE = 11 * MiB + 123;
// As the generator writes it: a path filler and a form builder.
const createFile = { method: 'POST', path: '/storage/buckets/{bucketId}/files', model: 'file', fill: _encodePath, form: _formBody } as Operation;

interface FileModel {
  $id: string;
  name: string;
  sizeOriginal: number;
  chunksTotal: number;
  chunksUploaded: number;
}

let server: ChunkServer;
let client: Client;

beforeAll(async () => {
  server = await startChunkServer();
  // Short backoff keeps retry tests fast; the policy itself is tested in core's request tests.
  client = createClient({ endpoint: server.endpoint, project: 'p1', retry: { attempts: 2, baseDelay: 5, maxDelay: 20 } });
});
afterAll(() => server.close());
beforeEach(() => {
  server.seen.length = 0;
  server.fail = () => undefined;
});

function bytesOf(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  // Position-dependent content, so a chunk sent at the wrong offset shows up as different bytes.
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 16)) & 255;
  return bytes;
}

const big = bytesOf(SIZE);
const posts = (): typeof server.seen => server.seen.filter((request) => request.method === 'POST');

describe('single-request uploads', () => {
  test('a small Blob goes in one plain request with progress 100 once', async () => {
    const events: UploadProgress[] = [];
    const file = new File([bytesOf(1024) as BlobPart], 'small.bin', { type: 'application/octet-stream' });
    const result = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'small-1', file, permissions: ['read("any")'] }, { onProgress: (event) => events.push(event) });
    expect(result).toMatchObject({ $id: 'small-1', name: 'small.bin', sizeOriginal: 1024 });
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]!.headers['content-range']).toBeUndefined();
    expect(server.seen[0]!.permissions).toEqual(['read("any")']);
    expect(events).toEqual([{ $id: 'small-1', progress: 100, sizeUploaded: 1024, chunksTotal: 1, chunksUploaded: 1 }]);
  });

  test('exactly 5 MiB is still one request, with no resume lookup', async () => {
    const result = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'five', file: new Blob([bytesOf(5 * MiB) as BlobPart]) });
    expect(result.sizeOriginal).toBe(5 * MiB);
    expect(server.seen.map((request) => request.method)).toEqual(['POST']);
    expect(server.seen[0]!.fileName).toBe('file');
  });

  test('an empty file is one request', async () => {
    const result = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'empty', file: new Uint8Array(0) });
    expect(result.sizeOriginal).toBe(0);
    expect(server.seen).toHaveLength(1);
  });

  test('.raw() gives the status and headers of the request', async () => {
    const raw = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'raw-1', file: new Blob(['hi']) }).raw();
    expect(raw.status).toBe(201);
    expect(raw.body.$id).toBe('raw-1');
    expect(raw.headers['content-type']).toBe('application/json');
  });
});

describe('chunked uploads', () => {
  test('11 MiB + 123 from a Blob goes in three chunks with ranges, x-appwrite-id and progress', async () => {
    const events: UploadProgress[] = [];
    const file = new File([big as BlobPart], 'big.bin', { type: 'application/octet-stream' });
    const result = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'unique()', file }, { onProgress: (event) => events.push(event) });

    // `unique()` means no resume lookup: only the three chunk requests.
    expect(server.seen.map((request) => request.method)).toEqual(['POST', 'POST', 'POST']);
    expect(server.seen.map((request) => request.headers['content-range'])).toEqual([
      `bytes 0-${5 * MiB - 1}/${SIZE}`,
      `bytes ${5 * MiB}-${10 * MiB - 1}/${SIZE}`,
      `bytes ${10 * MiB}-${SIZE - 1}/${SIZE}`,
    ]);
    expect(server.seen.map((request) => request.fileSize)).toEqual([5 * MiB, 5 * MiB, MiB + 123]);
    expect(server.seen.every((request) => request.fileName === 'big.bin')).toBe(true);
    const id = result.$id;
    expect(id).toMatch(/^[0-9a-f]{20}$/);
    expect(server.seen.map((request) => request.headers['x-appwrite-id'])).toEqual([undefined, id, id]);
    expect(result).toMatchObject({ chunksTotal: 3, chunksUploaded: 3, sizeOriginal: SIZE });
    expect(events.map((event) => [event.$id, event.chunksUploaded, event.chunksTotal, event.sizeUploaded])).toEqual([
      [id, 1, 3, 5 * MiB],
      [id, 2, 3, 10 * MiB],
      [id, 3, 3, SIZE],
    ]);
    expect(events.map((event) => event.progress)).toEqual([(5 * MiB * 100) / SIZE, (10 * MiB * 100) / SIZE, 100]);
    expect(server.bytes(id)!.equals(big)).toBe(true);
  });

  test('a chosen file ID is looked up first and, when absent, uploaded from the start', async () => {
    await upload(client, createFile, { bucketId: 'b1', fileId: 'fresh-big', file: new Blob([big as BlobPart]) });
    expect(server.seen.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /v1/storage/buckets/b1/files/fresh-big',
      'POST /v1/storage/buckets/b1/files',
      'POST /v1/storage/buckets/b1/files',
      'POST /v1/storage/buckets/b1/files',
    ]);
    expect(posts().map((request) => request.fileId)).toEqual(['fresh-big', 'fresh-big', 'fresh-big']);
    expect(server.bytes('fresh-big')!.equals(big)).toBe(true);
  });

  test('a chunk that fails with 503 is retried and the upload completes', async () => {
    let failed = false;
    server.fail = (request) => {
      if (!failed && request.headers['content-range']?.startsWith(`bytes ${5 * MiB}-`)) {
        failed = true;
        return { status: 503 };
      }
      return undefined;
    };
    const result = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'unique()', file: new Blob([big as BlobPart]) });
    expect(posts().map((request) => request.headers['content-range']?.split('-')[0])).toEqual([
      'bytes 0',
      `bytes ${5 * MiB}`,
      `bytes ${5 * MiB}`,
      `bytes ${10 * MiB}`,
    ]);
    expect(server.bytes(result.$id)!.equals(big)).toBe(true);
  });

  test('chunks are retried after 408 and 500 too, and for POST even when the retry options name other methods', async () => {
    const failures = [408, 500];
    server.fail = (request) => {
      if (request.method === 'POST' && request.headers['content-range']?.startsWith(`bytes ${5 * MiB}-`) && failures.length) return { status: failures.shift()! };
      return undefined;
    };
    const retry = { attempts: 2, baseDelay: 5, maxDelay: 20, methods: ['GET'] };
    const result = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'unique()', file: new Blob([big as BlobPart]) }, { retry });
    expect(posts().map((request) => request.headers['content-range']?.split('-')[0])).toEqual([
      'bytes 0',
      `bytes ${5 * MiB}`,
      `bytes ${5 * MiB}`,
      `bytes ${5 * MiB}`,
      `bytes ${10 * MiB}`,
    ]);
    expect(server.bytes(result.$id)!.equals(big)).toBe(true);
  });

  test('a single-request upload keeps the usual policy: a POST that fails with 503 is not resent', async () => {
    server.fail = () => ({ status: 503 });
    const error = await upload(client, createFile, { bucketId: 'b1', fileId: 'small-503', file: new Blob(['hi']) }).catch((e: unknown) => e);
    expect((error as AppwriteError).status).toBe(503);
    expect(posts()).toHaveLength(1);
  });

  test('a dropped connection is retried like any network failure', async () => {
    let dropped = false;
    server.fail = (request) => {
      if (!dropped && request.headers['content-range']?.startsWith(`bytes ${10 * MiB}-`)) {
        dropped = true;
        return 'drop';
      }
      return undefined;
    };
    const result = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'unique()', file: new Blob([big as BlobPart]) });
    expect(posts()).toHaveLength(4);
    expect(server.bytes(result.$id)!.equals(big)).toBe(true);
  });

  test('after a failed upload, the same file ID continues from the chunks the server holds', async () => {
    server.fail = (request) => (request.headers['content-range']?.startsWith(`bytes ${10 * MiB}-`) ? 'drop' : undefined);
    const file = new File([big as BlobPart], 'resume.bin');
    const failure = await upload(client, createFile, { bucketId: 'b1', fileId: 'resume-1', file }, { retry: 0 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AwNetworkError);

    server.seen.length = 0;
    server.fail = () => undefined;
    const events: UploadProgress[] = [];
    const result = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'resume-1', file }, { onProgress: (event) => events.push(event) });
    expect(server.seen.map((request) => request.method)).toEqual(['GET', 'POST']);
    expect(server.seen[1]!.headers['content-range']).toBe(`bytes ${10 * MiB}-${SIZE - 1}/${SIZE}`);
    expect(server.seen[1]!.headers['x-appwrite-id']).toBe('resume-1');
    expect(events).toEqual([{ $id: 'resume-1', progress: 100, sizeUploaded: SIZE, chunksTotal: 3, chunksUploaded: 3 }]);
    expect(result).toMatchObject({ chunksUploaded: 3, chunksTotal: 3 });
    expect(server.bytes('resume-1')!.equals(big)).toBe(true);
  });

  test('resume: false skips the lookup', async () => {
    await upload(client, createFile, { bucketId: 'b1', fileId: 'no-lookup', file: new Blob([big as BlobPart]) }, { resume: false });
    expect(server.seen.map((request) => request.method)).toEqual(['POST', 'POST', 'POST']);
  });

  test('a finished file under the same ID is not resumed: the server reports the conflict', async () => {
    await upload(client, createFile, { bucketId: 'b1', fileId: 'done-1', file: new Blob([big as BlobPart]) });
    const error = await upload(client, createFile, { bucketId: 'b1', fileId: 'done-1', file: new Blob([big as BlobPart]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppwriteError);
    expect((error as AppwriteError).type).toBe('storage_file_already_exists');
  });

  test('a 400-class chunk failure is not retried', async () => {
    server.fail = (request) => (request.headers['content-range']?.startsWith(`bytes ${5 * MiB}-`) ? { status: 400, type: 'storage_invalid_content_range' } : undefined);
    const error = await upload(client, createFile, { bucketId: 'b1', fileId: 'unique()', file: new Blob([big as BlobPart]) }).catch((e: unknown) => e);
    expect((error as AppwriteError).status).toBe(400);
    expect(posts()).toHaveLength(2);
  });

  test('aborting after the first chunk stops the upload with the signal reason', async () => {
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    const error = await upload(client, createFile, { bucketId: 'b1', fileId: 'unique()', file: new Blob([big as BlobPart]) }, {
      signal: controller.signal,
      onProgress: () => controller.abort(reason),
    }).catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(posts()).toHaveLength(1);
  });

  test('an aborted signal sends nothing', async () => {
    const error = await upload(client, createFile, { bucketId: 'b1', fileId: 'unique()', file: new Blob([big as BlobPart]) }, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(server.seen).toHaveLength(0);
  });
});

describe('inputs', () => {
  test('a Uint8Array (or Buffer) with a name', async () => {
    const result = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'unique()', file: { data: Buffer.from(big), name: 'buffer.bin' } });
    expect(posts().map((request) => request.fileName)).toEqual(['buffer.bin', 'buffer.bin', 'buffer.bin']);
    expect(server.bytes(result.$id)!.equals(big)).toBe(true);
  });

  test('a web ReadableStream with a known size, in pieces that do not line up with chunks', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < SIZE; offset += 777_777) controller.enqueue(big.subarray(offset, offset + 777_777));
        controller.close();
      },
    });
    const result = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'unique()', file: { data: stream, size: SIZE, name: 's.bin' } });
    expect(posts().map((request) => request.fileSize)).toEqual([5 * MiB, 5 * MiB, MiB + 123]);
    expect(server.bytes(result.$id)!.equals(big)).toBe(true);
  });

  test('a Node Readable from fs.createReadStream with its size', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aw-stream-'));
    try {
      const path = join(dir, 'node-stream.bin');
      await writeFile(path, big);
      // A small highWaterMark makes many pieces that straddle the chunk borders.
      const data = createReadStream(path, { highWaterMark: 300_001 });
      const result = await upload<FileModel>(client, createFile, { bucketId: 'b1', fileId: 'unique()', file: { data, size: SIZE, name: 'node-stream.bin' } });
      expect(posts().map((request) => request.fileSize)).toEqual([5 * MiB, 5 * MiB, MiB + 123]);
      expect(server.bytes(result.$id)!.equals(big)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a resumed stream upload skips the bytes already stored', async () => {
    server.fail = (request) => (request.headers['content-range']?.startsWith(`bytes ${5 * MiB}-`) ? { status: 400 } : undefined);
    await upload(client, createFile, { bucketId: 'b1', fileId: 'stream-resume', file: { data: big } }).catch(() => undefined);
    server.fail = () => undefined;
    async function* pieces(): AsyncGenerator<Uint8Array> {
      for (let offset = 0; offset < SIZE; offset += 1_000_003) yield big.slice(offset, offset + 1_000_003);
    }
    await upload(client, createFile, { bucketId: 'b1', fileId: 'stream-resume', file: { data: pieces(), size: SIZE } });
    expect(server.bytes('stream-resume')!.equals(big)).toBe(true);
  });

  test('a resumed upload from bytes sends only the chunks the server lacks', async () => {
    server.fail = (request) => (request.headers['content-range']?.startsWith(`bytes ${10 * MiB}-`) ? { status: 400 } : undefined);
    await upload(client, createFile, { bucketId: 'b1', fileId: 'bytes-resume', file: big }).catch(() => undefined);
    server.fail = () => undefined;
    server.seen.length = 0;
    const events: UploadProgress[] = [];
    await upload(client, createFile, { bucketId: 'b1', fileId: 'bytes-resume', file: big }, { onProgress: (event) => events.push(event) });
    expect(posts().map((request) => request.headers['content-range'])).toEqual([`bytes ${10 * MiB}-${SIZE - 1}/${SIZE}`]);
    expect(events.map((event) => [event.chunksUploaded, event.progress])).toEqual([[3, 100]]);
    expect(server.bytes('bytes-resume')!.equals(big)).toBe(true);
  });

  test('a stated size that differs from the Blob is refused and sends nothing', async () => {
    const error = await upload(client, createFile, { bucketId: 'b1', fileId: 'unique()', file: { data: new Blob(['abc']), size: 4 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(/holds 3 bytes, but its size was given as 4/);
    expect(server.seen).toHaveLength(0);
  });

  test('a stream shorter than its stated size fails before sending the short chunk', async () => {
    async function* short(): AsyncGenerator<Uint8Array> {
      yield big.subarray(0, 6 * MiB);
    }
    const error = await upload(client, createFile, { bucketId: 'b1', fileId: 'unique()', file: { data: short(), size: SIZE } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeError);
    expect(posts()).toHaveLength(1);
  });

  test('a stream without a size, or a plain object, is a validation error and sends nothing', async () => {
    for (const file of [{ data: new ReadableStream() }, { name: 'x' }, 'text', undefined]) {
      const error = await upload(client, createFile, { bucketId: 'b1', fileId: 'unique()', file }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AwValidationError);
      expect((error as AwValidationError).message).toContain('"file"');
      expect((error as AwValidationError).operation).toBe('POST /storage/buckets/{bucketId}/files');
      expect((error as AwValidationError).issues[0]!.path).toEqual([{ key: 'file' }]);
    }
    expect(server.seen).toHaveLength(0);
  });
});
