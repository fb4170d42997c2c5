/**
 * Upload source interface: bytes plus the file name and type Appwrite should store.
 *
 * `data` may be a stream (a web `ReadableStream`, or any async iterable of bytes such as a
 * Node `Readable`); a stream must state its `size`, because the chunk ranges are fixed before
 * the first byte is sent.
 */
export interface UploadSource {
  /** The bytes: a `Blob`, a buffer, or a stream of byte chunks. */
  readonly data: Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
  /** The file name Appwrite stores. Defaults to the `File`'s own name, else `file`. */
  readonly name?: string;
  /** The MIME type. Defaults to the `Blob`'s own type, else none. */
  readonly type?: string;
  /** The size in bytes. Required for streams; checked against the bytes actually read. */
  readonly size?: number;
}

/**
 * What `createFile` accepts as the file: a `File` or `Blob` (browsers and Node), bytes
 * (`Uint8Array`, `Buffer`, `ArrayBuffer`), or an {@link UploadSource} with a name and, for
 * streams, a size.
 */
export type UploadInput = Blob | ArrayBuffer | ArrayBufferView | UploadSource;
