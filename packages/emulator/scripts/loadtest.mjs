#!/usr/bin/env node
// A bounded load test of the emulator in persistent mode: a fixed number of mixed requests
// (sign-in state, document writes and reads, prefs writes, account reads) with a fixed number
// in flight, against the CLI in a child process on a fresh data folder. Prints req/s, p50 and p99.
//
//   node scripts/loadtest.mjs [--cli dist/cli.js] [--requests 2000] [--concurrency 50] [--data DIR [--keep] | --memory]
//
// Not part of the test suite: it measures, it does not assert.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    cli: { type: 'string', default: new URL('../dist/cli.js', import.meta.url).pathname },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '50' },
    users: { type: 'string', default: '20' },
    data: { type: 'string' },
    memory: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const total = Math.min(Number(values.requests), 100_000);
const concurrency = Math.min(Number(values.concurrency), 500);
const PROJECT = 'loadtest';

const work = mkdtempSync(join(tmpdir(), 'aw-loadtest-'));
const dataDir = values.data ? resolve(values.data) : join(work, 'data');
const configPath = join(work, 'appwrite.json');
writeFileSync(configPath, JSON.stringify({
  projectId: PROJECT,
  databases: [{ $id: 'db', name: 'DB' }],
  collections: [{
    $id: 'notes', databaseId: 'db', name: 'Notes', $permissions: ['create("users")', 'read("users")', 'update("users")'],
    attributes: [{ key: 'title', type: 'string', size: 200, required: true }, { key: 'n', type: 'integer', required: false }],
  }],
}));

const dataArgs = values.memory ? [] : ['--data', dataDir];
const child = spawn(process.execPath, [resolve(values.cli), '--port', '0', ...dataArgs, '--config', configPath, '--no-rate-limits'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((done, fail) => {
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /listening on (\S+)/.exec(out);
    if (match) done(match[1]);
  });
  child.once('exit', (code) => fail(new Error(`emulator exited with ${code}: ${out}`)));
});
const timer = setTimeout(() => {
  console.error('loadtest: gave up after 300 s');
  child.kill('SIGKILL');
  process.exit(2);
}, 300_000);

// A small deterministic generator, so both runs send the same mix.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(random() * list.length)];

async function call(method, path, body, cookie) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'X-Appwrite-Project': PROJECT, ...(body ? { 'Content-Type': 'application/json' } : {}), ...(cookie ? { Cookie: cookie } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const setCookie = response.headers.getSetCookie().find((line) => line.startsWith(`a_session_${PROJECT}=`));
  const json = await response.json();
  return { status: response.status, json, cookie: setCookie?.split(';')[0] };
}

// Setup (not measured): users with sessions and one document each.
const users = [];
for (let i = 0; i < Number(values.users); i += 1) {
  const email = `user${i}@example.com`;
  await call('POST', '/account', { userId: `user${i}`, email, password: 'password-123' });
  const session = await call('POST', '/account/sessions/email', { email, password: 'password-123' });
  users.push({ cookie: session.cookie, docs: [] });
}
const docs = [];
let nextDoc = 0;
const operations = [
  // [weight, name, run(user)]
  [35, 'createDocument', async (user) => {
    const id = `doc${nextDoc++}`;
    const answer = await call('POST', '/databases/db/collections/notes/documents', { documentId: id, data: { title: `note ${id}`, n: 0 } }, user.cookie);
    if (answer.status === 201) docs.push(id);
    return answer;
  }],
  [15, 'updateDocument', async (user) => docs.length
    ? call('PATCH', `/databases/db/collections/notes/documents/${pick(docs)}`, { data: { n: Math.floor(random() * 1000) } }, user.cookie)
    : call('GET', '/account', undefined, user.cookie)],
  [15, 'getDocument', async (user) => docs.length
    ? call('GET', `/databases/db/collections/notes/documents/${pick(docs)}`, undefined, user.cookie)
    : call('GET', '/account', undefined, user.cookie)],
  [10, 'listDocuments', async (user) => call('GET', '/databases/db/collections/notes/documents?queries[0]=%7B%22method%22%3A%22limit%22%2C%22values%22%3A%5B25%5D%7D', undefined, user.cookie)],
  [15, 'updatePrefs', async (user) => call('PATCH', '/account/prefs', { prefs: { n: Math.floor(random() * 1000) } }, user.cookie)],
  [10, 'getAccount', async (user) => call('GET', '/account', undefined, user.cookie)],
];
const weightSum = operations.reduce((sum, [weight]) => sum + weight, 0);
const plan = Array.from({ length: total }, () => {
  let roll = random() * weightSum;
  for (const operation of operations) if ((roll -= operation[0]) < 0) return operation;
  return operations[0];
});

const latencies = [];
const byName = new Map();
const statuses = new Map();
let index = 0;
// The emulator's own CPU time (Linux): steadier than wall time on a busy machine.
const cpuSeconds = () => {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
};
const cpuAtStart = cpuSeconds();
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (index < plan.length) {
    const [, name, run] = plan[index++];
    const user = pick(users);
    const begin = performance.now();
    let status;
    try {
      status = (await run(user)).status;
    } catch {
      status = 'network';
    }
    const elapsed = performance.now() - begin;
    latencies.push(elapsed);
    if (!byName.has(name)) byName.set(name, []);
    byName.get(name).push(elapsed);
    const key = `${name} ${status}`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  }
}));
const seconds = (performance.now() - started) / 1000;
const percentile = (p, list = latencies) => list[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
for (const list of [latencies, ...byName.values()]) list.sort((a, b) => a - b);

const cpu = cpuSeconds() - cpuAtStart;
clearTimeout(timer);
child.kill('SIGTERM');
await new Promise((done) => child.once('exit', done));
if (!values.keep) rmSync(work, { recursive: true, force: true });

console.log(`cli: ${values.cli}`);
console.log(`requests: ${latencies.length}, in flight: ${concurrency}, ${values.memory ? 'memory only' : `persistent: ${dataDir}${values.keep ? ' (kept)' : ''}`}`);
console.log(`answers: ${[...statuses].sort().map(([key, count]) => `${key}: ${count}`).join(', ')}`);
console.log(`per operation p50/p99 ms: ${[...byName].sort().map(([name, list]) => `${name} ${percentile(50, list).toFixed(0)}/${percentile(99, list).toFixed(0)}`).join(', ')}`);
console.log(`req/s: ${(latencies.length / seconds).toFixed(0)}  p50: ${percentile(50).toFixed(1)} ms  p99: ${percentile(99).toFixed(1)} ms  total: ${seconds.toFixed(2)} s  emulator CPU: ${((cpu * 1000) / latencies.length).toFixed(2)} ms/req`);
