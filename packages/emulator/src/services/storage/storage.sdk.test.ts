import { createHash, randomBytes } from 'node:crypto';
import { Permission, Query, Role, type Client } from '@aw/core';
import {
  createFile, deleteFileById, getFileById, getFileDownload, getFileDownloadUrl, getFileForView, getFilePreviewImage, listFiles, updateFileById,
} from '@aw/storage';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../index.ts';
import { checkedAnswers, errorOf, sdkClient, signUp } from '../../../test/helpers/sdkClient.ts';

let emulator: RunningEmulator;
let alice: Client;
let bob: Client;
let guest: Client;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'storage-test',
      buckets: [
        { $id: 'public', name: 'Public', $permissions: ['read("any")', 'create("users")', 'update("users")', 'delete("users")'], fileSecurity: false, maximumFileSize: 20_000_000 },
        { $id: 'private', name: 'Private', $permissions: ['create("users")'], fileSecurity: true, allowedFileExtensions: ['txt', 'png'], maximumFileSize: 1000 },
        { $id: 'off', name: 'Off', enabled: false },
      ],
    },
  });
  alice = sdkClient(emulator, await signUp(emulator, 'alice'));
  bob = sdkClient(emulator, await signUp(emulator, 'bob'));
  guest = sdkClient(emulator);
});

afterAll(async () => {
  await emulator?.close();
});

