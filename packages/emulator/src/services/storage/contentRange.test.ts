import { describe, expect, it } from 'vitest';
import { AppwriteException } from '../../errors/AppwriteException.ts';
import { parseContentRange, placeChunk } from './contentRange.ts';

describe('parseContentRange', () => {
  it.each([
    ['bytes 0-4/12', { start: 0, end: 4, total: 12, chunk: 1, chunks: 3 }],
    ['bytes 5-9/12', { start: 5, end: 9, total: 12, chunk: 2, chunks: 3 }],
    ['bytes 10-11/12', { start: 10, end: 11, total: 12, chunk: -1, chunks: -1 }],
    ['bytes 0-11/12', { start: 0, end: 11, total: 12, chunk: -1, chunks: -1 }],
    // Appwrite 1.5 also reads an end equal to the total as the last byte.
    ['bytes 0-12/12', { start: 0, end: 11, total: 12, chunk: -1, chunks: -1 }],
  ])('%s', (header, expected) => {
    expect(parseContentRange(header)).toEqual(expected);
  });

  it.each(['bytes 5-4/12', 'bytes 0-13/12', 'items 0-1/2', 'bytes a-b/c'])('rejects %s', (header) => {
    expect(() => parseContentRange(header)).toThrow(AppwriteException);
    try {
      parseContentRange(header);
    } catch (error) {
      expect((error as AppwriteException).type).toBe('storage_invalid_content_range');
    }
  });
});

describe('placeChunk', () => {
  it.each([
    ['bytes 0-3/4', { index: 0, count: 1 }],
    ['bytes 0-4/12', { index: 0, count: 3 }],
    ['bytes 5-9/12', { index: 1, count: 3 }],
    ['bytes 10-11/12', { index: 2, count: 3 }],
  ])('places %s on a grid of 5', (header, expected) => {
    expect(placeChunk(parseContentRange(header), 5)).toEqual(expected);
  });

  it.each(['bytes 0-3/12', 'bytes 1-5/12', 'bytes 5-11/12', 'bytes 3-7/12', 'bytes 0-8/10', 'bytes 0-9/10'])('refuses %s', (header) => {
    expect(() => placeChunk(parseContentRange(header), 5)).toThrow(AppwriteException);
  });
});
