import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderLockedError, Store, StoreWriteError } from './Store.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'aw-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  delete process.env.AW_EMULATOR_MAX_PAGES;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Store', () => {
  it('keeps records in memory without a folder', async () => {
    const store = new Store();
    const users = store.table<{ name: string }>('users');
    users.put('a', { name: 'Ann' });
    expect(users.get('a')).toEqual({ name: 'Ann' });
    expect(users.delete('a')).toBe(true);
    expect(users.delete('a')).toBe(false);
    expect(users.all()).toEqual([]);
    expect(await store.transaction(async () => 7)).toBe(7);
  });

  it('stores writes made outside and inside transactions, in insertion order', async () => {
    const dir = tempDir();
    const first = new Store(dir);
    first.table('users').put('a', { n: 1 });
    await first.transaction(async () => {
      first.table('users').put('b', { n: 2 });
      await new Promise((resolve) => setTimeout(resolve, 5));
      first.table('users').put('c', { n: 3 });
      first.table('users').put('a', { n: 4 });
      first.table('users').delete('b');
    });
    first.close();
    const second = new Store(dir);
    expect(second.table('users').all()).toEqual([{ n: 4 }, { n: 3 }]);
    second.close();
  });

  it('commits a transaction even when its work throws', async () => {
    const dir = tempDir();
    const first = new Store(dir);
    await expect(first.transaction(async () => {
      first.table('t').put('x', { ok: true });
      throw new Error('boom');
    })).rejects.toThrow('boom');
    first.close();
    const second = new Store(dir);
    expect(second.table('t').get('x')).toEqual({ ok: true });
    second.close();
  });

  it('refuses a second store on a folder that is in use, naming the pid', () => {
    const dir = tempDir();
    const first = new Store(dir);
    expect(() => new Store(dir)).toThrow(DataFolderLockedError);
    expect(() => new Store(dir)).toThrow(`in use by another emulator (pid ${process.pid})`);
    first.close();
    new Store(dir).close();
  });

  it('on a full database stores nothing of the failed transaction and restores memory', async () => {
    const dir = tempDir();
    process.env.AW_EMULATOR_MAX_PAGES = '40';
    const store = new Store(dir);
    const docs = store.table<{ body: string; n: number }>('docs');
    await store.transaction(async () => void docs.put('kept', { body: 'small', n: 1 }));
    const error = await store.transaction(async () => {
      docs.put('kept', { body: 'changed', n: 2 });
      for (let i = 0; i < 200; i += 1) docs.put(`big${i}`, { body: 'x'.repeat(4000), n: i });
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect((error as StoreWriteError).diskFull).toBe(true);
    expect(docs.get('kept')).toEqual({ body: 'small', n: 1 });
    expect(docs.get('big0')).toBeUndefined();
    expect(docs.all()).toHaveLength(1);
    store.close();
    delete process.env.AW_EMULATOR_MAX_PAGES;
    const reopened = new Store(dir);
    expect(reopened.table('docs').all()).toEqual([{ body: 'small', n: 1 }]);
    reopened.close();
  });

  it('commits requests that finish together in one batch, which succeeds or fails as a whole', async () => {
    const dir = tempDir();
    process.env.AW_EMULATOR_MAX_PAGES = '40';
    const store = new Store(dir);
    const t = store.table<{ body: string }>('t');
    const together = await Promise.allSettled([
      store.transaction(async () => void t.put('a', { body: 'a' })),
      store.transaction(async () => void t.put('b', { body: 'b' })),
    ]);
    expect(together.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
    const failed = await Promise.allSettled([
      store.transaction(async () => void t.put('small', { body: 'small' })),
      store.transaction(async () => {
        for (let i = 0; i < 200; i += 1) t.put(`big${i}`, { body: 'x'.repeat(4000) });
      }),
    ]);
    expect(failed.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(t.all()).toEqual([{ body: 'a' }, { body: 'b' }]);
    store.close();
  });

  it('runs after-commit callbacks only for units that were stored', async () => {
    const dir = tempDir();
    process.env.AW_EMULATOR_MAX_PAGES = '40';
    const store = new Store(dir);
    const ran: string[] = [];
    await store.transaction(async () => {
      store.table('t').put('a', { ok: 1 });
      store.afterCommit(() => ran.push('stored'));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['stored']);
    await store.transaction(async () => {
      for (let i = 0; i < 200; i += 1) store.table('t').put(`big${i}`, { body: 'x'.repeat(4000) });
      store.afterCommit(() => ran.push('refused'));
    }).catch(() => undefined);
    store.afterCommit(() => ran.push('outside'));
    expect(ran).toEqual(['stored', 'outside']);
    store.close();
  });

  it('migrates a folder written by the old journal, keeping lines after a torn one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'snapshot.json'), JSON.stringify({ users: { a: { n: 1 }, b: { n: 2 } }, meta: { jwtKey: { value: 'ab' } } }));
    writeFileSync(
      join(dir, 'journal.ndjson'),
      ['{"t":"users","id":"c","v":{"n":3}}', '{"t":"users","id":"d","v":{"n"', '{"t":"users","id":"a"}', '{"t":"users","id":"e","v":{"n":5}}', ''].join('\n'),
    );
    const store = new Store(dir);
    expect(store.table('users').all()).toEqual([{ n: 2 }, { n: 3 }, { n: 5 }]);
    expect(store.table('meta').get('jwtKey')).toEqual({ value: 'ab' });
    store.close();
    expect([existsSync(join(dir, 'snapshot.json')), existsSync(join(dir, 'snapshot.json.migrated')), existsSync(join(dir, 'journal.ndjson.migrated'))]).toEqual([false, true, true]);
    const again = new Store(dir);
    expect(again.table('users').all()).toEqual([{ n: 2 }, { n: 3 }, { n: 5 }]);
    again.close();
  });
});
