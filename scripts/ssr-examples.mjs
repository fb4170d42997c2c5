#!/usr/bin/env node
// The server-side rendering examples, built and driven in a browser. For each of examples/nextjs,
// examples/sveltekit and examples/nuxt: the framework's own production build, then a fresh
// emulator (in this process, on 127.0.0.1, with the example's appwrite.json) and the built app (on
// 127.0.0.1), then headless Chromium (playwright-core, Debian's /usr/bin/chromium) signs up, signs
// in, reads the server HTML with JavaScript off, watches a realtime update arrive, uploads a file
// with progress, signs out and is redirected, and checks that two users in two browser contexts
// see only their own notes.
//
// Every step is bounded in time; the run ends with "N passed, N failed" and exits non-zero on any
// failure. Results also go to .reports/ssr-examples.json (checks, build times).
//
// With --measure it drives no browser: it rebuilds each example with client source maps and
// reports what each installs (third-party packages and MB, @aw/emulator left out) and the client
// bytes each package contributes, and what our packages add (to .reports/ssr-examples-measure.md).
//
// Usage: node scripts/ssr-examples.mjs [--only nextjs,sveltekit,nuxt] [--skip-build] [--measure] [--chromium /usr/bin/chromium]
// Needs `pnpm run build` (the SDK and the emulator's dist) first; `pnpm run ssr:check` does both.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { attributeClientBytes } from './lib/bundle-attribution.mjs';
import { installFootprint } from './lib/install-footprint.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    measure: { type: 'boolean', default: false },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

const BUILD_TIMEOUT_MS = 6 * 60_000;
const START_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 20_000;
const EXAMPLE_TIMEOUT_MS = 4 * 60_000;

