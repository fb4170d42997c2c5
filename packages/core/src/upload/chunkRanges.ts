/**
 * The chunk size Appwrite 1.5 accepts for every chunk but the last: 5 MiB.
 */
// A literal, not `5 * 1024 * 1024`: esbuild keeps an unused top-level product in every bundle
// that imports `@aw/core/internal`, upload or not.
export const CHUNK_SIZE = 5_242_880;

/**
 * Chunk range interface: the bytes of one chunk, as `content-range` names them.
 */
export interface ChunkRange {
  /** The offset of the first byte. */
  readonly start: number;
  /** The offset of the last byte, inclusive (as in `content-range`). */
  readonly end: number;
}

/**
 * Creates the list of byte ranges a file of the given size is sent in: full chunks, then
 * one shorter chunk for the rest. A size of 0 has no ranges.
 *
 * @param size The file size in bytes.
 * @param chunkSize The chunk size in bytes. Defaults to {@link CHUNK_SIZE}.
 *
 * @returns The ranges, in upload order.
 */
// @__NO_SIDE_EFFECTS__
export function chunkRanges(size: number, chunkSize: number = CHUNK_SIZE): ChunkRange[] {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`size must be a non-negative integer, got ${size}`);
  if (!Number.isSafeInteger(chunkSize) || chunkSize <= 0) throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  const ranges: ChunkRange[] = [];
  for (let start = 0; start < size; start += chunkSize) {
    ranges.push({ start, end: Math.min(start + chunkSize, size) - 1 });
  }
  return ranges;
}

/**
 * Formats a range as the value of a `content-range` request header.
 *
 * @param range The chunk range.
 * @param size The whole file size in bytes.
 *
 * @returns The header value, such as `bytes 0-5242879/11534459`.
 */
// @__NO_SIDE_EFFECTS__
export function contentRange(range: ChunkRange, size: number): string {
  return `bytes ${range.start}-${range.end}/${size}`;
}
