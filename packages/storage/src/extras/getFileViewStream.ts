import type { Client, RequestOptions } from '@aw/core';
import { _encodePath, type Operation } from '@aw/core/internal';
import type { FileStreamParams } from './getFileDownloadStream.ts';
import { _streamBinary } from './streamBinary.ts';

// The same endpoint as the generated `getFileForView`, read as a stream.
const VIEW: Operation = {
  method: 'GET',
  path: '/storage/buckets/{bucketId}/files/{fileId}/view',
  response: 'blob',
  fill: _encodePath,
};

/**
 * Creates a stream of a stored file's bytes as served for viewing (with the file's own
 * content type, where download forces an attachment).
 *
 * @param client The client.
 * @param params The bucket and file IDs.
 * @param options The per-call options; `signal` also cuts the stream while it is read.
 *
 * @returns The promise of the byte stream; it rejects with an `AppwriteError` when the server refuses.
 */
export function getFileViewStream(
  client: Client,
  params: FileStreamParams,
  options?: RequestOptions,
): Promise<ReadableStream<Uint8Array>> {
  return _streamBinary(client, VIEW, params as unknown as Record<string, unknown>, options);
}
