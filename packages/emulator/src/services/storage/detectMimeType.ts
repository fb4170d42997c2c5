// `file-type/core`: its root export has no `default` condition, so Bun could not `require` it from the CJS build.
import { fileTypeFromBuffer } from 'file-type/core';

const TEXT_TYPES: Record<string, string> = {
  txt: 'text/plain', csv: 'text/csv', json: 'application/json', html: 'text/html', htm: 'text/html',
  css: 'text/css', js: 'text/javascript', mjs: 'text/javascript', md: 'text/markdown', svg: 'image/svg+xml', xml: 'text/xml',
};

/**
 * Creates the MIME type of file content, as Appwrite reads it from the bytes (not from the
 * client's claim): magic numbers first, then text formats by extension, then `text/plain` for
 * readable text, else `application/octet-stream`.
 *
 * @param bytes The file content.
 * @param name The file name.
 *
 * @returns The MIME type.
 */
export async function detectMimeType(bytes: Uint8Array, name: string): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return detected.mime;
  const extension = name.includes('.') ? name.split('.').pop()?.toLowerCase() ?? '' : '';
  if (TEXT_TYPES[extension]) return TEXT_TYPES[extension] as string;
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) return 'application/octet-stream';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'text/plain';
  } catch {
    return 'application/octet-stream';
  }
}
