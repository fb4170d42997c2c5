import { custom, object, safeParse } from 'valibot';
import type { Client, RetryOptions } from '../client/types.ts';
import { AppwriteError, AwValidationError } from '../errors/errors.ts';
import { unique } from '../id/id.ts';
import { _encodePath } from '../request/encodePath.ts';
import { _formBody } from '../request/formBody.ts';
import { _fill, request } from '../request/request.ts';
import type { AwPromise, Operation, RawResponse, RequestOptions } from '../request/types.ts';
import { _chunkReader, _isUploadInput, type ChunkReader } from './chunkReader.ts';
import { CHUNK_SIZE, chunkRanges, contentRange } from './chunkRanges.ts';

export type { UploadInput, UploadSource } from './uploadInput.ts';

/**
 * Upload progress interface: what `onProgress` receives after each chunk.
 */
export interface UploadProgress {
  /** The file ID. */
  readonly $id: string;
  /** Percentage uploaded, 0 to 100; the last event is exactly 100. */
  readonly progress: number;
  /** Bytes uploaded so far, counting chunks a resumed upload found already stored. */
  readonly sizeUploaded: number;
  /** Number of requests the file is sent in (1 for a file of 5 MiB or less). */
  readonly chunksTotal: number;
  /** Number of chunks stored so far. */
  readonly chunksUploaded: number;
}

/**
 * Upload options interface: request options plus progress and resume settings.
 *
 * `retry` applies to each chunk, and chunks are retried for POST too, since resending a
 * byte range to the same file ID is safe. A single-request upload keeps the usual policy.
 */
export interface UploadOptions extends RequestOptions {
  /** Called after each chunk (and once for a single-request upload), ending at 100%. */
  readonly onProgress?: (progress: UploadProgress) => void;
  /**
   * Whether a chunked upload with a chosen file ID first asks the server how much of that
   * file it already has, and continues from there. Defaults to `true`.
   */
  readonly resume?: boolean;
}

// Statuses after which a chunk is resent: the chunk was not stored, or may be stored again harmlessly.
const CHUNK_RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

// What the file model tells a resuming upload.
interface StoredFile {
  readonly $id?: string;
  readonly sizeOriginal?: number;
  readonly chunksTotal?: number;
  readonly chunksUploaded?: number;
}

/**
 * Sends an upload operation such as `storage.createFile`.
 *
 * A file of 5 MiB or less goes in one multipart request. A larger one goes in 5 MiB chunks
 * with `content-range`, each later chunk naming the file in `x-appwrite-id`; a failed chunk
 * is retried with backoff, and a file ID that already holds part of the same file is
 * continued from its `chunksUploaded`. The literal ID `unique()` is replaced by a client-made
 * ID for chunked uploads, so every chunk can be retried safely.
 *
 * @param client The client.
 * @param operation The operation description (multipart, with `fileId` and `file` params).
 * @param params The operation params; `file` is an {@link UploadInput}.
 * @param options The per-call options, with `onProgress` and `resume`.
 *
 * @returns The promise of the stored file, with `.raw()` for the last request's response.
 *
 * @internal
 */
export function upload<T>(client: Client, operation: Operation, params: object, options: UploadOptions = {}): AwPromise<T> {
  // Generated params are interfaces, which have no index signature: accept any object.
  // The upload engine always sends a form to a path with a bucket in it.
  const multipart: Operation = { fill: _encodePath, form: _formBody, ...operation };
  const raw = _upload<T>(client, multipart, params as Readonly<Record<string, unknown>>, options);
  const body = raw.then((response) => response.body) as AwPromise<T>;
  // Callers that only use `.raw()` must not see an unhandled rejection from the body branch.
  body.catch(() => undefined);
  // Defined, not assigned: see `request`.
  Object.defineProperty(body, 'raw', { value: () => raw });
  return body;
}

