import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `aw-emulator export`, `--import` and `--export-on-exit` as users run them: the built bin, spawned.
const bin = join(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'aw-emulator-snapshot-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Cli {
  /** Resolves with the endpoint once the emulator prints it (only for a server run). */
  ready: Promise<string>;
  /** Resolves when the process ends. */
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
  stop(): void;
}

function cli(args: string[]): Cli {
  const child = spawn(process.execPath, [bin, ...args], { cwd: scratch });
  let stdout = '';
  let stderr = '';
  let onReady: (url: string) => void = () => {};
  const ready = new Promise<string>((resolve) => (onReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
    const match = /listening on (\S+)/.exec(stdout);
    if (match && stdout.includes('Rate limits:')) onReady(match[1]!);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
  return { ready, done, stop: () => child.kill('SIGTERM') };
}

async function signUp(url: string, project: string, email: string): Promise<number> {
  const response = await fetch(`${url}/account`, {
    method: 'POST',
    headers: { 'X-Appwrite-Project': project, 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: 'unique()', email, password: 'a-long-password' }),
  });
  return response.status;
}

describe('aw-emulator snapshots on the command line', { timeout: 60_000 }, () => {
  it('exports a stopped data folder, refuses one in use, and starts from the file with --import', async () => {
    const data = join(scratch, 'data');
    const server = cli(['--port', '0', '--data', data]);
    const url = await server.ready;
    expect(await signUp(url, 'aw-emulator', 'kept@example.com')).toBe(201);
    const busy = await cli(['export', '--data', data, '--out', join(scratch, 'busy.json')]).done;
    expect(busy.code).toBe(1);
    expect(busy.stderr.trim()).toMatch(/^aw-emulator: The data folder .* is in use by a running emulator: stop it first \(or start it with --export-on-exit\)\.$/);
    server.stop();
    await server.done;

    const out = join(scratch, 'state.json');
    const exported = await cli(['export', '--data', data, '--out', out]).done;
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^Exported \d+ records of project aw-emulator to .*state\.json \(\d+ bytes\)\n$/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'aw-emulator-snapshot', version: 1, projectId: 'aw-emulator' });

    // The imported emulator knows the user: signing up again with the same email is a conflict.
    const copy = cli(['--port', '0', '--import', out, '--export-on-exit', join(scratch, 'on-exit.json.gz')]);
    const copyUrl = await copy.ready;
    expect(await signUp(copyUrl, 'aw-emulator', 'kept@example.com')).toBe(409);
    expect(await signUp(copyUrl, 'aw-emulator', 'new@example.com')).toBe(201);
    copy.stop();
    const exit = await copy.done;
    expect(exit.stdout).toContain('Exported the state to');

    const again = cli(['--port', '0', '--import', join(scratch, 'on-exit.json.gz')]);
    const againUrl = await again.ready;
    expect(await signUp(againUrl, 'aw-emulator', 'new@example.com')).toBe(409);
    again.stop();
    await again.done;
  });

  it('refuses a snapshot from a newer format in one line, and explains export usage', async () => {
    const newer = join(scratch, 'newer.json');
    writeFileSync(newer, JSON.stringify({ format: 'aw-emulator-snapshot', version: 9, projectId: null, exportedAt: '', tables: {} }));
    const refused = await cli(['--port', '0', '--import', newer]).done;
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toMatch(/^aw-emulator: .*newer\.json was written by a newer aw-emulator \(snapshot format 9; this one reads up to 1\)\. Upgrade @aw\/emulator to load it\.$/);
    const usage = await cli(['export', '--data', scratch]).done;
    expect(usage).toMatchObject({ code: 2, stderr: 'aw-emulator: export needs --data <folder> and --out <file>. See aw-emulator --help.\n' });
    const empty = await cli(['export', '--data', join(scratch, 'nothing'), '--out', join(scratch, 'x.json')]).done;
    expect(empty.stderr).toMatch(/holds no emulator state/);
  });
});
