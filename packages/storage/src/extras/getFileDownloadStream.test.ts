import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppwriteError, createClient, type Client } from '@aw/core';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { getFileDownloadStream } from './getFileDownloadStream.ts';
import { getFileViewStream } from './getFileViewStream.ts';

// Multi-MiB bodies through multipart encode and parse: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const PIECE = 64 * 1024;
const PIECES = 40; // 2.5 MiB, sent slowly
let server: Server;
let client: Client;
const seen: IncomingMessage[] = [];

function piece(index: number): Buffer {
  return Buffer.alloc(PIECE, index % 251);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    const match = /^\/v1\/storage\/buckets\/([^/]+)\/files\/([^/]+)\/(download|view)/.exec(req.url ?? '');
    if (!match || match[2] === 'missing') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'File not found', code: 404, type: 'storage_file_not_found' }));
      return;
    }
    res.writeHead(200, { 'content-type': match[3] === 'view' ? 'image/png' : 'application/octet-stream', 'content-length': String(PIECE * PIECES) });
    // Pieces arrive over ~400 ms, longer than the timeout some tests set.
    let index = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      res.write(piece(index++));
      if (index === PIECES) {
        clearInterval(timer);
        res.end();
      }
    }, 10);
    res.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = createClient({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, project: 'p1', session: 'secret-1' });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => void (seen.length = 0));

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ bytes: number; pieces: number; ok: boolean }> {
  let bytes = 0;
  let pieces = 0;
  let ok = true;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    pieces++;
    // Every byte must be the value of the piece it belongs to.
    const start = bytes - chunk.byteLength;
    for (let i = 0; i < chunk.byteLength; i += 4096) if (chunk[i] !== Math.floor((start + i) / PIECE) % 251) ok = false;
  }
  return { bytes, pieces, ok };
}

describe('getFileDownloadStream', () => {
  test('streams the bytes with the client auth headers', async () => {
    const stream = await getFileDownloadStream(client, { bucketId: 'b 1', fileId: 'f1' });
    expect(seen[0]!.url).toBe('/v1/storage/buckets/b%201/files/f1/download');
    expect(seen[0]!.headers['x-appwrite-project']).toBe('p1');
    expect(seen[0]!.headers['x-appwrite-session']).toBe('secret-1');
    const result = await readAll(stream);
    expect(result).toMatchObject({ bytes: PIECE * PIECES, ok: true });
    // Arrived in pieces, not as one buffered body.
    expect(result.pieces).toBeGreaterThan(1);
  });

  test('the per-attempt timeout bounds the wait for headers, not the whole download', async () => {
    const stream = await getFileDownloadStream(client, { bucketId: 'b1', fileId: 'f1' }, { timeout: 150 });
    expect((await readAll(stream)).bytes).toBe(PIECE * PIECES);
  });

  test('the caller signal cuts the stream while it is read', async () => {
    const controller = new AbortController();
    const stream = await getFileDownloadStream(client, { bucketId: 'b1', fileId: 'f1' }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 50);
    await expect(readAll(stream)).rejects.toThrow();
  });

  test('a refused download rejects with an AppwriteError before any stream is handed out', async () => {
    const error = await getFileDownloadStream(client, { bucketId: 'b1', fileId: 'missing' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppwriteError);
    expect((error as AppwriteError).type).toBe('storage_file_not_found');
  });

  test('the view stream uses the view endpoint', async () => {
    const stream = await getFileViewStream(client, { bucketId: 'b1', fileId: 'f1' });
    expect(seen[0]!.url).toBe('/v1/storage/buckets/b1/files/f1/view');
    expect((await readAll(stream)).bytes).toBe(PIECE * PIECES);
  });
});
