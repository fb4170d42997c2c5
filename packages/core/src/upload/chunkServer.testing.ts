/**
 * A loopback HTTP server that speaks Appwrite 1.5's chunked upload protocol, for tests only
 * (not part of any build entry). It keeps files in memory, records every request, and can be
 * told to fail chosen requests.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const CHUNK = 5 * 1024 * 1024;

/** One request the server received. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  /** The `fileId` form field. */
  readonly fileId?: string;
  /** The name and size of the `file` form part. */
  readonly fileName?: string;
  readonly fileSize?: number;
  readonly permissions?: string[];
}

/** What to do with a request instead of serving it: answer with a status, or drop the connection. */
export type Failure = { status: number; type?: string } | 'drop' | undefined;

interface StoredFile {
  id: string;
  bucketId: string;
  name: string;
  mimeType: string;
  size: number;
  chunksTotal: number;
  parts: Map<number, Buffer>;
  permissions: string[];
}

/** A running chunk server. */
export interface ChunkServer {
  /** The endpoint, such as `http://127.0.0.1:PORT/v1`. */
  readonly endpoint: string;
  /** Every request, in order. */
  readonly seen: SeenRequest[];
  /** Decides per request whether to fail it; set by tests. */
  fail: (request: SeenRequest) => Failure;
  /** The stored bytes of a file, joined in chunk order. */
  bytes(fileId: string): Buffer | undefined;
  /** Stops the server. */
  close(): Promise<void>;
}

/** A static page the server also serves, so a browser test can load its page from the same origin. */
export interface StaticPage {
  readonly type: string;
  readonly body: string;
}

/**
 * Starts a chunk server on 127.0.0.1 with a free port.
 *
 * @param pages Static pages by path, such as `{ '/': { type: 'text/html', body } }`.
 */
export async function startChunkServer(pages: Readonly<Record<string, StaticPage>> = {}): Promise<ChunkServer> {
  const files = new Map<string, StoredFile>();
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error), code: 500, type: 'general_unknown' }));
  });
  const state: ChunkServer = {
    endpoint: '',
    seen,
    fail: () => undefined,
    bytes: (fileId) => {
      const file = files.get(fileId);
      return file && Buffer.concat([...file.parts.entries()].sort(([a], [b]) => a - b).map(([, part]) => part));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = req.method === 'GET' ? pages[url.pathname] : undefined;
    if (page) return void res.writeHead(200, { 'content-type': page.type }).end(page.body);
    const body: Buffer[] = [];
    for await (const piece of req) body.push(piece as Buffer);
    const match = /^\/v1\/storage\/buckets\/([^/]+)\/files(?:\/([^/]+))?$/.exec(url.pathname);
    let record: SeenRequest = { method: req.method ?? 'GET', path: url.pathname, headers: req.headers };
    if (req.method === 'POST' && String(req.headers['content-type']).startsWith('multipart/form-data')) {
      const form = await new Response(Buffer.concat(body), { headers: { 'content-type': req.headers['content-type']! } }).formData();
      const file = form.get('file') as File | null;
      record = {
        ...record,
        fileId: String(form.get('fileId')),
        fileName: file?.name,
        fileSize: file?.size,
        permissions: form.getAll('permissions[]').map(String),
      };
      seen.push(record);
      const failure = state.fail(record);
      if (failure === 'drop') return void req.socket.destroy();
      if (failure) return send(res, failure.status, { message: 'failed on purpose', code: failure.status, type: failure.type ?? 'general_unknown' });
      if (!match || match[2] || !file) return send(res, 400, { message: 'bad upload', code: 400, type: 'general_argument_invalid' });
      return upload(res, match[1]!, record, file, form.getAll('permissions[]').map(String));
    }
    seen.push(record);
    const failure = state.fail(record);
    if (failure === 'drop') return void req.socket.destroy();
    if (failure) return send(res, failure.status, { message: 'failed on purpose', code: failure.status, type: failure.type ?? 'general_unknown' });
    if (req.method === 'GET' && match?.[2]) {
      const file = files.get(decodeURIComponent(match[2]));
      if (!file) return send(res, 404, { message: 'File not found', code: 404, type: 'storage_file_not_found' });
      return send(res, 200, model(file));
    }
    send(res, 404, { message: 'Route not found', code: 404, type: 'general_route_not_found' });
  }

  async function upload(res: ServerResponse, bucketId: string, record: SeenRequest, file: File, permissions: string[]): Promise<void> {
    const bytes = Buffer.from(await file.arrayBuffer());
    const range = record.headers['content-range'];
    let fileId = record.fileId === 'unique()' ? randomBytes(10).toString('hex') : record.fileId!;
    if (range === undefined) {
      if (files.has(fileId)) return send(res, 409, { message: 'exists', code: 409, type: 'storage_file_already_exists' });
      const stored: StoredFile = { id: fileId, bucketId, name: file.name, mimeType: file.type, size: bytes.length, chunksTotal: 1, parts: new Map([[0, bytes]]), permissions };
      files.set(fileId, stored);
      return send(res, 201, model(stored));
    }
    const parsed = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(range));
    if (!parsed) return send(res, 416, { message: 'bad range', code: 416, type: 'storage_invalid_content_range' });
    const [start, end, size] = parsed.slice(1).map(Number) as [number, number, number];
    const last = end === size - 1;
    if (end - start + 1 !== bytes.length || start % CHUNK !== 0 || (!last && bytes.length !== CHUNK) || end >= size) {
      return send(res, 416, { message: 'bad range', code: 416, type: 'storage_invalid_content_range' });
    }
    fileId = String(record.headers['x-appwrite-id'] ?? fileId);
    let stored = files.get(fileId);
    if (stored && stored.parts.size === stored.chunksTotal) return send(res, 409, { message: 'exists', code: 409, type: 'storage_file_already_exists' });
    if (!stored) {
      stored = { id: fileId, bucketId, name: file.name, mimeType: file.type, size, chunksTotal: Math.ceil(size / CHUNK), parts: new Map(), permissions };
      files.set(fileId, stored);
    }
    stored.parts.set(start / CHUNK, bytes);
    send(res, 201, model(stored));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (state as { endpoint: string }).endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}

function model(file: StoredFile): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    $id: file.id,
    bucketId: file.bucketId,
    $createdAt: now,
    $updatedAt: now,
    $permissions: file.permissions,
    name: file.name,
    signature: '',
    mimeType: file.mimeType,
    sizeOriginal: file.size,
    chunksTotal: file.chunksTotal,
    chunksUploaded: file.parts.size,
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
