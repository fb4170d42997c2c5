import { describe, expect, it } from 'vitest';
import { rotatedSize } from './rotatedSize.ts';

describe('rotatedSize', () => {
  it.each([
    // Appwrite 1.5.11's own preview test: 300×100 at 45° is 284×284 (tests/resources/logo-after.png).
    [300, 100, 45, 284, 284],
    [300, 100, -315, 284, 284],
    [300, 100, 90, 100, 300],
    [300, 100, 180, 300, 100],
    [300, 100, 0, 300, 100],
  ])('%i×%i at %i° -> %i×%i', (width, height, degrees, expectedWidth, expectedHeight) => {
    expect(rotatedSize(width, height, degrees)).toEqual({ width: expectedWidth, height: expectedHeight });
  });
});
