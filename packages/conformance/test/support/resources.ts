import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

// adapted: Appwrite's e2e tests read image and video files from tests/resources; the emulator's tests
// generate stand-ins of the same kinds (sharp comes with @aw/emulator), so the checks compare against these.
const requireFromEmulator = createRequire(new URL('../../../emulator/package.json', import.meta.url));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- sharp's types live in the emulator's dependencies
const sharp = requireFromEmulator('sharp') as any;

const cache = new Map<string, Buffer>();

/**
 * Draws a deterministic test picture.
 *
 * @param width Width.
 * @param height Height.
 * @param seed Colour seed.
 *
 * @returns Raw RGB pixels.
 */
function pixels(width: number, height: number, seed: number): Buffer {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      raw[at] = (x * 7 + seed * 31) & 255;
      raw[at + 1] = (y * 5 + seed * 17) & 255;
      raw[at + 2] = ((x ^ y) + seed * 13) & 255;
    }
  }
  return raw;
}

/**
 * Builds the stand-ins once: PNG, GIF and JPEG pictures and an MP4-typed blob of 13 MB.
 *
 * @returns The files by their tests/resources path.
 */
export async function loadResources(): Promise<void> {
  if (cache.size) return;
  const picture = (width: number, height: number, seed: number) => sharp(pixels(width, height, seed), { raw: { width, height, channels: 3 } });
  cache.set('logo.png', await picture(1200, 1200, 1).png().toBuffer());
  cache.set('file.png', await picture(200, 120, 2).png().toBuffer());
  // Noise, so the PNG stays over the 2 MB limit the tests rely on.
  const noise = randomBytes(1000 * 1000 * 3);
  cache.set('disk-b/kitten-1.png', await sharp(noise, { raw: { width: 1000, height: 1000, channels: 3 } }).png().toBuffer());
  cache.set('disk-b/kitten-2.png', await picture(640, 480, 4).png().toBuffer());
  cache.set('disk-a/kitten-3.gif', await picture(320, 240, 5).gif().toBuffer());
  cache.set('disk-a/preview-test.jfif', await picture(800, 600, 6).jpeg().toBuffer());
  // An ISO base-media header (ftyp mp42) followed by deterministic filler, like a video file to a type sniffer.
  const video = Buffer.alloc(13 * 1024 * 1024);
  const ftyp = Buffer.from('00000018667479706d703432000000006d7034316d703432', 'hex');
  ftyp.copy(video, 0);
  for (let i = ftyp.length; i < video.length; i++) video[i] = (i * 2654435761) >>> 24;
  cache.set('disk-a/large-file.mp4', video);
}

/**
 * The bytes of a stand-in resource.
 *
 * @param path The path as the PHP test names it (anything ending in `resources/<name>`).
 *
 * @returns The bytes.
 */
export function resource(path: string): Buffer {
  const name = path.replace(/^.*resources\//, '');
  const bytes = cache.get(name);
  if (!bytes) throw new Error(`no stand-in for test resource ${name}`);
  return bytes;
}

/** PHP's `realpath()` (paths are only names here). */
export const realpath = (path: string): string => path;
/** PHP's `__DIR__` (paths are only names here). */
export const __DIR__ = '';

/** PHP's `CURLFile`: a file part of a multipart request. */
export class CURLFile extends File {
  /**
   * Creates the part from a stand-in resource.
   *
   * @param path The resource path.
   * @param mimeType The MIME type.
   * @param name The file name.
   */
  constructor(path: string, mimeType = 'application/octet-stream', name?: string) {
    super([new Uint8Array(resource(path))], name ?? path.replace(/^.*\//, ''), { type: mimeType });
  }
}

/** PHP's `md5_file()`. */
export const md5_file = (path: string): string => createHash('md5').update(resource(path)).digest('hex');
/** PHP's `md5()`. */
export const md5 = (data: string | Buffer): string => createHash('md5').update(data).digest('hex');
/** PHP's `filesize()`. */
export const filesize = (path: string): number => resource(path).length;
/** PHP's `mime_content_type()` for the stand-ins. */
export const mime_content_type = (path: string): string =>
  path.endsWith('.mp4') ? 'video/mp4' : path.endsWith('.png') ? 'image/png' : path.endsWith('.gif') ? 'image/gif' : 'image/jpeg';

/**
 * Reads an image like the PHP tests' Imagick calls.
 *
 * @param bytes The image bytes.
 *
 * @returns Width, height, format and the bytes.
 */
export async function imagick(bytes: Buffer) {
  const meta = await sharp(bytes).metadata();
  const format = meta.format === 'jpeg' ? 'JPEG' : String(meta.format).toUpperCase();
  return { getImageWidth: () => meta.width, getImageHeight: () => meta.height, getImageFormat: () => format, getImageBlob: () => bytes };
}
