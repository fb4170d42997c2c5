import type { UploadSource } from './uploadInput.ts';

/**
 * Chunk reader interface: reads byte ranges of an upload input as named files.
 *
 * @internal
 */
export interface ChunkReader {
  /** The size in bytes. */
  readonly size: number;
  /**
   * Reads bytes `start` (inclusive) to `end` (exclusive) as a `File`. Stream readers only
   * move forward: callers read ranges in order (skipping some is fine) and keep the chunk
   * they may resend.
   */
  read(start: number, end: number): Promise<File>;
}

/**
 * Checks an upload input and creates its chunk reader, in one pass: `undefined` when the
 * value is not an {@link UploadInput} (or is a stream without a size). Blobs are sliced lazily
 * (a file-backed Blob from `fs.openAsBlob` is read from disk only when sent); buffers are read
 * as a stream of one piece, so each chunk is a view of the caller's memory until the `File`
 * copies it; streams are read forward, holding at most one chunk plus one stream piece.
 *
 * @param input The value given as the file.
 *
 * @returns The reader, or `undefined` for a value that is not an upload input.
 *
 * @throws {RangeError} When a stated `size` differs from the Blob's or buffer's.
 *
 * @internal
 */
export function _chunkReader(input: unknown): ChunkReader | undefined {
  // `{ data, ... }` is a source; anything else is taken as the data itself and checked below.
  const { data, name, type, size: stated } = ((input as UploadSource | undefined)?.data ? input : { data: input }) as Partial<UploadSource>;
  const blob = data instanceof Blob;
  const bytes = data instanceof ArrayBuffer || ArrayBuffer.isView(data);
  const iterate = (data as AsyncIterable<Uint8Array> | undefined)?.[Symbol.asyncIterator];
  const size = (blob ? data.size : bytes ? data.byteLength : stated) as number;
  if ((stated ?? size) !== size) throw _sizeError(`holds ${size} bytes`, stated!);
  // A stream must state its size (a whole, non-negative number): the chunk ranges are fixed before the first byte is sent.
  if (typeof (name ?? '') !== 'string' || !(Number.isSafeInteger(size) && size >= 0 && (blob || bytes || iterate || (data as ReadableStream | undefined)?.getReader))) return;
  // What stream pieces come from: the buffer as one piece (a view of the same memory, for a DataView too),
  // the stream's async iterator, or its reader where a `ReadableStream` is not async-iterable (Safari as of 2025).
  let source: { next?(): unknown; read?(): unknown } | undefined = bytes
    ? [new Uint8Array((data as ArrayBufferView).buffer ?? data, (data as ArrayBufferView).byteOffset, size)].values()
    : undefined;
  // `piece` is the unread rest of the last piece (maybe empty); `offset` is the stream position of its first byte.
  let piece: Uint8Array | string | undefined;
  let offset = 0;
  const next = async (): Promise<Uint8Array | string | undefined> => {
    source ??= iterate ? iterate.call(data) : (data as ReadableStream).getReader();
    const result = (await (source.next ? source.next() : source.read!())) as IteratorResult<Uint8Array | string>;
    return result.done ? undefined : result.value;
  };
  return {
    size,
    read: async (start, end) => {
      // A Blob is sliced lazily; everything else is read as pieces.
      const parts: BlobPart[] = blob ? [data.slice(start, end)] : [];
      while (!blob && offset < end) {
        if (!piece?.length) piece = await next();
        if (piece === undefined) throw _sizeError(`ended after ${offset} bytes`, size);
        // Node streams in text mode yield strings; bytes are what Appwrite stores.
        if (typeof piece === 'string') piece = new TextEncoder().encode(piece);
        parts.push(piece.subarray(Math.max(start - offset, 0), end - offset) as BlobPart);
        // Keep what lies past `end` (empty when the piece ends first), and move on by what was used.
        offset += piece.byteLength - (piece = piece.subarray(end - offset)).byteLength;
      }
      // The last range must also be the end of the stream, or the stated size was wrong.
      while (!blob && end === size) {
        if (piece?.length) throw _sizeError('holds more bytes', size);
        if ((piece = await next()) === undefined) break;
      }
      // A File keeps its own name; only a Blob has a type of its own.
      return new File(parts, name ?? ((data as File).name || 'file'), { type: type ?? (data as Blob).type });
    },
  };
}

// One message shape for every size mismatch.
function _sizeError(found: string, size: number): RangeError {
  return new RangeError(`upload data ${found}, but its size was given as ${size}`);
}
