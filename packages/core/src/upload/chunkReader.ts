import type { UploadInput, UploadSource } from './uploadInput.ts';

/**
 * Chunk reader interface: reads byte ranges of an upload input as named files.
 *
 * @internal
 */
export interface ChunkReader {
  /** The size in bytes. */
  readonly size: number;
  /** The file name sent with every chunk. */
  readonly name: string;
  /**
   * Reads bytes `start` (inclusive) to `end` (exclusive) as a `File`. Stream readers only
   * move forward: a range may be skipped but never read twice, so callers keep the chunk
   * they may resend.
   */
  read(start: number, end: number): Promise<File>;
}

/** The name Appwrite stores when the input carries none. */
const DEFAULT_NAME = 'file';

/**
 * Returns whether the value is a byte stream the reader understands.
 *
 * @internal
 */
export function _isByteStream(value: unknown): value is ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> {
  if (typeof value !== 'object' || value === null) return false;
  return Symbol.asyncIterator in value || typeof (value as ReadableStream).getReader === 'function';
}

/**
 * Returns whether the value is an {@link UploadInput}, with a stream only when its size is known.
 *
 * @internal
 */
export function _isUploadInput(value: unknown): value is UploadInput {
  if (value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return true;
  if (typeof value !== 'object' || value === null || !('data' in value)) return false;
  const source = value as UploadSource;
  if (source.name !== undefined && typeof source.name !== 'string') return false;
  if (source.size !== undefined && !(Number.isSafeInteger(source.size) && source.size >= 0)) return false;
  if (_isByteStream(source.data)) return source.size !== undefined;
  return source.data instanceof Blob || source.data instanceof ArrayBuffer || ArrayBuffer.isView(source.data);
}

/**
 * Creates a chunk reader for an upload input. Blobs are sliced lazily (a file-backed Blob
 * from `fs.openAsBlob` is read from disk only when sent); buffers are sliced per chunk;
 * streams are read forward, holding at most one chunk plus one pending stream piece.
 *
 * @param input The upload input, already checked with {@link _isUploadInput}.
 *
 * @returns The reader.
 *
 * @internal
 */
export function _chunkReader(input: UploadInput): ChunkReader {
  const source: UploadSource =
    input instanceof Blob || input instanceof ArrayBuffer || ArrayBuffer.isView(input) ? { data: input } : input;
  const { data } = source;
  if (data instanceof Blob) {
    const name = source.name ?? ((data as File).name || DEFAULT_NAME);
    const type = source.type ?? data.type;
    if (source.size !== undefined && source.size !== data.size) {
      throw new RangeError(`upload size was given as ${source.size}, but the Blob holds ${data.size} bytes`);
    }
    return { size: data.size, name, read: async (start, end) => new File([data.slice(start, end)], name, { type }) };
  }
  const name = source.name ?? DEFAULT_NAME;
  const type = source.type ?? '';
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (source.size !== undefined && source.size !== bytes.byteLength) {
      throw new RangeError(`upload size was given as ${source.size}, but the buffer holds ${bytes.byteLength} bytes`);
    }
    return { size: bytes.byteLength, name, read: async (start, end) => new File([bytes.subarray(start, end) as BlobPart], name, { type }) };
  }
  return _streamReader(data, source.size!, name, type);
}

function _streamReader(
  stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  size: number,
  name: string,
  type: string,
): ChunkReader {
  let iterator: AsyncIterator<Uint8Array> | undefined;
  // `pending` holds the unread tail of the last stream piece; `offset` is the stream
  // position of the next byte `next()` returns.
  let pending: Uint8Array | undefined;
  let offset = 0;

  const next = async (): Promise<Uint8Array | undefined> => {
    if (pending) {
      const piece = pending;
      pending = undefined;
      return piece;
    }
    iterator ??= _iterate(stream);
    const result = await iterator.next();
    if (result.done) return undefined;
    const value = result.value as Uint8Array | string;
    // Node streams in text mode yield strings; bytes are what Appwrite stores.
    return typeof value === 'string' ? new TextEncoder().encode(value) : value;
  };

  const read = async (start: number, end: number): Promise<File> => {
    if (start < offset) throw new RangeError(`a stream upload cannot go back to byte ${start} after reading to byte ${offset}`);
    const parts: Uint8Array[] = [];
    while (offset < end) {
      const piece = await next();
      if (!piece) throw new RangeError(`the upload stream ended after ${offset} bytes, but its size was given as ${size}`);
      const pieceStart = offset;
      const from = Math.max(start - pieceStart, 0);
      const to = Math.min(end - pieceStart, piece.byteLength);
      if (to > from) parts.push(piece.subarray(from, to));
      offset = pieceStart + piece.byteLength;
      if (offset > end) {
        pending = piece.subarray(end - pieceStart);
        offset = end;
      }
    }
    if (end === size) {
      // The last range must also be the end of the stream, or the stated size was wrong.
      let extra = await next();
      while (extra && extra.byteLength === 0) extra = await next();
      if (extra) {
        throw new RangeError(`the upload stream holds more than the ${size} bytes its size was given as`);
      }
    }
    return new File(parts as BlobPart[], name, { type });
  };

  return { size, name, read };
}

async function* _iterate(stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (Symbol.asyncIterator in stream) {
    yield* stream as AsyncIterable<Uint8Array>;
    return;
  }
  // Some browsers' ReadableStream is not async-iterable yet.
  const reader = (stream as ReadableStream<Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
