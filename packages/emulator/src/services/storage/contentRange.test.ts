import { describe, expect, it } from 'vitest';
import { AppwriteException } from '../../errors/AppwriteException.ts';
import { parseContentRange } from './contentRange.ts';

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