async function _upload<T>(
  client: Client,
  operation: Operation,
  params: Readonly<Record<string, unknown>>,
  options: UploadOptions,
): Promise<RawResponse<T>> {
  const { onProgress, resume = true, ...requestOptions } = options;
  const { file, ...fields } = params;
  const reader = _readerFor(operation, fields, file);
  const size = reader.size;

  if (size <= CHUNK_SIZE) {
    const chunk = await reader.read(0, size);
    const response = await request<T>(client, operation, { ...fields, file: chunk }, requestOptions).raw();
    onProgress?.({ $id: _idOf(response.body, fields.fileId), progress: 100, sizeUploaded: size, chunksTotal: 1, chunksUploaded: 1 });
    return response;
  }

  const ranges = chunkRanges(size);
  const chosenId = String(fields.fileId);
  const fileId = chosenId === 'unique()' ? unique() : chosenId;
  const first =
    chosenId !== 'unique()' && resume
      ? await _storedChunks(client, operation, { ...fields, fileId }, size, ranges.length, requestOptions)
      : 0;
  const chunkOptions = { ...requestOptions, retry: _chunkRetry(requestOptions.retry ?? client.retry) };
  let uploadedId = first > 0 ? fileId : undefined;
  let response: RawResponse<T> | undefined;
  for (let index = first; index < ranges.length; index++) {
    requestOptions.signal?.throwIfAborted();
    const range = ranges[index]!;
    // Read once, before the request: a retry resends these same bytes.
    const chunk = await reader.read(range.start, range.end + 1);
    const headers: Record<string, string> = { ...requestOptions.headers, 'content-range': contentRange(range, size) };
    if (uploadedId !== undefined) headers['x-appwrite-id'] = uploadedId;
    response = await request<T>(client, operation, { ...fields, fileId, file: chunk }, { ...chunkOptions, headers }).raw();
    uploadedId = _idOf(response.body, fileId);
    onProgress?.({
      $id: uploadedId,
      progress: ((range.end + 1) / size) * 100,
      sizeUploaded: range.end + 1,
      chunksTotal: ranges.length,
      chunksUploaded: index + 1,
    });
  }
  // The loop ran at least once: `first` is always below the number of ranges.
  return response!;
}

// Checks every param before anything is read or sent, the file with its own rule.
function _readerFor(operation: Operation, fields: Record<string, unknown>, file: unknown): ChunkReader {
  _fill(operation, { ...fields, file: new File([], 'file') });
  if (!_isUploadInput(file)) {
    const schema = object({
      file: custom(_isUploadInput, 'Expected a File, Blob, Uint8Array, ArrayBuffer, or { data, name, size } (size required for a stream)'),
    });
    const result = safeParse(schema, { file });
    throw new AwValidationError(operation.name ?? `${operation.method} ${operation.path}`, 'params', result.issues ?? []);
  }
  return _chunkReader(file);
}

// Asks how many chunks of this file the server holds; 0 when there is no partial upload to continue.
async function _storedChunks(
  client: Client,
  operation: Operation,
  params: Record<string, unknown>,
  size: number,
  chunksTotal: number,
  options: RequestOptions,
): Promise<number> {
  try {
    const stored = await request<StoredFile>(client, _probeOperation(operation), _pathParams(operation, params), {
      ...options,
      validateResponse: false,
    });
    const uploaded = stored.chunksUploaded;
    // Another file under the same ID, or a finished one: send it all and let the server decide.
    if (stored.sizeOriginal !== size || stored.chunksTotal !== chunksTotal || typeof uploaded !== 'number') return 0;
    return uploaded > 0 && uploaded < chunksTotal ? Math.floor(uploaded) : 0;
  } catch (error) {
    // Not there, or not readable by this user: a fresh upload reports any real problem.
    if (error instanceof AppwriteError && [401, 403, 404].includes(error.status)) return 0;
    throw error;
  }
}

// The GET of one file under the upload operation's path: `/storage/buckets/{bucketId}/files/{fileId}`.
function _probeOperation(operation: Operation): Operation {
  return { name: `${operation.name} (stored chunks)`, method: 'GET', path: `${operation.path}/{fileId}`, fill: _encodePath };
}

function _pathParams(operation: Operation, params: Record<string, unknown>): Record<string, unknown> {
  const names = [...`${operation.path}/{fileId}`.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return Object.fromEntries(names.map((name) => [name, params[name]]));
}

function _chunkRetry(retry: number | RetryOptions): RetryOptions {
  const options: RetryOptions = typeof retry === 'number' ? { attempts: retry } : retry;
  const methods = options.methods ?? ['GET', 'HEAD'];
  return {
    ...options,
    methods: methods.some((method) => method.toUpperCase() === 'POST') ? methods : [...methods, 'POST'],
    statuses: options.statuses ?? CHUNK_RETRY_STATUSES,
  };
}

function _idOf(body: unknown, fallback: unknown): string {
  const id = (body as { $id?: unknown } | undefined)?.$id;
  return typeof id === 'string' ? id : String(fallback);
}
