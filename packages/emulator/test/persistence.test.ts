import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from './helpers/api.ts';

const here = dirname(fileURLToPath(import.meta.url));
const bundleDir = join(here, '../.test-bin');
const cli = join(bundleDir, 'cli.mjs');
let dataDir: string;

beforeAll(async () => {
  // The test runs the real CLI in a child process, bundled from source so no prior build is needed.
  await build({ entryPoints: [join(here, '../src/cli.ts')], outfile: cli, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  dataDir = mkdtempSync(join(tmpdir(), 'aw-emulator-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
});

/**
 * Starts the CLI and waits for the line with its URL.
 *
 * @returns The child and the URL.
 */
async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, '--port', '0', '--data', dataDir], { cwd: join(here, '..'), stdio: ['ignore', 'pipe', 'pipe'] });
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

describe('persistence', () => {
  it('keeps every acknowledged write after the process is killed with SIGKILL', async () => {
    const first = await startChild();
    const api = createApi(first.url, 'aw-emulator');
    expect((await api.post('/account', { userId: 'durable', email: 'durable@example.com', password: 'password-1' })).status).toBe(201);
    expect((await api.post('/account/sessions/email', { email: 'durable@example.com', password: 'password-1' })).status).toBe(201);
    expect((await api.patch('/account/prefs', { prefs: { saved: 1 } })).status).toBe(200);
    const cookie = api.cookie;
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;

    const second = await startChild();
    try {
      const again = createApi(second.url, 'aw-emulator');
      again.cookie = cookie;
      const me = await again.get('/account');
      expect(me.status).toBe(200);
      expect(me.body.prefs).toEqual({ saved: 1 });
      const fresh = createApi(second.url, 'aw-emulator');
      expect((await fresh.post('/account/sessions/email', { email: 'durable@example.com', password: 'password-1' })).status).toBe(201);
    } finally {
      const stopped = new Promise((resolve) => second.child.once('exit', resolve));
      second.child.kill('SIGTERM');
      await stopped;
    }
  });
});
