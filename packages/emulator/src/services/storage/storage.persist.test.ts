import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFile, getFileDownload } from '@aw/storage';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../index.ts';
import { sdkClient, signUp } from '../../../test/helpers/sdkClient.ts';

const dir = mkdtempSync(join(tmpdir(), 'aw-emulator-storage-'));
const config = { projectId: 'persist-test', buckets: [{ $id: 'b', name: 'B', $permissions: ['read("users")', 'create("users")'] }] };

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('storage with persistence', () => {
  it('keeps a partial upload across a restart and finishes it', async () => {
    const bytes = randomBytes(5 * 1024 * 1024 + 10);
    const first = await startEmulator({ rateLimits: false, persist: dir, config });
    const session = await signUp(first, 'keeper');
    const form = new FormData();
    form.append('fileId', 'kept');
    form.append('file', new File([new Uint8Array(bytes.subarray(0, 5 * 1024 * 1024))], 'kept.bin'));
    const partial = await fetch(`${first.url}/storage/buckets/b/files`, {
      method: 'POST', body: form,
      headers: { 'X-Appwrite-Project': first.projectId, 'X-Appwrite-Session': session, 'content-range': `bytes 0-${5 * 1024 * 1024 - 1}/${bytes.length}` },
    });
    expect(await partial.json()).toMatchObject({ chunksTotal: 2, chunksUploaded: 1 });
    await first.close();

    const second = await startEmulator({ rateLimits: false, persist: dir, config });
    try {
      const client = sdkClient(second, session);
      const done = await createFile(client, { bucketId: 'b', fileId: 'kept', file: new File([new Uint8Array(bytes)], 'kept.bin') });
      expect([done.chunksUploaded, done.signature]).toEqual([2, createHash('md5').update(bytes).digest('hex')]);
      const back = Buffer.from(await (await getFileDownload(client, { bucketId: 'b', fileId: 'kept' })).arrayBuffer());
      expect(back.equals(bytes)).toBe(true);
    } finally {
      await second.close();
    }
  });
});
