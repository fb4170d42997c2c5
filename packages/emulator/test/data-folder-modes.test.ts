import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import { createApi } from './helpers/api.ts';

let workDir: string;
let savedUmask: number;
const modeOf = (path: string): string => (lstatSync(path).mode & 0o777).toString(8);

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'aw-modes-'));
  // The loosest umask there is: every mode below must come from the emulator, not from the umask.
  savedUmask = process.umask(0);
});
afterAll(() => {
  process.umask(savedUmask);
  rmSync(workDir, { recursive: true, force: true });
});

/**
 * Starts a persistent emulator on a folder, writes one user (so the WAL exists), and leaves it running.
 *
 * @param dir The data folder.
 *
 * @returns The emulator.
 */
let users = 0;
async function startAndWrite(dir: string) {
  const emulator = await startEmulator({ persist: dir, rateLimits: false, config: { projectId: 'modes' } });
  const id = `u${++users}`;
  const answer = await createApi(emulator.url, 'modes').post('/account', { userId: id, email: `${id}@example.com`, password: 'password-1' });
  expect(answer.status).toBe(201);
  return emulator;
}

describe.runIf(process.platform !== 'win32')('data folder permissions', () => {
  const running: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const emulator of running.splice(0)) await emulator.close();
  });

  // In exclusive locking mode SQLite keeps the WAL index in memory, so there is no -shm file to check.
  it('creates the folder 0700 and the database, WAL and pid files 0600, even under umask 000', async () => {
    const dir = join(workDir, 'fresh', 'nested');
    running.push(await startAndWrite(dir));
    expect(modeOf(dir)).toBe('700');
    expect(modeOf(join(workDir, 'fresh'))).toBe('700');
    expect(existsSync(join(dir, 'emulator.sqlite-shm'))).toBe(false);
    for (const name of ['emulator.sqlite', 'emulator.sqlite-wal', 'emulator.pid']) {
      expect(existsSync(join(dir, name)), name).toBe(true);
      expect([name, modeOf(join(dir, name))]).toEqual([name, '600']);
    }
  });

  it('tightens an existing emulator folder and its files left readable by everyone', async () => {
    const dir = join(workDir, 'loose');
    const first = await startAndWrite(dir);
    await first.close();
    chmodSync(dir, 0o755);
    for (const name of ['emulator.sqlite', 'emulator.pid']) chmodSync(join(dir, name), 0o644);
    running.push(await startAndWrite(dir));
    expect(modeOf(dir)).toBe('700');
    for (const name of ['emulator.sqlite', 'emulator.sqlite-wal', 'emulator.pid']) expect([name, modeOf(join(dir, name))]).toEqual([name, '600']);
  });

  it('leaves the mode of a folder that also holds the user’s own files, but keeps its own files 0600', async () => {
    const dir = join(workDir, 'project');
    mkdirSync(dir, { mode: 0o755 });
    writeFileSync(join(dir, 'README.md'), 'mine');
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'README.md'), 0o644);
    running.push(await startAndWrite(dir));
    expect(modeOf(dir)).toBe('755');
    expect(modeOf(join(dir, 'README.md'))).toBe('644');
    for (const name of ['emulator.sqlite', 'emulator.sqlite-wal', 'emulator.pid']) expect([name, modeOf(join(dir, name))]).toEqual([name, '600']);
  });

  it('never writes through a planted emulator.pid symlink', async () => {
    const dir = join(workDir, 'planted');
    mkdirSync(dir, { mode: 0o700 });
    const victim = join(workDir, 'victim.txt');
    writeFileSync(victim, 'precious\n', { mode: 0o644 });
    symlinkSync(victim, join(dir, 'emulator.pid'));
    running.push(await startAndWrite(dir));
    // The target keeps its content and mode; the link was replaced by a real pid file.
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(modeOf(victim)).toBe('644');
    expect(lstatSync(join(dir, 'emulator.pid')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'emulator.pid'), 'utf8')).toBe(`${process.pid}\n`);
    expect(statSync(join(dir, 'emulator.pid')).mode & 0o777).toBe(0o600);
  });
});
