import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AwPromise, Client, UploadOptions } from '@aw/core';
import type { Models } from '@aw/models';
import { createFile } from '../generated/createFile.ts';

/**
 * Create file from path params interface.
 */
export interface CreateFileFromPathParams {
  /** The bucket that holds the file. */
  readonly bucketId: string;
  /** The new file's ID; a chosen ID (not `unique()`) lets a failed upload resume. */
  readonly fileId: string;
  /** The path of the file on disk. */
  readonly path: string;
  /** The file name Appwrite stores. Defaults to the path's last segment. */
  readonly name?: string;
  /** The MIME type sent with the file. Defaults to none (Appwrite detects it). */
  readonly type?: string;
  /** Permission strings, built with `Permission` and `Role` from `@aw/core`. */
  readonly permissions?: readonly string[];
}

/**
 * Uploads a file from disk (Node only), chunk by chunk.
 *
 * The file is opened as a disk-backed `Blob` (`fs.openAsBlob`), so each 5 MiB chunk is read
 * from disk only when it is sent: a 1 GiB file never sits in memory whole. Everything else
 * (progress, retries, resume, abort) works as in `createFile`.
 *
 * @param client The client.
 * @param params The bucket, file ID, path, and optional name, type and permissions.
 * @param options Per-call options: signal, timeout, headers, retry, `onProgress`, `resume`.
 *
 * @returns The promise of the stored file, with `.raw()` for the last request's response.
 *
 * @example
 * ```ts
 * import { createFileFromPath } from '@aw/storage/node';
 *
 * const file = await createFileFromPath(client, { bucketId: 'videos', fileId: 'intro', path: './intro.mp4' }, {
 *   onProgress: ({ progress }) => console.log(`${progress.toFixed(0)}%`),
 * });
 * ```
 */
export function createFileFromPath(client: Client, params: CreateFileFromPathParams, options?: UploadOptions): AwPromise<Models.File> {
  const { path, name = basename(path), type, ...rest } = params;
  // Wrapped in an object so `then` does not unwrap the AwPromise and lose `.raw()`.
  const started = _openFile(path, type).then((blob) => ({
    call: createFile(client, { ...rest, file: new File([blob], name, { type: type ?? '' }) }, options),
  }));
  const body = started.then((started) => started.call) as AwPromise<Models.File>;
  body.catch(() => undefined);
  // Defined, not assigned, as core does: a new own property on a native promise can send V8 into pretenuring.
  Object.defineProperty(body, 'raw', { value: () => started.then((started) => started.call.raw()) });
  return body;
}

// `openAsBlob` reports a missing file as a bare "Unable to open file as blob"; `stat` names the path and the cause.
async function _openFile(path: string, type: string | undefined): Promise<Blob> {
  const stats = await stat(path);
  if (!stats.isFile()) throw new TypeError(`createFileFromPath: ${path} is not a regular file`);
  return openAsBlob(path, type === undefined ? undefined : { type });
}
