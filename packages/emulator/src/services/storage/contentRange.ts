import { fail } from '../../errors/AppwriteException.ts';

/** Where one uploaded chunk sits in the whole file. */
export interface ChunkPosition {
  /** First byte offset. */
  start: number;
  /** Last byte offset (inclusive). */
  end: number;
  /** Size of the whole file. */
  total: number;
  /** 1-based chunk number, or -1 for the last chunk (whose size may differ). */
  chunk: number;
  /** Number of chunks, or -1 when this is the last chunk (the stored file knows the count). */
  chunks: number;
}

/**
 * Creates the chunk position from a `content-range: bytes start-end/total` header, using
 * Appwrite's arithmetic: every chunk but the last has the size of this one.
 *
 * @param header The header value.
 *
 * @returns The position.
 */
export function parseContentRange(header: string): ChunkPosition {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header.trim());
  const [start, end, total] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [Number.NaN, 0, 0];
  // Appwrite 1.5 also takes an end equal to the total as the last chunk (its code keeps that for compatibility).
  if (!match || end < start || end > total) {
    fail('storage_invalid_content_range', `The content-range header '${header}' is not valid; use "bytes start-end/total".`);
  }
  if (end === total - 1 || end === total) return { start, end: total - 1, total, chunk: -1, chunks: -1 };
  const size = end + 1 - start;
  return { start, end, total, chunk: Math.floor(start / size) + 1, chunks: Math.ceil(total / size) };
}

/**
 * The chunk size Appwrite's SDKs upload with (5 MiB); every chunk but the last has this size.
 */
export const CHUNK_SIZE = 5 * 1024 * 1024;

/** Where a chunk sits on the grid of a file's chunks. */
export interface ChunkSlot {
  /** 0-based chunk index. */
  index: number;
  /** Number of chunks of the whole file. */
  count: number;
}

/**
 * Creates the slot of a chunk on the file's grid of 5 MiB chunks, refusing with 400
 * `storage_invalid_content_range` any range that does not start on a chunk boundary or does
 * not run to the end of its chunk (or of the file, for the last one). Because every byte
 * belongs to exactly one slot, chunks may arrive in any order and can never overlap.
 *
 * @param position The parsed content-range.
 * @param chunkSize The grid's chunk size.
 *
 * @returns The slot.
 */
export function placeChunk(position: ChunkPosition, chunkSize: number = CHUNK_SIZE): ChunkSlot {
  const { start, end, total } = position;
  const expectedEnd = Math.min(start + chunkSize, total) - 1;
  if (start % chunkSize !== 0 || end !== expectedEnd) {
    fail(
      'storage_invalid_content_range',
      `The range ${start}-${end} of ${total} bytes is not a chunk: chunks are ${chunkSize} bytes, start at a multiple of that, and only the last may be shorter.`,
    );
  }
  return { index: start / chunkSize, count: Math.ceil(total / chunkSize) };
}
