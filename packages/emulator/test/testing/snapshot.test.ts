import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { SnapshotError, startEmulator, type RunningEmulator } from '../../src/index.ts';
import { readSnapshotFile } from '../../src/snapshot/snapshotFile.ts';
import { createApi } from '../helpers/api.ts';
import { fixture, projectConfig } from '../helpers/sampleProject.ts';

const scratch = mkdtempSync(join(tmpdir(), 'aw-snapshot-'));
const running: RunningEmulator[] = [];
afterAll(async () => {
  for (const emulator of running) await emulator.close();
});

async function start(options: Parameters<typeof startEmulator>[0]): Promise<RunningEmulator> {
  const emulator = await startEmulator({ config: projectConfig, ...options });
  running.push(emulator);
  return emulator;
}

describe('snapshots', () => {
  it('round-trips the whole state: password hashes, sessions, documents, files, outbox', async () => {
    const source = await start({ seed: fixture });
    const ada = createApi(source.url, source.projectId);
    expect((await ada.post('/account/sessions/email', { email: 'ada@example.com', password: 'ada-password' })).status).toBe(201);
    await ada.post('/databases/library/collections/books/documents', { documentId: 'later', data: { title: 'Later' } });
    const bobSource = createApi(source.url, source.projectId);
    await bobSource.post('/account/sessions/email', { email: 'bob@example.com', password: 'bob-password' });
    expect((await bobSource.post('/account/verification', { url: 'http://localhost/verify' })).status).toBe(201);
    for (const name of ['state.json', 'state.json.gz']) {
      const path = join(scratch, name);
      const written = source.export(path);
      expect(written).toMatchObject({ format: 'aw-emulator-snapshot', version: 1, projectId: 'fixture-test' });
      const copy = await start({ import: path });
      // The session made before the export still works against the copy.
      const sameSession = createApi(copy.url, copy.projectId);
      sameSession.cookie = ada.cookie;
      expect((await sameSession.get('/account')).body).toMatchObject({ $id: 'ada', emailVerification: true });
      expect((await sameSession.get('/databases/library/collections/books/documents')).body.total).toBe(3);
      const bob = createApi(copy.url, copy.projectId);
      expect((await bob.post('/account/sessions/email', { email: 'bob@example.com', password: 'bob-password' })).status).toBe(201);
      expect(Buffer.from((await bob.get('/storage/buckets/photos/files/hello/download')).body as ArrayBuffer).toString()).toBe('hello, world');
      expect(copy.outbox.list({ kind: 'verification' })).toHaveLength(1);
      // reset() of an imported emulator returns to the imported state.
      await sameSession.post('/databases/library/collections/books/documents', { documentId: 'after', data: { title: 'After' } });
      await copy.reset();
      expect((await sameSession.get('/databases/library/collections/books/documents')).body.total).toBe(3);
    }
    expect(statSync(join(scratch, 'state.json.gz')).size).toBeLessThan(statSync(join(scratch, 'state.json')).size);
  });

  it('imports into an empty data folder and keeps it there', async () => {
    const source = await start({ seed: fixture });
    const path = join(scratch, 'persist.json');
    source.export(path);
    const folder = mkdtempSync(join(scratch, 'data-'));
    const first = await start({ import: path, persist: folder });
    await first.close();
    const again = await start({ persist: folder });
    expect(again.context.tables.users.get('ada')?.email).toBe('ada@example.com');
    await again.close();
    await expect(start({ import: path, persist: folder })).rejects.toThrow('the data folder already holds state');
  });

  it('resets a persistent emulator on disk too', async () => {
    const folder = mkdtempSync(join(scratch, 'reset-'));
    const first = await start({ seed: fixture, persist: folder });
    const ada = createApi(first.url, first.projectId);
    await ada.post('/account/sessions/email', { email: 'ada@example.com', password: 'ada-password' });
    expect((await ada.post('/databases/library/collections/books/documents', { documentId: 'gone', data: { title: 'Gone' } })).status).toBe(201);
    await first.reset();
    await first.close();
    const reopened = await start({ persist: folder });
    expect(reopened.context.store.table('db_documents').get('library/books/gone')).toBeUndefined();
    expect(reopened.context.store.table('db_documents').get('library/books/ada-book')).toBeDefined();
    expect(reopened.context.tables.sessions.all()).toEqual([]);
    await reopened.close();
  });

  it('refuses a newer format, another project, and malformed or oversized files with clear messages', async () => {
    const source = await start({ config: {} });
    const good = source.export();
    const write = (name: string, content: string | Buffer): string => {
      const path = join(scratch, name);
      writeFileSync(path, content);
      return path;
    };
    const newer = write('newer.json', JSON.stringify({ ...good, version: 2 }));
    await expect(start({ config: {}, import: newer })).rejects.toThrow(
      'was written by a newer aw-emulator (snapshot format 2; this one reads up to 1). Upgrade @aw/emulator to load it.',
    );
    await expect(start({ import: write('other.json', JSON.stringify(good)) })).rejects.toThrow(
      'holds project "aw-emulator", but this emulator serves "fixture-test"',
    );
    await expect(start({ import: write('text.json', 'not json') })).rejects.toThrow('is not an aw-emulator snapshot: it is not valid JSON.');
    await expect(start({ import: write('other-format.json', '{"format":"x"}') })).rejects.toThrow('is not an aw-emulator snapshot');
    await expect(start({ import: write('bad-rows.json', JSON.stringify({ ...good, projectId: null, tables: { users: [['a']] } })) })).rejects.toThrow(
      'tables.users[0] must be an [id, record] pair',
    );
    // The bounds, lowered so the test stays small: a gzip bomb stops at the text limit, a big file before it is read.
    const bomb = write('bomb.json.gz', gzipSync(Buffer.alloc(4096, 32)));
    expect(() => readSnapshotFile(bomb, { fileBytes: 1 << 20, textBytes: 1024 })).toThrow('unpacks to more than 1024 bytes');
    expect(() => readSnapshotFile(bomb, { fileBytes: 10, textBytes: 1024 })).toThrow('is larger than 10 bytes');
    expect(() => readSnapshotFile(write('big.json', ' '.repeat(2048)), { fileBytes: 1 << 20, textBytes: 1024 })).toThrow('holds more than 1024 bytes of JSON');
    await expect(start({ import: join(scratch, 'missing.json') })).rejects.toBeInstanceOf(SnapshotError);
    expect(JSON.parse(readFileSync(newer, 'utf8')).version).toBe(2);
  });
});
