import { describe, expect, test } from 'vitest';
import { _chunkReader, _isUploadInput } from './chunkReader.ts';

const bytes = Uint8Array.from({ length: 50 }, (_, i) => i);
const text = async (file: File): Promise<number[]> => [...new Uint8Array(await file.arrayBuffer())];

async function* pieces(sizes: number[]): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for (const size of sizes) {
    yield bytes.slice(offset, offset + size);
    offset += size;
  }
}

describe('_isUploadInput', () => {
  test.each([
    ['a Blob', new Blob(['x']), true],
    ['a Uint8Array', new Uint8Array(2), true],
    ['an ArrayBuffer', new ArrayBuffer(2), true],
    ['a DataView', new DataView(new ArrayBuffer(2)), true],
    ['a source with bytes', { data: new Uint8Array(1), name: 'a' }, true],
    ['a stream with a size', { data: pieces([1]), size: 1 }, true],
    ['a stream without a size', { data: pieces([1]) }, false],
    ['a negative size', { data: new Uint8Array(1), size: -1 }, false],
    ['a string', 'abc', false],
    ['null', null, false],
    ['an object without data', { name: 'a' }, false],
  ])('%s -> %s', (_, value, expected) => {
    expect(_isUploadInput(value)).toBe(expected);
  });
});

describe('_chunkReader', () => {
  test('a Blob keeps its File name and type unless the source names others', async () => {
    const file = new File([bytes as BlobPart], 'a.bin', { type: 'image/png' });
    const reader = _chunkReader(file);
    const chunk = await reader.read(10, 20);
    expect([reader.size, chunk.name, chunk.type]).toEqual([50, 'a.bin', 'image/png']);
    expect(await text(chunk)).toEqual([...bytes.slice(10, 20)]);
    expect((await _chunkReader({ data: file, name: 'b.txt', type: 'text/plain' }).read(0, 1)).name).toBe('b.txt');
  });

  test('bytes without a name are called "file"', async () => {
    const reader = _chunkReader(bytes.subarray(5, 15));
    expect(reader.size).toBe(10);
    const chunk = await reader.read(0, 10);
    expect(chunk.name).toBe('file');
    expect(await text(chunk)).toEqual([...bytes.slice(5, 15)]);
  });

  test('a stated size that differs from a buffer is refused', () => {
    expect(() => _chunkReader({ data: bytes, size: 3 })).toThrow(RangeError);
  });

  test.each([[[50]], [[1, 2, 3, 44]], [[7, 7, 7, 7, 7, 7, 7, 1]], [[0, 25, 0, 25]]])('a stream in pieces %j reads any forward ranges', async (sizes) => {
    const reader = _chunkReader({ data: pieces(sizes), size: 50 });
    expect(await text(await reader.read(0, 7))).toEqual([...bytes.slice(0, 7)]);
    // Skipping a range, as a resumed upload does.
    expect(await text(await reader.read(14, 21))).toEqual([...bytes.slice(14, 21)]);
    expect(await text(await reader.read(21, 50))).toEqual([...bytes.slice(21, 50)]);
  });

  test('a stream cannot be read backwards', async () => {
    const reader = _chunkReader({ data: pieces([50]), size: 50 });
    await reader.read(0, 10);
    await expect(reader.read(5, 15)).rejects.toThrow(RangeError);
  });

  test('a stream longer or shorter than its size is refused at the end', async () => {
    await expect(_chunkReader({ data: pieces([50]), size: 40 }).read(0, 40)).rejects.toThrow(/more than the 40 bytes/);
    await expect(_chunkReader({ data: pieces([30]), size: 50 }).read(0, 50)).rejects.toThrow(/ended after 30 bytes/);
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
    const reader = _chunkReader({ data: plain, size: 50 });
    expect(await text(await reader.read(0, 50))).toEqual([...bytes]);
  });

  test('text pieces from a stream in text mode become UTF-8 bytes', async () => {
    async function* words(): AsyncGenerator<string> {
      yield 'hé';
      yield 'llo';
    }
    const reader = _chunkReader({ data: words() as unknown as AsyncIterable<Uint8Array>, size: 6 });
    expect(await (await reader.read(0, 6)).text()).toBe('héllo');
  });
});
