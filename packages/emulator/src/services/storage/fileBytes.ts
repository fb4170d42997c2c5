import type { EmulatorContext } from '../../server/context.ts';

// Chunks live in their own table as base64, keyed by byte offset, so a resent chunk replaces
// itself and a persistent emulator keeps partial uploads across restarts.
const TABLE = 'storage_chunks';

interface ChunkRecord {
  data: string;
}

function chunkKey(bucketId: string, fileId: string, start: number): string {
  return `${bucketId}/${fileId}/${start}`;
}

/**
 * Creates a stored chunk of a file.
 *
 * @param ctx The emulator context.
 * @param bucketId The bucket ID.
 * @param fileId The file ID.
 * @param start The chunk's first byte offset.
 * @param bytes The chunk bytes.
 */
export function putChunk(ctx: EmulatorContext, bucketId: string, fileId: string, start: number, bytes: Uint8Array): void {
  ctx.store.table<ChunkRecord>(TABLE).put(chunkKey(bucketId, fileId, start), { data: Buffer.from(bytes).toString('base64') });
}

/**
 * Creates the whole content of a file from its chunks.
 *
 * @param ctx The emulator context.
 * @param bucketId The bucket ID.
 * @param fileId The file ID.
 * @param starts The chunk offsets.
 *
 * @returns The bytes.
 */
export function readFileBytes(ctx: EmulatorContext, bucketId: string, fileId: string, starts: readonly number[]): Buffer {
  const table = ctx.store.table<ChunkRecord>(TABLE);
  return Buffer.concat(
    [...starts].sort((a, b) => a - b).map((start) => Buffer.from(table.get(chunkKey(bucketId, fileId, start))?.data ?? '', 'base64')),
  );
}

/**
 * Removes every chunk of a file.
 *
 * @param ctx The emulator context.
 * @param bucketId The bucket ID.
 * @param fileId The file ID.
 * @param starts The chunk offsets.
 */
export function deleteFileBytes(ctx: EmulatorContext, bucketId: string, fileId: string, starts: readonly number[]): void {
  const table = ctx.store.table<ChunkRecord>(TABLE);
  for (const start of starts) table.delete(chunkKey(bucketId, fileId, start));
}
