import type { Client, RequestOptions } from '@aw/core';
import { _encodePath, type Operation } from '@aw/core/internal';
import { _streamBinary } from './streamBinary.ts';

/**
 * File stream params interface.
 */
export interface FileStreamParams {
  /** The bucket ID. */
  readonly bucketId: string;
  /** The file ID. */
  readonly fileId: string;
}

// The same endpoint as the generated `getFileDownload`, read as a stream.
const DOWNLOAD: Operation = {
  method: 'GET',
  path: '/storage/buckets/{bucketId}/files/{fileId}/download',
  response: 'blob',
  fill: _encodePath,
};

/**
 * Creates a stream of a stored file's bytes, for files too large to hold in memory as the
 * `Blob` that `getFileDownload` returns. Pipe it to disk or to an HTTP response.
 *
 * @param client The client.
 * @param params The bucket and file IDs.
 * @param options The per-call options; `signal` also cuts the stream while it is read.
 *
 * @returns The promise of the byte stream; it rejects with an `AppwriteError` when the server refuses.
 */
export function getFileDownloadStream(
  client: Client,
  params: FileStreamParams,
  options?: RequestOptions,
): Promise<ReadableStream<Uint8Array>> {
  return _streamBinary(client, DOWNLOAD, params as unknown as Record<string, unknown>, options);
}