describe('storage through @aw/storage', () => {
  it('uploads an image, previews it resized, downloads and views it', async () => {
    const png = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#ff8800' } }).png().toBuffer();
    const file = await createFile(alice, { bucketId: 'public', fileId: 'logo', file: new File([new Uint8Array(png)], 'logo.png') });
    expect(file).toMatchObject({ $id: 'logo', bucketId: 'public', name: 'logo.png', mimeType: 'image/png', sizeOriginal: png.length, chunksTotal: 1, chunksUploaded: 1 });
    expect(file.signature).toBe(createHash('md5').update(png).digest('hex'));

    const preview = await getFilePreviewImage(guest, { bucketId: 'public', fileId: 'logo', width: 16, height: 16, output: 'webp', quality: 60 });
    const meta = await sharp(Buffer.from(await preview.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 16, 16]);

    const download = await getFileDownload(guest, { bucketId: 'public', fileId: 'logo' }).raw();
    expect(Buffer.from(await download.body.arrayBuffer()).equals(png)).toBe(true);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="logo.png"/);
    const view = await getFileForView(guest, { bucketId: 'public', fileId: 'logo' }).raw();
    expect(view.headers['content-type']).toBe('image/png');
    expect(view.headers['content-disposition']).toMatch(/^inline/);

    const ranged = await fetch(getFileDownloadUrl(guest, { bucketId: 'public', fileId: 'logo' }), { headers: { Range: 'bytes=0-7', 'X-Appwrite-Project': emulator.projectId } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 0-7/${png.length}`);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(png.subarray(0, 8))).toBe(true);
    const unsatisfiable = await fetch(getFileDownloadUrl(guest, { bucketId: 'public', fileId: 'logo' }), { headers: { Range: `bytes=${png.length + 5}-` } });
    expect(unsatisfiable.status).toBe(416);
  });

  it('uploads a large file in chunks with progress, and resumes', async () => {
    const bytes = randomBytes(11 * 1024 * 1024 + 123);
    const progress: number[] = [];
    const file = await createFile(
      alice,
      { bucketId: 'public', fileId: 'big', file: new File([new Uint8Array(bytes)], 'big.bin') },
      { onProgress: (event) => progress.push(Math.round(event.progress)) },
    );
    expect([file.chunksTotal, file.chunksUploaded, file.sizeOriginal]).toEqual([3, 3, bytes.length]);
    expect(file.signature).toBe(createHash('md5').update(bytes).digest('hex'));
    expect(progress.at(-1)).toBe(100);
    expect(progress.length).toBe(3);
    const back = Buffer.from(await (await getFileDownload(alice, { bucketId: 'public', fileId: 'big' })).arrayBuffer());
    expect(back.equals(bytes)).toBe(true);
    expect((await errorOf(createFile(alice, { bucketId: 'public', fileId: 'big', file: new File([new Uint8Array(bytes)], 'big.bin') }))).type).toBe('storage_file_already_exists');

    // A partial upload by hand (first chunk only), then the SDK picks it up from chunksUploaded.
    const chunk = 5 * 1024 * 1024;
    const form = new FormData();
    form.append('fileId', 'resumed');
    form.append('file', new File([new Uint8Array(bytes.subarray(0, chunk))], 'resumed.bin'));
    const first = await fetch(`${emulator.url}/storage/buckets/public/files`, {
      method: 'POST', body: form,
      headers: { 'X-Appwrite-Project': emulator.projectId, 'X-Appwrite-Session': alice.session as string, 'content-range': `bytes 0-${chunk - 1}/${bytes.length}` },
    });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ chunksTotal: 3, chunksUploaded: 1 });
    const seen: number[] = [];
    const resumed = await createFile(alice, { bucketId: 'public', fileId: 'resumed', file: new File([new Uint8Array(bytes)], 'resumed.bin') }, { onProgress: (event) => seen.push(event.chunksUploaded) });
    expect([resumed.chunksUploaded, resumed.signature]).toEqual([3, file.signature]);
    expect(seen[0]).toBeGreaterThan(1);
  });

  it('lists with queries and search, updates and deletes', async () => {
    await createFile(alice, { bucketId: 'public', fileId: 'notes', file: new File(['hello world'], 'notes.txt') });
    const all = await listFiles(guest, { bucketId: 'public' });
    expect(all.total).toBe(4);
    const text = await listFiles(guest, { bucketId: 'public', queries: [Query.equal('mimeType', 'text/plain')] });
    expect(text.files.map((file) => file.$id)).toEqual(['notes']);
    expect((await listFiles(guest, { bucketId: 'public', search: 'logo' })).files.map((file) => file.$id)).toEqual(['logo']);
    const biggest = await listFiles(guest, { bucketId: 'public', queries: [Query.orderDesc('sizeOriginal'), Query.limit(1)] });
    expect(biggest.files[0]?.sizeOriginal).toBeGreaterThan(11_000_000);
    const renamed = await updateFileById(bob, { bucketId: 'public', fileId: 'notes', name: 'renamed.txt' });
    expect(renamed.name).toBe('renamed.txt');
    await deleteFileById(bob, { bucketId: 'public', fileId: 'notes' });
    expect((await errorOf(getFileById(guest, { bucketId: 'public', fileId: 'notes' }))).type).toBe('storage_file_not_found');
  });

  it('enforces bucket rules and file security', async () => {
    const mine = await createFile(alice, { bucketId: 'private', fileId: 'mine', file: new File(['secret'], 'mine.txt') });
    expect(mine.$permissions).toEqual(['read("user:alice")', 'update("user:alice")', 'delete("user:alice")']);
    await createFile(alice, { bucketId: 'private', fileId: 'shared', file: new File(['hi'], 'shared.txt'), permissions: [Permission.read(Role.users())] });
    expect((await listFiles(bob, { bucketId: 'private' })).files.map((file) => file.$id)).toEqual(['shared']);
    expect((await errorOf(getFileById(bob, { bucketId: 'private', fileId: 'mine' }))).status).toBe(404);
    expect((await errorOf(deleteFileById(bob, { bucketId: 'private', fileId: 'shared' }))).type).toBe('user_unauthorized');
    expect((await errorOf(createFile(guest, { bucketId: 'private', fileId: 'g', file: new File(['x'], 'g.txt') }))).type).toBe('user_unauthorized');
    expect((await errorOf(createFile(alice, { bucketId: 'private', fileId: 'e', file: new File(['x'], 'e.exe') }))).type).toBe('storage_file_type_unsupported');
    expect((await errorOf(createFile(alice, { bucketId: 'private', fileId: 'l', file: new File(['x'.repeat(2000)], 'l.txt') }))).type).toBe('storage_invalid_file_size');
    expect((await errorOf(listFiles(alice, { bucketId: 'off' }))).type).toBe('storage_bucket_not_found');
    expect(checkedAnswers.get('file')).toBeGreaterThan(3);
    expect(checkedAnswers.get('fileList')).toBeGreaterThan(3);
  });
});
