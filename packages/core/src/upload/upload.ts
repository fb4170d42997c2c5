import type { Client, RetryOptions } from '../client/types.ts';
import { AppwriteError, AwValidationError } from '../errors/errors.ts';
import { unique } from '../id/id.ts';
import { _encodePath } from '../request/encodePath.ts';
import { _fill, _label, request } from '../request/request.ts';
import type { AwPromise, Operation, RawResponse, RequestOptions } from '../request/types.ts';
import { _chunkReader } from './chunkReader.ts';
import { CHUNK_SIZE } from './chunkRanges.ts';

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
 * @param operation The operation description, with `fill` (`_encodePath`) and `form` (`_formBody`), as the
 *   generator writes it for `createFile`; its params include `bucketId`, `fileId` and `file`.
 * @param params The operation params; `file` is an {@link UploadInput}.
 * @param options The per-call options, with `onProgress` and `resume`.
 *
 * @returns The promise of the stored file, with `.raw()` for the last request's response.
 *
 * @internal
 */
export function upload<T>(client: Client, operation: Operation, params: object, options: UploadOptions = {}): AwPromise<T> {
  // Generated params are interfaces, which have no index signature: accept any object.
  const raw = _upload<T>(client, operation, params as Readonly<Record<string, unknown>>, options);
  const body = raw.then((response) => response.body) as AwPromise<T>;
  // Callers that only use `.raw()` must not see an unhandled rejection from the body branch.
  body.catch(() => undefined);
  // Defined, not assigned: see `request`.
  Object.defineProperty(body, 'raw', { value: () => raw });
  return body;
}

// What the file model tells a resuming upload.
interface StoredFile {
  readonly sizeOriginal?: number;
  readonly chunksTotal?: number;
  readonly chunksUploaded?: number;
}

async function _upload<T>(
  client: Client,
  operation: Operation,
  params: Readonly<Record<string, unknown>>,
  options: UploadOptions,
): Promise<RawResponse<T>> {
  const { onProgress, resume = true, ...requestOptions } = options;
  const { file, ...fields } = params;
  // Every param is checked before anything is read or sent, the file by its own rule.
  _fill(operation, fields);
  const reader = _chunkReader(file);
  if (!reader) {
    const message = 'Expected a Blob, bytes, or { data, size } (size required for a stream)';
    const issue = { kind: 'schema', type: 'custom', message, path: [{ key: 'file' }] };
    throw new AwValidationError(_label(operation), 'params', [issue as never]);
  }
  const { size } = reader;
  const count = Math.ceil(size / CHUNK_SIZE) || 1;
  const chunked = count > 1;
  const chosen = fields.fileId as string;
  const fileId = chunked && chosen === 'unique()' ? unique() : chosen;
  // A chunked upload to a chosen ID first asks how many chunks of this file the server holds.
  const first =
    chunked && resume && fileId === chosen
      ? await request<StoredFile>(
          client,
          { method: 'GET', path: _encodePath(`${operation.path}/{fileId}`, fields)[0] } as Operation,
          {},
          { ...requestOptions, validateResponse: false },
        ).then(
          // Another file under the same ID, or a finished one: send it all and let the server decide.
          ({ sizeOriginal, chunksTotal, chunksUploaded = 0 }) => (sizeOriginal === size && chunksTotal === count && chunksUploaded < count ? chunksUploaded : 0),
          (error: unknown) => {
            // Not there, or not readable by this user: a fresh upload reports any real problem.
            if (error instanceof AppwriteError && [401, 403, 404].includes(error.status)) return 0;
            throw error;
          },
        )
      : 0;
  let chunkOptions = requestOptions;
  if (chunked) {
    const retry = requestOptions.retry ?? client.retry;
    const policy: RetryOptions = typeof retry === 'number' ? { attempts: retry } : retry;
    // Chunks are retried for POST too (and after 408 and 500): resending a byte range to the same file ID is safe.
    chunkOptions = { ...requestOptions, retry: { ...policy, methods: ['POST'], statuses: policy.statuses ?? [408, 429, 500, 502, 503, 504] } };
  }
  let id = first ? fileId : undefined;
  let response!: RawResponse<T>;
  // `first` is always below `count`, so the loop runs at least once. An abort stops the next request.
  for (let index = first; index < count; index++) {
    const start = index * CHUNK_SIZE;
    const end = Math.min(start + CHUNK_SIZE, size);
    // Read once, before the request: a retry resends these same bytes.
    const chunk = await reader.read(start, end);
    const headers: Record<string, string> = { ...requestOptions.headers };
    // `content-range` names the last byte, not the end.
    if (chunked) headers['content-range'] = `bytes ${start}-${end - 1}/${size}`;
    if (id) headers['x-appwrite-id'] = id;
    response = await request<T>(client, operation, { ...fields, fileId, file: chunk }, { ...chunkOptions, headers }).raw();
    id = (response.body as { $id?: string } | undefined)?.$id ?? fileId;
    onProgress?.({ $id: id, progress: (end / size) * 100 || 100, sizeUploaded: end, chunksTotal: count, chunksUploaded: index + 1 });
  }
  return response;
}
