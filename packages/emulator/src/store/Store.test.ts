import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from './Store.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'aw-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Store', () => {
  it('keeps records in memory without a folder', () => {
    const store = new Store();
    const users = store.table<{ name: string }>('users');
    users.put('a', { name: 'Ann' });
    expect(users.get('a')).toEqual({ name: 'Ann' });
    expect(users.delete('a')).toBe(true);
    expect(users.delete('a')).toBe(false);
    expect(users.all()).toEqual([]);
  });

  it('journals each write so a reopened store sees it, even without close()', () => {
    const dir = tempDir();
    const first = new Store(dir);
    first.table('users').put('a', { n: 1 });
    first.table('users').put('b', { n: 2 });
    first.table('users').delete('a');
    expect(readFileSync(join(dir, 'journal.ndjson'), 'utf8').trim().split('\n')).toHaveLength(3);
    // No close(): simulates a crash right after the last acknowledged write.
    const second = new Store(dir);
    expect(second.table('users').all()).toEqual([{ n: 2 }]);
    second.close();
  });

  it('ignores a torn last journal line from a crash mid-write', () => {
    const dir = tempDir();
    const first = new Store(dir);
    first.table('t').put('x', { ok: true });
    appendFileSync(join(dir, 'journal.ndjson'), '{"t":"t","id":"y","v":{"ok"');
    const second = new Store(dir);
    expect(second.table('t').get('x')).toEqual({ ok: true });
    expect(second.table('t').get('y')).toBeUndefined();
    second.close();
  });
});
