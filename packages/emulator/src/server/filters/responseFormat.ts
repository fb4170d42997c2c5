import type { Context } from 'hono';

/**
 * Compares two dotted version numbers (`1.4.0` < `1.5.0` < `1.10.0`); missing or non-numeric
 * parts count as 0.
 *
 * @param a A version.
 * @param b Another version.
 *
 * @returns Negative, zero or positive, as for a sort.
 */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (Number.parseInt(left[i] ?? '0', 10) || 0) - (Number.parseInt(right[i] ?? '0', 10) || 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Reads the API version a client was built for from `X-Appwrite-Response-Format`. Official SDKs
 * send it on every request; a request without it gets Appwrite 1.5's own shapes.
 *
 * @param c The Hono context.
 *
 * @returns The version, or undefined.
 */
export function responseFormatOf(c: Context): string | undefined {
  const format = c.req.header('x-appwrite-response-format')?.trim();
  return format ? format : undefined;
}

/**
 * Tells whether a client speaks a format older than a version.
 *
 * @param format The client's format, or undefined.
 * @param version The version.
 *
 * @returns Whether the format is set and older.
 */
export function isOlderThan(format: string | undefined, version: string): boolean {
  return format !== undefined && compareVersions(format, version) < 0;
}
