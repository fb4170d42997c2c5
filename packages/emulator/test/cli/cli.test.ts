import { createServer as createHttpServer } from 'node:http';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI as users run it: the built bin (dist/cli.js, built before tests), spawned with real flags.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(packageDir, 'dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'aw-emulator-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to its end (for flags that must exit), killing it after 30 s (slow, loaded CI machines). */
function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: scratch });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts the CLI and resolves with its endpoint once it prints it, plus a stop function. */
function start(args: string[]): Promise<{ url: string; stdout: () => string; stop: () => Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: scratch });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('close', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      const match = /listening on (\S+)/.exec(stdout);
      if (match && stdout.includes('Rate limits:')) {
        child.removeAllListeners('close');
        resolve({
          url: match[1]!,
          stdout: () => stdout,
          stop: () =>
            new Promise((done) => {
              child.on('close', (code) => done(code));
              child.kill('SIGTERM');
            }),
        });
      }
    });
  });
}

/** One line on stderr, no stack trace. */
function expectOneLine(result: Run, code: number, text: RegExp): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^aw-emulator: /);
  expect(lines[0]).toMatch(text);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('aw-emulator CLI', { timeout: 60_000 }, () => {
  it('--help documents every flag and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--port', '--host', '--config', '--data', '--no-rate-limits', '--no-console', '--key', '--allow-private-avatar-urls', '--help', '--version', '-p,', '-c,', '-d,', '-h,', '-v,']) {
      expect(result.stdout).toContain(flag);
    }
    expect(result.stdout).toMatch(/^Usage: aw-emulator/);
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
    const result = await run(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await run(['-v'])).stdout).toBe(`${version}\n`);
  });

  it('bad JSON in appwrite.json names the file and the line', async () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{\n  "projectId": "demo",\n  "databases": [,]\n}\n');
    expectOneLine(await run(['--config', file, '--port', '0']), 1, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:17: not valid JSON \\(value expected\\)\\.$`));
  });

  it('a missing config file is one clear line', async () => {
    expectOneLine(await run(['--config', join(scratch, 'nope.json')]), 1, /Cannot read the config file .*nope\.json: no such file\.$/);
  });

  it('a port in use is one clear line and exit 1', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      expectOneLine(await run(['--port', String(port)]), 1, new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      blocker.close();
    }
  });

  it.each([['abc'], ['70000'], ['-1'], ['80.5']])('--port %s is a usage error (exit 2)', async (port) => {
    expectOneLine(await run([`--port=${port}`]), 2, /--port must be a whole number from 0 to 65535/);
  });

  it('an unknown flag is a usage error that names it', async () => {
    expectOneLine(await run(['--prot', '1']), 2, /Unknown option '--prot'.*--help/);
  });

  it('a data folder that is a file is one clear line', async () => {
    const file = join(scratch, 'not-a-folder');
    writeFileSync(file, 'x');
    expectOneLine(await run(['--data', file, '--port', '0']), 1, /Cannot use the data folder .*not-a-folder: it is a file, not a folder\.$/);
  });

  it('a data folder with a corrupt snapshot is one clear line', async () => {
    const folder = join(scratch, 'corrupt');
    mkdirSync(folder);
    writeFileSync(join(folder, 'snapshot.json'), '{"users": {\n  "u1": ');
    expectOneLine(await run(['--data', folder, '--port', '0']), 1, /Cannot load the data folder .*corrupt: snapshot\.json is not valid JSON/);
  });

  it('starts with a config and a data folder, serves the API, and stops on SIGTERM with exit 0', async () => {
    const file = join(scratch, 'appwrite.json');
    writeFileSync(file, JSON.stringify({ projectId: 'cli-demo', databases: [{ $id: 'main', name: 'Main' }] }));
    const emulator = await start(['--port', '0', '--config', file, '--data', join(scratch, 'data')]);
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(emulator.stdout()).toContain('Project: cli-demo');
    expect(emulator.stdout()).toContain('Rate limits: on');
    const answer = await fetch(`${emulator.url}/locale/countries`, { headers: { 'x-appwrite-project': 'cli-demo' } });
    expect(answer.status).toBe(200);
    expect(await emulator.stop()).toBe(0);
  });

  it('serves the console by default and prints its URL; --no-console turns it off', async () => {
    const emulator = await start(['--port', '0']);
    const consoleUrl = emulator.url.replace(/\/v1$/, '/__emulator/');
    expect(emulator.stdout()).toContain(`Console: ${consoleUrl}`);
    const page = await fetch(consoleUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/name="aw-console-token" content="[0-9a-f]{64}"/);
    expect(await emulator.stop()).toBe(0);

    const without = await start(['--port', '0', '--no-console']);
    expect(without.stdout()).not.toContain('Console:');
    expect((await fetch(without.url.replace(/\/v1$/, '/__emulator/'))).status).toBe(404);
    expect(await without.stop()).toBe(0);
  });

  it('rate limits are on by default, and a 429 says how to turn them off', async () => {
    const emulator = await start(['--port', '0']);
    try {
      const login = () =>
        fetch(`${emulator.url}/account/sessions/email`, {
          method: 'POST',
          headers: { 'x-appwrite-project': 'aw-emulator', 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'limit@example.com', password: 'password-1' }),
        });
      // 10 per hour for one email, as in Appwrite.
      for (let i = 0; i < 10; i += 1) expect((await login()).status).toBe(401);
      const limited = await login();
      expect(limited.status).toBe(429);
      const body = (await limited.json()) as { type: string; message: string };
      expect(body.type).toBe('general_rate_limit_exceeded');
      expect(body.message).toContain('--no-rate-limits');
      expect(body.message).toContain('rateLimits: false');
      expect(body.message).toContain('--key');
    } finally {
      await emulator.stop();
    }
  });

  it('--no-rate-limits turns them off', async () => {
    const emulator = await start(['--port', '0', '--no-rate-limits']);
    try {
      expect(emulator.stdout()).toContain('Rate limits: off');
      for (let i = 0; i < 12; i += 1) {
        const answer = await fetch(`${emulator.url}/account/sessions/email`, {
          method: 'POST',
          headers: { 'x-appwrite-project': 'aw-emulator', 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'nolimit@example.com', password: 'password-1' }),
        });
        expect(answer.status).toBe(401);
      }
    } finally {
      await emulator.stop();
    }
  });
  it('a --key with an unknown scope is a usage error that does not print the secret', async () => {
    const result = await run(['--key', 'very-secret-value:users.read,users.reed']);
    expectOneLine(result, 2, /--key: key #1: unknown scope "users.reed"/);
    expect(result.stderr).not.toContain('very-secret-value');
  });

  it('--key (repeatable) accepts those keys with their scopes, and never prints them', async () => {
    const all = `all-${Date.now()}-secret`;
    const readOnly = `ro-${Date.now()}-secret`;
    const emulator = await start(['--port', '0', '--key', all, '--key', `${readOnly}:users.read`]);
    try {
      const call = (key: string, method = 'GET', body?: unknown) =>
        fetch(`${emulator.url}/users`, {
          method,
          headers: { 'x-appwrite-project': 'aw-emulator', 'x-appwrite-key': key, 'content-type': 'application/json' },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
      expect((await call(all, 'POST', { userId: 'cli-user', email: 'cli@example.com' })).status).toBe(201);
      expect(await (await call(readOnly)).json()).toMatchObject({ total: 1 });
      const refused = await call(readOnly, 'POST', { userId: 'other' });
      expect([refused.status, (await refused.json()).type]).toEqual([401, 'general_unauthorized_scope']);
      expect((await call('wrong-key')).status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(emulator.stdout()).toContain('API keys: 2');
      expect(emulator.stdout()).not.toContain(all);
      expect(emulator.stdout()).not.toContain(readOnly);
    } finally {
      await emulator.stop();
    }
  });

  it('--origin (repeatable) allows those browser origins and no others', async () => {
    const emulator = await start(['--port', '0', '--origin', 'https://app.example.com', '--origin', '*.preview.example']);
    try {
      const allowOrigin = async (origin: string) =>
        (await fetch(`${emulator.url}/locale/codes`, { headers: { 'x-appwrite-project': 'aw-emulator', origin } })).headers.get('access-control-allow-origin');
      expect(await allowOrigin('https://app.example.com')).toBe('https://app.example.com');
      expect(await allowOrigin('https://pr-7.preview.example')).toBe('https://pr-7.preview.example');
      expect(await allowOrigin('https://evil.example')).toBeNull();
    } finally {
      await emulator.stop();
    }
  });

  it('--allow-private-avatar-urls lets remote avatars come from 127.0.0.1; without it they are refused', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2b5c8d50000000049454e44ae426082', 'hex');
    const images = createHttpServer((_req, res) => res.writeHead(200, { 'Content-Type': 'image/png' }).end(png));
    await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
    const imageUrl = encodeURIComponent(`http://127.0.0.1:${(images.address() as AddressInfo).port}/a.png`);
    const strict = await start(['--port', '0']);
    const open = await start(['--port', '0', '--allow-private-avatar-urls']);
    try {
      const refused = await fetch(`${strict.url}/avatars/image?project=aw-emulator&url=${imageUrl}`);
      expect([refused.status, ((await refused.json()) as { type: string }).type]).toEqual([404, 'avatar_remote_url_failed']);
      const fetched = await fetch(`${open.url}/avatars/image?project=aw-emulator&url=${imageUrl}&width=8&height=8`);
      expect([fetched.status, fetched.headers.get('content-type')]).toEqual([200, 'image/png']);
    } finally {
      await strict.stop();
      await open.stop();
      images.closeAllConnections();
      await new Promise((resolve) => images.close(resolve));
    }
  });
});
