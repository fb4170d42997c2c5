import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startEmulator } from '../src/index.ts';
import { createApi } from './helpers/api.ts';

const here = dirname(fileURLToPath(import.meta.url));
const bundleDir = join(here, '../.test-bin');
const cli = join(bundleDir, 'cli.mjs');
const MIB = 1024 * 1024;
const PROJECT = 'durable';
let workDir: string;
let configPath: string;

beforeAll(async () => {
  // The tests run the real CLI in child processes, bundled from source so no prior build is needed.
  await build({ entryPoints: [join(here, '../src/cli.ts')], outfile: cli, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  workDir = mkdtempSync(join(tmpdir(), 'aw-emulator-'));
  configPath = join(workDir, 'appwrite.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      projectId: PROJECT,
      databases: [{ $id: 'db', name: 'DB' }],
      collections: [{
        $id: 'notes', databaseId: 'db', name: 'Notes', $permissions: ['create("any")', 'read("any")'],
        attributes: [{ key: 'n', type: 'integer', required: true }, { key: 'body', type: 'string', size: 100_000, required: false }],
      }],
      buckets: [{ $id: 'files', name: 'Files', $permissions: ['create("users")', 'read("users")'] }],
    }),
  );
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
});

/** A running child emulator. */
interface Child {
  child: ChildProcess;
  url: string;
}

/**
 * Starts the CLI on a data folder and waits for the line with its URL.
 *
 * @param dataDir The data folder.
 * @param env Extra environment variables.
 *
 * @returns The child and its URL.
 */
