import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { detectMimeType } from './detectMimeType.ts';

describe('detectMimeType', () => {
  it('reads the bytes rather than trusting the name', async () => {
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } }).png().toBuffer();
    expect(await detectMimeType(png, 'photo.jpg')).toBe('image/png');
  });

  it.each([
    ['notes.txt', 'hello', 'text/plain'],
    ['data.json', '{"a":1}', 'application/json'],
    ['README', 'plain words ✓', 'text/plain'],
    ['blob', '\u0000\u0001\u0002', 'application/octet-stream'],
  ])('%s -> %s', async (name, content, expected) => {
    expect(await detectMimeType(new TextEncoder().encode(content), name)).toBe(expected);
  });

  it('treats invalid UTF-8 as binary', async () => {
    expect(await detectMimeType(new Uint8Array([0x41, 0xc3, 0x28, 0x42]), 'x')).toBe('application/octet-stream');
  });
});
