import sharp, { type OutputInfo } from 'sharp';
import type { PreviewOptions } from './previewOptions.ts';
import { rotatedSize } from './rotatedSize.ts';

// sharp names crop anchors by compass point.
const POSITIONS: Record<string, string> = {
  center: 'centre', 'top-left': 'northwest', top: 'north', 'top-right': 'northeast', left: 'west',
  right: 'east', 'bottom-left': 'southwest', bottom: 'south', 'bottom-right': 'southeast',
};

const FORMATS: Record<string, 'jpeg' | 'png' | 'gif' | 'webp'> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', gif: 'gif', webp: 'webp' };

/** A rendered preview. */
export interface RenderedPreview {
  /** The image bytes. */
  bytes: Uint8Array;
  /** Its MIME type. */
  mimeType: string;
}

/**
 * Creates a preview of an image: crop-resize with gravity, rounded corners, border, opacity,
 * rotation, background fill, then encoding in the requested format and quality.
 *
 * @param input The original image.
 * @param options The checked preview options.
 *
 * @returns The preview, or undefined when the input is no image sharp can read.
 */
export async function renderPreview(input: Uint8Array, options: PreviewOptions): Promise<RenderedPreview | undefined> {
  const metadata = await sharp(input)
    .metadata()
    .catch(() => undefined);
  if (!metadata) return undefined;
  const format = FORMATS[options.output] ?? (metadata.format && Object.values(FORMATS).includes(metadata.format as 'png') ? (metadata.format as 'png') : 'png');

  let image = sharp(input, { animated: false }).rotate();
  if (options.width || options.height) {
    image = image.resize({
      width: options.width || undefined,
      height: options.height || undefined,
      fit: options.width && options.height ? 'cover' : 'inside',
      position: POSITIONS[options.gravity] ?? 'centre',
    });
  }
  let buffer = await image.ensureAlpha().png().toBuffer({ resolveWithObject: true });

  if (options.borderRadius > 0) {
    const { width, height } = buffer.info;
    const radius = Math.min(options.borderRadius, width / 2, height / 2);
    const mask = Buffer.from(`<svg width="${width}" height="${height}"><rect width="${width}" height="${height}" rx="${radius}" ry="${radius}"/></svg>`);
    buffer = await sharp(buffer.data).composite([{ input: mask, blend: 'dest-in' }]).png().toBuffer({ resolveWithObject: true });
  }
  if (options.borderWidth > 0) {
    buffer = await sharp(buffer.data)
      .extend({ top: options.borderWidth, bottom: options.borderWidth, left: options.borderWidth, right: options.borderWidth, background: `#${options.borderColor || '000000'}` })
      .png()
      .toBuffer({ resolveWithObject: true });
  }
  if (options.opacity < 1) {
    // Scale only the alpha channel.
    buffer = await sharp(buffer.data).linear([1, 1, 1, options.opacity], [0, 0, 0, 0]).png().toBuffer({ resolveWithObject: true });
  }
  if (options.rotation % 360 !== 0) {
    const before = buffer.info;
    const turned = await sharp(buffer.data).rotate(options.rotation, { background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer({ resolveWithObject: true });
    buffer = await resizeCanvas(turned, rotatedSize(before.width, before.height, options.rotation));
  }
  let output = sharp(buffer.data);
  if (options.background || format === 'jpeg') output = output.flatten({ background: `#${options.background || 'ffffff'}` });
  const quality = options.quality < 0 ? undefined : Math.max(1, options.quality);
  switch (format) {
    case 'jpeg':
      output = output.jpeg({ quality });
      break;
    case 'webp':
      output = output.webp({ quality });
      break;
    case 'gif':
      output = output.gif();
      break;
    default:
      output = output.png({ quality: quality === undefined || quality === 100 ? undefined : quality, palette: quality !== undefined && quality < 100 });
  }
  return { bytes: await output.toBuffer(), mimeType: format === 'jpeg' ? 'image/jpeg' : `image/${format}` };
}

/**
 * Pads (transparent) or trims a rotated image around its centre to the canvas size Appwrite's
 * image library gives it, so previews have Appwrite's pixel size.
 *
 * @param image The rotated PNG and its size.
 * @param size The wanted size.
 *
 * @returns The PNG at that size.
 */
async function resizeCanvas<T extends { data: Buffer; info: OutputInfo }>(image: T, size: { width: number; height: number }): Promise<T> {
  const { width, height } = image.info;
  if (width === size.width && height === size.height) return image;
  let canvas = sharp(image.data);
  if (size.width < width || size.height < height) {
    const cropWidth = Math.min(width, size.width);
    const cropHeight = Math.min(height, size.height);
    canvas = sharp(await canvas.extract({ left: Math.floor((width - cropWidth) / 2), top: Math.floor((height - cropHeight) / 2), width: cropWidth, height: cropHeight }).png().toBuffer());
  }
  const padX = Math.max(0, size.width - Math.min(width, size.width));
  const padY = Math.max(0, size.height - Math.min(height, size.height));
  if (padX > 0 || padY > 0) {
    canvas = canvas.extend({ left: Math.floor(padX / 2), right: Math.ceil(padX / 2), top: Math.floor(padY / 2), bottom: Math.ceil(padY / 2), background: { r: 0, g: 0, b: 0, alpha: 0 } });
  }
  return (await canvas.png().toBuffer({ resolveWithObject: true })) as T;
}