async function startChild(dataDir: string, env: Record<string, string> = {}): Promise<Child> {
  const child = spawn(process.execPath, [cli, '--port', '0', '--data', dataDir, '--config', configPath, '--no-rate-limits'], {
    cwd: join(here, '..'), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (\S+)/.exec(out);
      if (match && out.includes('Project: ')) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}: ${out}`)));
  });
  return { child, url };
}

/**
 * Stops a child with a signal and waits for it to exit.
 *
 * @param child The child.
 * @param signal SIGKILL for a crash, SIGTERM for a normal stop.
 */
async function stop(child: Child, signal: NodeJS.Signals): Promise<void> {
  if (child.child.exitCode !== null || child.child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.child.once('exit', resolve));
  child.child.kill(signal);
  await exited;
}

/**
 * Creates a note document, answering its status (0 when the connection broke).
 *
 * @param url The emulator URL.
 * @param id The document id.
 * @param body The body text.
 *
 * @returns The status and the JSON answer.
 */
async function createNote(url: string, id: string, body = ''): Promise<{ status: number; json: any }> {
  try {
    const response = await fetch(`${url}/databases/db/collections/notes/documents`, {
      method: 'POST',
      headers: { 'X-Appwrite-Project': PROJECT, 'Content-Type': 'application/json' },
      body: JSON.stringify({ documentId: id, data: { n: Number(id.split('-').pop()), body } }),
    });
    return { status: response.status, json: await response.json() };
  } catch {
    return { status: 0, json: undefined };
  }
}

/**
 * Counts which of these notes a (restarted) emulator has.
 *
 * @param url The emulator URL.
 * @param ids The document ids.
 *
 * @returns The ids it does not have.
 */
async function missingNotes(url: string, ids: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (let i = 0; i < ids.length; i += 25) {
    await Promise.all(ids.slice(i, i + 25).map(async (id) => {
      const response = await fetch(`${url}/databases/db/collections/notes/documents/${id}`, { headers: { 'X-Appwrite-Project': PROJECT } });
      if (response.status !== 200) missing.push(id);
      else await response.arrayBuffer();
    }));
  }
  return missing;
}

/**
 * Sends one chunk of a chunked upload, answering its status (0 when the connection broke).
 *
 * @param url The emulator URL.
 * @param cookie The session cookie.
 * @param bytes The whole file.
 * @param index The chunk index (5 MiB chunks).
 *
 * @returns The status and the JSON answer.
 */
async function sendChunk(url: string, cookie: string, bytes: Buffer, index: number): Promise<{ status: number; json: any }> {
  const start = index * 5 * MIB;
  const end = Math.min(start + 5 * MIB, bytes.length) - 1;
  const form = new FormData();
  form.append('fileId', 'big');
  form.append('file', new File([new Uint8Array(bytes.subarray(start, end + 1))], 'big.bin'));
  try {
    const response = await fetch(`${url}/storage/buckets/files/files`, {
      method: 'POST', body: form,
      headers: { 'X-Appwrite-Project': PROJECT, Cookie: cookie, 'content-range': `bytes ${start}-${end}/${bytes.length}`, ...(index > 0 ? { 'x-appwrite-id': 'big' } : {}) },
    });
    return { status: response.status, json: await response.json() };
  } catch {
    return { status: 0, json: undefined };
  }
}

describe('persistence', () => {
  it('keeps every acknowledged write after kill -9 under concurrent writes and mid-upload', async () => {
    const dataDir = join(workDir, 'crash');
    const first = await startChild(dataDir);
    const api = createApi(first.url, PROJECT);
    expect((await api.post('/account', { userId: 'durable', email: 'durable@example.com', password: 'password-1' })).status).toBe(201);
    expect((await api.post('/account/sessions/email', { email: 'durable@example.com', password: 'password-1' })).status).toBe(201);
    const cookie = api.cookie;

    // A 3-chunk upload: chunk 0 is acknowledged, chunk 1 is still in flight when the process dies.
    const bytes = randomBytes(12 * MIB);
    expect((await sendChunk(first.url, cookie, bytes, 0)).json).toMatchObject({ chunksTotal: 3, chunksUploaded: 1 });
    void sendChunk(first.url, cookie, bytes, 1);

    // 20 writers create notes and one bumps a prefs counter, until 300 notes are acknowledged.
    const acknowledged: string[] = [];
    let lastCounter = 0;
    let counting = true;
    let next = 0;
    const writers = Array.from({ length: 20 }, async () => {
      for (;;) {
        const id = `note-${next++}`;
        const { status } = await createNote(first.url, id);
        if (status === 201) acknowledged.push(id);
        else return;
      }
    });
    const counter = (async () => {
      for (let value = 1; counting; value += 1) {
        try {
          const response = await fetch(`${first.url}/account/prefs`, {
            method: 'PATCH', headers: { 'X-Appwrite-Project': PROJECT, 'Content-Type': 'application/json', Cookie: cookie },
            body: JSON.stringify({ prefs: { counter: value } }),
          });
          if (response.status !== 200) return;
          lastCounter = value;
        } catch {
          return;
        }
      }
    })();
    while (acknowledged.length < 300) await new Promise((resolve) => setTimeout(resolve, 5));
    await stop(first, 'SIGKILL');
    counting = false;
    await Promise.all([...writers, counter]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    expect(lastCounter).toBeGreaterThan(0);

    const second = await startChild(dataDir);
    try {
      const missing = await missingNotes(second.url, acknowledged);
      console.info(`kill -9: ${acknowledged.length} notes acknowledged, ${missing.length} missing after restart; prefs counter ${lastCounter}`);
      expect(missing).toEqual([]);
      const again = createApi(second.url, PROJECT);
      again.cookie = cookie;
      const me = await again.get('/account');
      expect(me.status).toBe(200);
      // The last acknowledged value, or the one after it whose answer was cut off by the crash.
      expect([lastCounter, lastCounter + 1]).toContain(me.body.prefs.counter);
      // Chunk 0 survived: sending only chunks 1 and 2 completes the file with the right bytes.
      expect((await sendChunk(second.url, cookie, bytes, 1)).status).toBe(201);
      const done = await sendChunk(second.url, cookie, bytes, 2);
      expect(done.json).toMatchObject({ chunksTotal: 3, chunksUploaded: 3, signature: createHash('md5').update(bytes).digest('hex') });
    } finally {
      await stop(second, 'SIGTERM');
    }
  }, 60_000);

  it('refuses a second emulator on the same data folder and leaves the first one intact', async () => {
    const dataDir = join(workDir, 'shared');
    const first = await startChild(dataDir);
    try {
      expect((await createNote(first.url, 'before-1')).status).toBe(201);
      const second = spawnSync(process.execPath, [cli, '--port', '0', '--data', dataDir, '--config', configPath], { cwd: join(here, '..'), encoding: 'utf8', timeout: 15_000 });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`is in use by another emulator (pid ${first.child.pid})`);
      expect(second.stderr).not.toContain('    at ');
      expect((await createNote(first.url, 'after-2')).status).toBe(201);
    } finally {
      await stop(first, 'SIGKILL');
    }
    // The lock dies with the process: no stale lock after kill -9.
    const restarted = await startChild(dataDir);
    try {
      expect(await missingNotes(restarted.url, ['before-1', 'after-2'])).toEqual([]);
    } finally {
      await stop(restarted, 'SIGTERM');
    }
  }, 30_000);

  it('migrates a data folder written by the old journal on first start, keeping lines after a torn one', async () => {
    // Make the old format from real records: run an in-memory emulator, then write its tables as
    // `snapshot.json` plus a `journal.ndjson` whose torn line is followed by an acknowledged write.
    const memory = await startEmulator({ config: configPath, rateLimits: false });
    const api = createApi(memory.url, PROJECT);
    expect((await api.post('/account', { userId: 'old', email: 'old@example.com', password: 'password-1' })).status).toBe(201);
    expect((await api.post('/account/sessions/email', { email: 'old@example.com', password: 'password-1' })).status).toBe(201);
    expect((await createNote(memory.url, 'old-1')).status).toBe(201);
    expect((await createNote(memory.url, 'old-2')).status).toBe(201);
    const store = memory.context.store;
    const snapshot: Record<string, Record<string, unknown>> = {};
    for (const name of ['users', 'sessions', 'targets', 'logs', 'meta']) {
      snapshot[name] = Object.fromEntries(store.table<{ $id?: string }>(name).all().map((record) => [record.$id ?? 'jwtKey', record]));
    }
    const [first, second] = store.table<{ $id: string }>('db_documents').all();
    await memory.close();
    const dataDir = join(workDir, 'legacy');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'snapshot.json'), JSON.stringify({ ...snapshot, db_documents: { 'db/notes/old-1': first } }));
    writeFileSync(join(dataDir, 'journal.ndjson'), `{"t":"db_documents","id":"db/notes/torn","v":{"$id"\n${JSON.stringify({ t: 'db_documents', id: 'db/notes/old-2', v: second })}\n`);

    const child = await startChild(dataDir);
    try {
      expect(await missingNotes(child.url, ['old-1', 'old-2'])).toEqual([]);
      const again = createApi(child.url, PROJECT);
      again.cookie = api.cookie;
      expect((await again.get('/account')).body.$id).toBe('old');
      expect((await createApi(child.url, PROJECT).post('/account/sessions/email', { email: 'old@example.com', password: 'password-1' })).status).toBe(201);
    } finally {
      await stop(child, 'SIGTERM');
    }
    expect([existsSync(join(dataDir, 'snapshot.json')), existsSync(join(dataDir, 'journal.ndjson.migrated')), existsSync(join(dataDir, 'emulator.sqlite'))]).toEqual([false, true, true]);
  }, 30_000);

  it('on a full disk answers 507, stores nothing of the failed request and loses no acknowledged write', async () => {
    // A real 2 MB tmpfs where the machine lets us mount one (root on Linux); otherwise SQLite's own
    // page limit, which fails a commit with the same SQLITE_FULL.
    const dataDir = join(workDir, 'full');
    mkdirSync(dataDir);
    const mounted = process.platform === 'linux' && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dataDir]).status === 0;
    try {
      const first = await startChild(dataDir, mounted ? {} : { AW_EMULATOR_MAX_PAGES: '500' });
      // A realtime listener: it must hear of the saved notes only.
      const announced: string[] = [];
      const socket = new WebSocket(`${first.url.replace('http', 'ws')}/realtime?project=${PROJECT}&channels[]=databases.db.collections.notes.documents`);
      await new Promise<void>((resolve, reject) => {
        socket.on('message', (raw) => {
          const message = JSON.parse(String(raw));
          if (message.type === 'connected') resolve();
          if (message.type === 'event') announced.push(message.data.payload.$id);
        });
        socket.once('error', reject);
      });
      const acknowledged: string[] = [];
      const refused: Array<{ id: string; status: number; json: any }> = [];
      const body = 'x'.repeat(20_000);
      try {
        let next = 0;
        await Promise.all(Array.from({ length: 8 }, async () => {
          while (refused.length < 10 && next < 2_000) {
            const id = `full-${next++}`;
            const answer = await createNote(first.url, id, body);
            if (answer.status === 201) acknowledged.push(id);
            else refused.push({ id, ...answer });
          }
        }));
        expect(acknowledged.length).toBeGreaterThan(10);
        expect(refused.length).toBeGreaterThanOrEqual(10);
        for (const answer of refused) {
          expect(answer.status).toBe(507);
          expect(answer.json).toMatchObject({ code: 507, type: 'general_server_error' });
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(announced.sort()).toEqual([...acknowledged].sort());
        // Nothing of a refused write is visible, even in the running process's memory.
        expect(await missingNotes(first.url, refused.map((answer) => answer.id))).toHaveLength(refused.length);
        expect(await missingNotes(first.url, acknowledged)).toEqual([]);
        if (mounted) {
          // Space comes back: the same process saves again, no restart needed.
          expect(spawnSync('mount', ['-o', 'remount,size=64m', dataDir]).status).toBe(0);
          expect((await createNote(first.url, 'full-99999', body)).status).toBe(201);
          acknowledged.push('full-99999');
        }
      } finally {
        socket.close();
        await stop(first, 'SIGKILL');
      }
      const second = await startChild(dataDir);
      try {
        const missing = await missingNotes(second.url, acknowledged);
        console.info(`disk full (${mounted ? '2 MB tmpfs' : 'SQLite page limit'}): ${acknowledged.length} acknowledged, ${refused.length} refused with 507, ${missing.length} acknowledged missing after restart`);
        expect(missing).toEqual([]);
        expect(await missingNotes(second.url, refused.map((answer) => answer.id))).toHaveLength(refused.length);
        expect((await createNote(second.url, 'after-space-2')).status).toBe(201);
      } finally {
        await stop(second, 'SIGTERM');
      }
    } finally {
      if (mounted) spawnSync('umount', [dataDir]);
    }
  }, 60_000);
});
