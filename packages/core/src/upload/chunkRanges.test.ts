import { describe, expect, test } from 'vitest';
import { CHUNK_SIZE, chunkRanges, contentRange } from './chunkRanges.ts';

const MiB = 1024 * 1024;

describe('chunkRanges', () => {
  const cases: { size: number; expected: [number, number][] }[] = [
    { size: 0, expected: [] },
    { size: 1, expected: [[0, 0]] },
    { size: 5 * MiB - 1, expected: [[0, 5 * MiB - 2]] },
    { size: 5 * MiB, expected: [[0, 5 * MiB - 1]] },
    { size: 5 * MiB + 1, expected: [[0, 5 * MiB - 1], [5 * MiB, 5 * MiB]] },
    {
      size: 11 * MiB + 123,
      expected: [
        [0, 5 * MiB - 1],
        [5 * MiB, 10 * MiB - 1],
        [10 * MiB, 11 * MiB + 122],
      ],
    },
    { size: 10 * MiB, expected: [[0, 5 * MiB - 1], [5 * MiB, 10 * MiB - 1]] },
  ];

  test.each(cases)('size $size', ({ size, expected }) => {
    const ranges = chunkRanges(size);
    expect(ranges.map((range) => [range.start, range.end])).toEqual(expected);
  });

  test.each(cases)('ranges for size $size are contiguous, cover every byte and stay within the chunk size', ({ size }) => {
    const ranges = chunkRanges(size);
    let next = 0;
    for (const range of ranges) {
      expect(range.start).toBe(next);
      expect(range.end - range.start + 1).toBeGreaterThan(0);
      expect(range.end - range.start + 1).toBeLessThanOrEqual(CHUNK_SIZE);
      next = range.end + 1;
    }
    expect(next).toBe(size);
    expect(ranges.length).toBe(Math.ceil(size / CHUNK_SIZE));
  });

  test('every range but the last is a full chunk, for small chunk sizes too', () => {
    for (let size = 0; size <= 40; size++) {
      for (let chunkSize = 1; chunkSize <= 9; chunkSize++) {
        const ranges = chunkRanges(size, chunkSize);
        expect(ranges.length).toBe(Math.ceil(size / chunkSize));
        ranges.slice(0, -1).forEach((range) => expect(range.end - range.start + 1).toBe(chunkSize));
        if (size > 0) expect(ranges.at(-1)!.end).toBe(size - 1);
      }
    }
  });

  test.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects size %s', (size) => {
    expect(() => chunkRanges(size)).toThrow(RangeError);
  });

  test.each([0, -5, 0.5])('rejects chunk size %s', (chunkSize) => {
    expect(() => chunkRanges(10, chunkSize)).toThrow(RangeError);
  });
});

describe('contentRange', () => {
  test('names the inclusive end and the total size', () => {
    const size = 11 * MiB + 123;
    expect(chunkRanges(size).map((range) => contentRange(range, size))).toEqual([
      `bytes 0-5242879/${size}`,
      `bytes 5242880-10485759/${size}`,
      `bytes 10485760-${size - 1}/${size}`,
    ]);
  });
});
