import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Creates a file of the given size in a fresh temp directory, written in 8 MiB blocks so the writer
 * never holds the whole file.
 *
 * @param size The file size in bytes.
 *
 * @returns The file path and a `remove` function that deletes the directory.
 */
export async function createTempFile(size) {
  const dir = await mkdtemp(join(tmpdir(), 'aw-bench-'));
  const path = join(dir, 'upload.bin');
  const handle = await open(path, 'w');
  try {
    const block = Buffer.alloc(8 * 1024 * 1024, 97);
    for (let written = 0; written < size; written += block.length) {
      await handle.write(block, 0, Math.min(block.length, size - written));
    }
  } finally {
    await handle.close();
  }
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}
