import type { Context } from 'hono';
import rangeParser from 'range-parser';
import { fail } from '../../errors/AppwriteException.ts';

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
    const ranges = rangeParser(bytes.length, range, { combine: true });
    if (ranges === -1 || ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) {
      fail('storage_invalid_range', `The range '${range}' cannot be served for ${bytes.length} bytes.`);
    }
    const [{ start, end }] = ranges as unknown as [{ start: number; end: number }];
    return c.body(new Uint8Array(bytes.subarray(start, end + 1)), 206, {
      ...headers,
      'Accept-Ranges': 'bytes',
      'Content-Range': `bytes ${start}-${end}/${bytes.length}`,
      'Content-Length': String(end - start + 1),
    });
  }
  return c.body(new Uint8Array(bytes), 200, { ...headers, 'Accept-Ranges': 'bytes', 'Content-Length': String(bytes.length) });
}
