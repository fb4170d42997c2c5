import type { GenericSchema } from 'valibot';
import type { Client } from '../client/types.ts';
import { request } from '../request/request.ts';
import type { AwPromise, Operation, RequestOptions } from '../request/types.ts';

/**
 * Upload progress interface.
 */
export interface UploadProgress {
  /** The file ID. */
  readonly $id: string;
  /** Percentage uploaded, 0 to 100. */
  readonly progress: number;
  /** Bytes uploaded so far. */
  readonly sizeUploaded: number;
  /** Number of chunks the file is sent in. */
  readonly chunksTotal: number;
  /** Number of chunks uploaded so far. */
  readonly chunksUploaded: number;
}

/**
 * Upload options interface: request options plus a progress callback.
 */
export interface UploadOptions extends RequestOptions {
  /** Called after each chunk, ending at 100%. */
  readonly onProgress?: (progress: UploadProgress) => void;
}

/**
 * Sends an upload operation (multipart). Placeholder for the chunked engine: one request.
 *
 * @internal
 */
export function upload<T>(
  client: Client,
  operation: Operation,
  params: Readonly<Record<string, unknown>>,
  options?: UploadOptions,
): AwPromise<T> {
  return request<T>(client, operation, params, options as RequestOptions & { schema?: GenericSchema });
}
