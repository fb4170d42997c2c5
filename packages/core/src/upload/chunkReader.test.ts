import { describe, expect, test } from 'vitest';
import { _chunkReader, type ChunkReader } from './chunkReader.ts';

const bytes = Uint8Array.from({ length: 50 }, (_, i) => i);
// The reader of a value the test knows to be a valid input.
const readerOf = (input: unknown): ChunkReader => {
  const reader = _chunkReader(input);
  if (!reader) throw new Error('not an upload input');
  return reader;
};
const text = async (file: File): Promise<number[]> => [...new Uint8Array(await file.arrayBuffer())];

async function* pieces(sizes: number[]): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for (const size of sizes) {
    yield bytes.slice(offset, offset + size);
    offset += size;
  }
}

describe('which values are upload inputs', () => {
  test.each([
    ['a Blob', new Blob(['x']), true],
    ['a Uint8Array', new Uint8Array(2), true],
    ['an ArrayBuffer', new ArrayBuffer(2), true],
    ['a DataView', new DataView(new ArrayBuffer(2)), true],
    ['a source with bytes', { data: new Uint8Array(1), name: 'a' }, true],
    ['a stream with a size', { data: pieces([1]), size: 1 }, true],
    ['a web ReadableStream with a size', { data: new ReadableStream(), size: 0 }, true],
    ['a stream without a size', { data: pieces([1]) }, false],
    ['a bare stream', pieces([1]), false],
    ['a stream with a negative size', { data: pieces([1]), size: -1 }, false],
    ['a stream with a fractional size', { data: pieces([1]), size: 1.5 }, false],
    ['a stream with a string size', { data: pieces([1]), size: '1' }, false],
    ['a name that is not a string', { data: new Uint8Array(1), name: 5 }, false],
    ['a string', 'abc', false],
    ['a string as data', { data: 'abc', size: 3 }, false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['an object without data', { name: 'a' }, false],
  ])('%s -> %s', (_, value, expected) => {
    expect(_chunkReader(value) !== undefined).toBe(expected);
  });
});

describe('_chunkReader', () => {
  test('a Blob keeps its File name and type unless the source names others', async () => {
    const file = new File([bytes as BlobPart], 'a.bin', { type: 'image/png' });
    const reader = readerOf(file);
    const chunk = await reader.read(10, 20);
    expect([reader.size, chunk.name, chunk.type]).toEqual([50, 'a.bin', 'image/png']);
    expect(await text(chunk)).toEqual([...bytes.slice(10, 20)]);
    expect((await readerOf({ data: file, name: 'b.txt', type: 'text/plain' }).read(0, 1)).name).toBe('b.txt');
  });

  test('bytes without a name are called "file"', async () => {
    const reader = readerOf(bytes.subarray(5, 15));
    expect(reader.size).toBe(10);
    const chunk = await reader.read(0, 10);
    expect(chunk.name).toBe('file');
    expect(await text(chunk)).toEqual([...bytes.slice(5, 15)]);
  });

  test('a stated size that differs from a buffer or Blob is refused before anything is read', () => {
    expect(() => _chunkReader({ data: bytes, size: 3 })).toThrow(/holds 50 bytes, but its size was given as 3/);
    expect(() => _chunkReader({ data: new Blob([bytes as BlobPart]), size: -1 })).toThrow(RangeError);
    expect(readerOf({ data: bytes.buffer, size: 50 }).size).toBe(50);
  });

  test('bytes read like a stream of one piece: ranges may be skipped, and the last one ends the data', async () => {
    const reader = readerOf(new DataView(bytes.buffer, 10, 30));
    expect(reader.size).toBe(30);
    expect(await text(await reader.read(0, 5))).toEqual([...bytes.slice(10, 15)]);
    expect(await text(await reader.read(20, 30))).toEqual([...bytes.slice(30, 40)]);
    const chunk = await readerOf({ data: bytes, name: 'n.bin', type: 'image/png' }).read(0, 50);
    expect([chunk.name, chunk.type, chunk.size]).toEqual(['n.bin', 'image/png', 50]);
  });

  test.each([[[50]], [[1, 2, 3, 44]], [[7, 7, 7, 7, 7, 7, 7, 1]], [[0, 25, 0, 25]]])('a stream in pieces %j reads any forward ranges', async (sizes) => {
    const reader = readerOf({ data: pieces(sizes), size: 50 });
    expect(await text(await reader.read(0, 7))).toEqual([...bytes.slice(0, 7)]);
    // Skipping a range, as a resumed upload does.
    expect(await text(await reader.read(14, 21))).toEqual([...bytes.slice(14, 21)]);
    expect(await text(await reader.read(21, 50))).toEqual([...bytes.slice(21, 50)]);
  });

  test('a stream longer or shorter than its size is refused at the end', async () => {
    await expect(readerOf({ data: pieces([50]), size: 40 }).read(0, 40)).rejects.toThrow(/holds more bytes, but its size was given as 40/);
    await expect(readerOf({ data: pieces([40, 0, 1]), size: 40 }).read(0, 40)).rejects.toThrow(RangeError);
    await expect(readerOf({ data: pieces([30]), size: 50 }).read(0, 50)).rejects.toThrow(/ended after 30 bytes, but its size was given as 50/);
    await expect(readerOf({ data: pieces([20, 0, 0]), size: 20 }).read(0, 20)).resolves.toBeInstanceOf(File);
  });

  test('a web ReadableStream without async iteration is read through its reader', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 20));
        controller.enqueue(bytes.slice(20));
        controller.close();
      },
    });
    const plain = { getReader: () => stream.getReader() } as unknown as ReadableStream<Uint8Array>;
    const reader = readerOf({ data: plain, size: 50 });
    expect(await text(await reader.read(0, 50))).toEqual([...bytes]);
  });

  test('text pieces from a stream in text mode become UTF-8 bytes', async () => {
    async function* words(): AsyncGenerator<string> {
      yield 'hé';
      yield 'llo';
    }
    const reader = readerOf({ data: words(), size: 6 });
    expect(await (await reader.read(0, 6)).text()).toBe('héllo');
  });
});
