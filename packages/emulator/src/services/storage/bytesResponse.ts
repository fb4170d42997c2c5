import type { Context } from 'hono';
import { fail } from '../../errors/AppwriteException.ts';

// Appwrite's output chunk size for open-ended ranges (8 MB).
const MAX_OUTPUT_CHUNK = 8 * 1024 * 1024;

/**
 * Creates a binary response for a download or view, answering a single `Range` request with 206.
 *
 * @param c The Hono context.
 * @param bytes The whole content.
 * @param headers Content-Type, Content-Disposition and cache headers.
 *
 * @returns The response.
 */
export function bytesResponse(c: Context, bytes: Buffer, headers: Record<string, string>): Response {
  const range = c.req.header('range');
  if (range) {
    // Appwrite reads only `bytes=start-` and `bytes=start-end` (no suffix or multiple ranges), caps an open end
    // at 8 MB, and refuses a range whose start is not below its end or that ends past the file.
    const match = /^bytes=(\d+)-(\d*)$/.exec(range.trim());
    const start = match ? Number(match[1]) : Number.NaN;
    const end = match && match[2] !== '' ? Number(match[2]) : Math.min(start + MAX_OUTPUT_CHUNK - 1, bytes.length - 1);
    if (!match || !(start < end) || end >= bytes.length) {
      fail('storage_invalid_range', `The range '${range}' cannot be served for ${bytes.length} bytes.`);
    }
    return c.body(new Uint8Array(bytes.subarray(start, end + 1)), 206, {
      ...headers,
      'Accept-Ranges': 'bytes',
      'Content-Range': `bytes ${start}-${end}/${bytes.length}`,
      'Content-Length': String(end - start + 1),
    });
  }
  return c.body(new Uint8Array(bytes), 200, { ...headers, 'Accept-Ranges': 'bytes', 'Content-Length': String(bytes.length) });
}
