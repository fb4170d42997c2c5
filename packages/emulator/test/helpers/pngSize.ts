/**
 * Reads the pixel size from a PNG's IHDR chunk, failing when the bytes are not a PNG.
 *
 * @param bytes The file.
 *
 * @returns Width and height.
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error(`not a PNG: ${Buffer.from(bytes.slice(0, 64)).toString()}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
