export type { BucketConfig } from '../../config/types.ts';

/** A stored file: the File model plus what the emulator needs to rebuild its bytes. */
export interface StoredFile {
  /** The file ID. */
  $id: string;
  /** The bucket ID. */
  bucketId: string;
  /** ISO creation time. */
  $createdAt: string;
  /** ISO update time. */
  $updatedAt: string;
  /** Permission strings. */
  $permissions: string[];
  /** The file name. */
  name: string;
  /** MD5 of the whole content, empty until every chunk arrived. */
  signature: string;
  /** The detected MIME type. */
  mimeType: string;
  /** Size in bytes. */
  sizeOriginal: number;
  /** Number of chunks the upload is split into. */
  chunksTotal: number;
  /** Number of distinct chunks received. */
  chunksUploaded: number;
}

/** The File model fields, without emulator internals. */
export const FILE_MODEL_KEYS = [
  '$id', 'bucketId', '$createdAt', '$updatedAt', '$permissions', 'name', 'signature', 'mimeType', 'sizeOriginal', 'chunksTotal', 'chunksUploaded',
] as const;
