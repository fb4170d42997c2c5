import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempFile } from './tempFile.mjs';

describe('createTempFile', () => {
  it('writes exactly the size asked for, in a temp directory that remove() deletes', async () => {
    const size = 8 * 1024 * 1024 + 123;
    const file = await createTempFile(size);
    expect(statSync(file.path).size).toBe(size);
    await file.remove();
    expect(existsSync(dirname(file.path))).toBe(false);
  });
});
