import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppwriteException } from '../../errors/AppwriteException.ts';
import { previewOptions } from './previewOptions.ts';
import { renderPreview } from './renderPreview.ts';

async function sample(): Promise<Uint8Array> {
  return sharp({ create: { width: 80, height: 40, channels: 3, background: '#3366ff' } }).png().toBuffer();
}

describe('renderPreview', () => {
  it('crops to both sides and converts the format', async () => {
    const preview = await renderPreview(await sample(), previewOptions({ width: '20', height: '20', output: 'webp', quality: '50' }));
    expect(preview?.mimeType).toBe('image/webp');
    const meta = await sharp(preview?.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 20, 20]);
  });

  it('keeps the aspect ratio with one side and adds borders', async () => {
    const preview = await renderPreview(await sample(), previewOptions({ width: '40', borderWidth: '2', borderColor: 'ff0000' }));
    const meta = await sharp(preview?.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 44, 24]);
  });

  it('rotates, fades and rounds', async () => {
    const preview = await renderPreview(await sample(), previewOptions({ rotation: '90', opacity: '0.5', borderRadius: '10', output: 'png' }));
    const { data, info } = await sharp(preview?.bytes).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([40, 80]);
    // A rounded corner is transparent, the middle is half opaque.
    expect(data[3]).toBe(0);
    const middle = ((40 * 40 + 20) * info.channels);
    expect(data[middle + 3]).toBeGreaterThan(100);
    expect(data[middle + 3]).toBeLessThan(150);
  });

  it('answers undefined for non-images', async () => {
    expect(await renderPreview(new TextEncoder().encode('hello'), previewOptions({}))).toBeUndefined();
  });

  it.each([{ width: '5000' }, { gravity: 'middle' }, { output: 'bmp' }, { borderColor: 'red' }, { opacity: '2' }])('rejects %j', (params) => {
    expect(() => previewOptions(params)).toThrow(AppwriteException);
  });
});