/** How each example is built and started; the app reads APPWRITE_ENDPOINT and APPWRITE_PROJECT. */
const EXAMPLES = [
  {
    name: 'nextjs',
    build: ['pnpm', ['run', 'app:build']],
    clientDir: '.next/static',
    // Packages the framework's own client code already ships (so ours add nothing there).
    frameworkShips: [],
    start: (port) => ['node', [join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--hostname', '127.0.0.1', '--port', String(port)], {}],
  },
  {
    name: 'sveltekit',
    build: ['pnpm', ['run', 'app:build']],
    clientDir: '.svelte-kit/output/client',
    frameworkShips: [],
    start: (port) => ['node', ['build/index.js'], { HOST: '127.0.0.1', PORT: String(port), ORIGIN: `http://127.0.0.1:${port}` }],
  },
  {
    name: 'nuxt',
    build: ['pnpm', ['run', 'app:build']],
    clientDir: '.output/public/_nuxt',
    // Nuxt's $fetch is ofetch, which brings ufo and destr.
    frameworkShips: ['ofetch', 'ufo', 'destr'],
    start: (port) => ['node', ['.output/server/index.mjs'], { HOST: '127.0.0.1', PORT: String(port), NITRO_HOST: '127.0.0.1', NITRO_PORT: String(port) }],
  },
];

const selected = args.only ? args.only.split(',').map((name) => name.trim()) : EXAMPLES.map((example) => example.name);
const results = [];
const builds = [];

/** Records one named check of one example. */
function record(example, name, error) {
  results.push({ example, name, ok: !error, error: error ? String(error.message ?? error).split('\n')[0] : undefined });
  console.log(`  ${error ? 'FAIL' : 'ok  '} ${example}: ${name}${error ? ` — ${String(error.message ?? error).split('\n')[0]}` : ''}`);
}

/** Runs a check, bounded in time; a failure is recorded and the run goes on. */
async function check(example, name, fn, timeoutMs = STEP_TIMEOUT_MS) {
  let timer;
  try {
    await Promise.race([fn(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)))]);
    record(example, name);
    return true;
  } catch (error) {
    record(example, name, error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a command to completion, bounded in time; resolves with its output, rejects on failure. */
function run(command, argv, options) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      reject(new Error(`${command} ${argv.join(' ')} timed out after ${options.timeoutMs} ms\n${output.slice(-2000)}`));
    }, options.timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolveRun(output);
      else reject(new Error(`${command} ${argv.join(' ')} exited ${code}\n${output.slice(-4000)}`));
    });
  });
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts the built app and waits until it answers; returns a stop function and its log. */
async function startApp(example, cwd, env) {
  const port = await freePort();
  const [command, argv, extraEnv] = example.start(port);
  const child = spawn(command, argv, { cwd, env: { ...process.env, ...env, ...extraEnv, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((resolveExit) => child.on('exit', resolveExit));
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, 5000);
    await exited;
    clearTimeout(killer);
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}\n${log.slice(-3000)}`);
    try {
      await fetch(`${url}/sign-in`, { signal: AbortSignal.timeout(2000) });
      return { url, stop, log: () => log };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await stop();
  throw new Error(`the app did not answer within ${START_TIMEOUT_MS} ms\n${log.slice(-3000)}`);
}

const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Fills and submits the sign-up or sign-in form, and waits for the home page. */
async function submitAuthForm(page, url, path, user) {
  await page.goto(`${url}${path}`);
  if (path === '/sign-up') await page.fill('input[name="name"]', user.name);
  await page.fill('input[name="email"]', user.email);
  await page.fill('input[name="password"]', user.password);
  await Promise.all([page.waitForURL(`${url}/`, { timeout: STEP_TIMEOUT_MS }), page.click('main form button[type="submit"]')]);
}

/** Adds a note through the page's form and waits until the server-rendered list shows it. */
async function addNote(page, text) {
  await page.fill('#add-note input[name="text"]', text);
  await page.click('#add-note button[type="submit"]');
  await page.locator('#notes li', { hasText: text }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** The session cookie of a browser context, as a `Cookie` header for plain fetches. */
async function cookieHeader(context, url) {
  return (await context.cookies(url)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Drives one built example against a fresh emulator. */
async function driveExample(example, browser) {
  const cwd = join(root, 'examples', example.name);
  const { startEmulator } = await import(pathToFileURL(join(root, 'packages/emulator/dist/index.js')).href);
  const emulator = await startEmulator({ config: join(cwd, 'appwrite.json'), rateLimits: false });
  let app;
  const contexts = [];
  try {
    app = await startApp(example, cwd, { APPWRITE_ENDPOINT: emulator.url, APPWRITE_PROJECT: emulator.projectId });
    const { url } = app;
    const name = example.name;
    const stamp = Date.now().toString(36);
    const ada = { name: 'Ada', email: `ada-${stamp}@example.test`, password: 'correct horse battery' };
    const bob = { name: 'Bob', email: `bob-${stamp}@example.test`, password: 'another long secret' };
    const newContext = async (options = {}) => {
      const context = await browser.newContext(options);
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      contexts.push(context);
      return context;
    };

    const adaContext = await newContext();
    const page = await adaContext.newPage();

    await check(name, 'a signed-out visit is redirected to the sign-in page', async () => {
      const response = await fetch(`${url}/`, { redirect: 'manual' });
      expect([302, 303, 307, 308].includes(response.status), `status ${response.status}`);
      expect(new URL(response.headers.get('location'), url).pathname === '/sign-in', `location ${response.headers.get('location')}`);
      await page.goto(`${url}/`);
      expect(new URL(page.url()).pathname === '/sign-in', `landed on ${page.url()}`);
    });

    const signedUp = await check(name, 'sign up lands on the home page as the new user', async () => {
      await submitAuthForm(page, url, '/sign-up', ada);
      expect((await page.textContent('#user-name')) === ada.name, 'user name not shown');
    });
    if (!signedUp) return;

    await check(name, 'the session cookie is httpOnly, SameSite=Lax, custom-named, not Secure on 127.0.0.1', async () => {
      const cookies = await adaContext.cookies(url);
      expect(cookies.length === 1, `cookies: ${cookies.map((c) => c.name).join(', ')}`);
      const [cookie] = cookies;
      expect(cookie.name === 'notes_session', `name ${cookie.name}`);
      expect(cookie.httpOnly && cookie.sameSite === 'Lax' && !cookie.secure && cookie.path === '/', JSON.stringify({ ...cookie, value: '(secret)' }));
      expect(cookie.expires > Date.now() / 1000 + 3600, 'expires with the session, not with the browser');
      expect((await page.evaluate(() => document.cookie)) === '', 'page scripts can read a cookie');
    });

    await check(name, 'a wrong password shows the error and sets no cookie', async () => {
      const other = await newContext();
      const p = await other.newPage();
      await p.goto(`${url}/sign-in`);
      await p.fill('input[name="email"]', ada.email);
      await p.fill('input[name="password"]', 'not the password');
      await p.click('main form button[type="submit"]');
      await p.locator('#error', { hasText: 'user_invalid_credentials' }).waitFor();
      expect((await other.cookies(url)).length === 0, 'a cookie was set');
      await other.close();
    });

    await check(name, 'a note added through the form is listed', () => addNote(page, `first note ${stamp}`));

    await check(name, "the user's notes are in the server HTML (plain fetch with the cookie)", async () => {
      const html = await (await fetch(`${url}/`, { headers: { cookie: await cookieHeader(adaContext, url) } })).text();
      expect(html.includes(`first note ${stamp}`), 'note missing from the HTML');
      expect(html.includes(ada.email), 'user missing from the HTML');
    });

    await check(name, 'with JavaScript disabled the page still shows the user and the notes', async () => {
      const noScript = await newContext({ javaScriptEnabled: false });
      await noScript.addCookies(await adaContext.cookies(url));
      const p = await noScript.newPage();
      await p.goto(`${url}/`);
      expect((await p.textContent('#user-name')) === ada.name, 'user name not rendered');
      expect(((await p.textContent('#notes')) ?? '').includes(`first note ${stamp}`), 'note not rendered');
      await noScript.close();
    });

    await check(name, 'a realtime update arrives in an open page', async () => {
      await page.goto(`${url}/`);
      await page.locator('#live[data-state="live"]').waitFor();
      const second = await adaContext.newPage();
      await second.goto(`${url}/`);
      await addNote(second, `live note ${stamp}`);
      await page.locator('#live-events li', { hasText: `live note ${stamp}` }).waitFor();
      await second.close();
    });

    await check(name, 'a 6 MiB file uploads in two chunks with progress and is listed', async () => {
      await page.goto(`${url}/`);
      const fileName = `photo-${stamp}.bin`;
      await page.setInputFiles('#upload input[type="file"]', { name: fileName, mimeType: 'application/octet-stream', buffer: Buffer.alloc(6 * 1024 * 1024, 7) });
      await page.click('#upload button[type="submit"]');
      await page.locator('#upload-status', { hasText: 'done' }).waitFor();
      const progress = (await page.getAttribute('#upload-status', 'data-progress')).split(',').map(Number);
      expect(progress.length === 2 && progress[0] > 0 && progress[0] < 100 && progress[1] === 100, `progress ${progress}`);
      await page.reload();
      await page.locator('#files li', { hasText: fileName }).waitFor();
    });

    const adaCookie = await cookieHeader(adaContext, url);
    await check(name, 'sign out goes to the sign-in page, and the home page then redirects there', async () => {
      await page.goto(`${url}/`);
      await Promise.all([page.waitForURL(`${url}/sign-in`), page.click('#sign-out')]);
      expect((await adaContext.cookies(url)).length === 0, 'cookie not cleared');
      await page.goto(`${url}/`);
      expect(new URL(page.url()).pathname === '/sign-in', `landed on ${page.url()}`);
    });

    await check(name, 'the old cookie no longer works after sign-out (the Appwrite session ended)', async () => {
      const response = await fetch(`${url}/`, { headers: { cookie: adaCookie }, redirect: 'manual' });
      const html = response.status === 200 ? await response.text() : '';
      expect(!html.includes(`first note ${stamp}`), 'the old cookie still reads the notes');
    });

    await check(name, 'sign in again shows the same notes', async () => {
      await submitAuthForm(page, url, '/sign-in', ada);
      expect(((await page.textContent('#notes')) ?? '').includes(`first note ${stamp}`), 'notes missing');
    });

    await check(name, 'two users in two browser contexts see only their own notes', async () => {
      const bobContext = await newContext();
      const bobPage = await bobContext.newPage();
      await submitAuthForm(bobPage, url, '/sign-up', bob);
      await page.goto(`${url}/`);
      await page.locator('#live[data-state="live"]').waitFor();
      await addNote(bobPage, `bob private ${stamp}`);
      const bobNotes = (await bobPage.textContent('#notes')) ?? '';
      expect(bobNotes.includes(`bob private ${stamp}`) && !bobNotes.includes(`first note ${stamp}`), "Bob sees Ada's notes");
      // From a second tab: a form post may reload the page (Nuxt), which would restart its stream.
      const adaSecond = await adaContext.newPage();
      await adaSecond.goto(`${url}/`);
      await addNote(adaSecond, `ada after bob ${stamp}`);
      await adaSecond.close();
      // Ada's own later note arrives live, so Bob's earlier one would have arrived by now too.
      await page.locator('#live-events li', { hasText: `ada after bob ${stamp}` }).waitFor();
      expect(!((await page.textContent('#live-events')) ?? '').includes('bob private'), "Bob's note reached Ada's live stream");
      await page.reload();
      const adaNotes = (await page.textContent('#notes')) ?? '';
      expect(!adaNotes.includes('bob private'), "Ada sees Bob's note");
      await bobPage.reload();
      expect(!((await bobPage.textContent('#notes')) ?? '').includes('ada after bob'), "Bob sees Ada's new note");
    });
  } catch (error) {
    record(example.name, 'the example runs', error);
    if (app) console.log(app.log().slice(-3000));
  } finally {
    for (const context of contexts) await context.close().catch(() => {});
    await app?.stop();
    await emulator.close();
  }
}


/** Packages that reach the client only through ours. */
const OUR_DEPENDENCIES = ['valibot', 'ofetch', 'ufo', 'destr'];
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Rebuilds one example with client source maps, and reports install size and client bytes by package. */
async function measureExample(example) {
  const cwd = join(root, 'examples', example.name);
  await run(example.build[0], example.build[1], { cwd, env: { ...process.env, AW_CLIENT_SOURCEMAPS: '1', NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1' }, timeoutMs: BUILD_TIMEOUT_MS });
  const install = installFootprint(cwd, ['@aw/emulator']);
  const client = attributeClientBytes(join(cwd, example.clientDir));
  const ours = [...client.packages.keys()].filter((name) => name.startsWith('@aw/') || (OUR_DEPENDENCIES.includes(name) && !example.frameworkShips.includes(name)));
  const oursBytes = ours.reduce((sum, name) => sum + client.packages.get(name).bytes, 0);
  return { example: example.name, installPackages: install.packages, installBytes: install.bytes, clientBytes: client.total, ours, oursBytes, oursGzip: client.gzipOf(ours), byPackage: Object.fromEntries([...client.packages].sort((a, b) => b[1].bytes - a[1].bytes)) };
}

/** Writes the measurements as markdown and prints them. */
function reportMeasurements(measurements) {
  const lines = ['| example | installs (third-party, without @aw/emulator) | client JS total | our packages in the client | what they are |', '| --- | ---: | ---: | ---: | --- |'];
  for (const m of measurements) {
    const parts = m.ours.map((name) => `${name} ${kB(m.byPackage[name].bytes)}`).join(', ');
    lines.push(`| ${m.example} | ${m.installPackages} packages, ${(m.installBytes / 1e6).toFixed(0)} MB | ${kB(m.clientBytes)} | ${kB(m.oursBytes)} min, ${kB(m.oursGzip)} gzip | ${parts} |`);
  }
  const text = `${lines.join('\n')}\n`;
  mkdirSync(join(root, '.reports'), { recursive: true });
  writeFileSync(join(root, '.reports/ssr-examples-measure.md'), text);
  writeFileSync(join(root, '.reports/ssr-examples-measure.json'), `${JSON.stringify(measurements, null, 2)}\n`);
  console.log(text);
}

async function main() {
  if (args.measure) {
    const measurements = [];
    for (const example of EXAMPLES.filter((entry) => selected.includes(entry.name))) {
      console.log(`::: measuring ${example.name}`);
      await check(example.name, 'measured', async () => measurements.push(await measureExample(example)), BUILD_TIMEOUT_MS + 30_000);
    }
    reportMeasurements(measurements);
    const failed = results.filter((result) => !result.ok).length;
    console.log(`ssr-examples: ${results.length - failed} passed, ${failed} failed`);
    process.exitCode = failed > 0 ? 1 : 0;
    return;
  }
  const browser = await chromium.launch({ executablePath: args.chromium, headless: true, args: BROWSER_ARGS });
  try {
    for (const example of EXAMPLES.filter((entry) => selected.includes(entry.name))) {
      const cwd = join(root, 'examples', example.name);
      if (!existsSync(cwd)) {
        record(example.name, 'the example exists', new Error(`${cwd} is missing`));
        continue;
      }
      console.log(`::: ${example.name}`);
      if (!args['skip-build']) {
        const started = performance.now();
        const built = await check(example.name, 'production build', () => run(example.build[0], example.build[1], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1' }, timeoutMs: BUILD_TIMEOUT_MS }), BUILD_TIMEOUT_MS + 5000);
        const seconds = (performance.now() - started) / 1000;
        builds.push({ example: example.name, seconds: Number(seconds.toFixed(1)), ok: built });
        console.log(`  build took ${seconds.toFixed(1)} s`);
        if (!built) continue;
      }
      await check(example.name, 'browser run finished', () => driveExample(example, browser), EXAMPLE_TIMEOUT_MS);
    }
  } finally {
    await browser.close();
  }
  const passed = results.filter((result) => result.ok).length;
  const failed = results.length - passed;
  mkdirSync(join(root, '.reports'), { recursive: true });
  writeFileSync(join(root, '.reports/ssr-examples.json'), `${JSON.stringify({ passed, failed, builds, results }, null, 2)}\n`);
  console.log(`ssr-examples: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

await main();
