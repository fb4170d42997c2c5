#!/usr/bin/env node
// Times the test fixture on the quickstart project, with the built package (run `pnpm --filter @aw/emulator build` first):
//   - start: startEmulator with the quickstart appwrite.json, without and with the example suite's seed;
//   - reset: back to the seed after each round of app activity (a sign-in and a document write);
//   - snapshot: export after the quickstart demo's activity (pnpm demo), its size plain and gzip,
//     and the time to start from it.
// Bounded: 20 starts, 300 resets, 3 export/import rounds.
//
//   node packages/emulator/scripts/measure-fixture.mjs
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { startEmulator } = await import(new URL('../dist/index.js', import.meta.url).href);
const quickstart = new URL('../../../examples/quickstart/', import.meta.url);
const config = fileURLToPath(new URL('appwrite.json', quickstart));
const { fixture } = await import(new URL('test/fixture.mjs', quickstart).href);
const { runQuickstart } = await import(new URL('src/quickstart.mjs', quickstart).href);
const scratch = mkdtempSync(join(tmpdir(), 'aw-measure-fixture-'));

const ms = (value) => `${value.toFixed(2)} ms`;
function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, max ${ms(sorted.at(-1))} (n=${sorted.length})`;
}
async function timed(fn) {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

async function measureStarts(options, rounds) {
  const times = [];
  for (let i = 0; i < rounds; i += 1) {
    const [time, emulator] = await timed(() => startEmulator({ config, ...options }));
    times.push(time);
    await emulator.close();
  }
  return times;
}

console.log('aw-emulator fixture timings on examples/quickstart');
console.log(`  start, config only:        ${summary(await measureStarts({}, 10))}`);
console.log(`  start, config + seed:      ${summary(await measureStarts({ seed: fixture }, 10))}`);

const emulator = await startEmulator({ config, seed: fixture, rateLimits: false });
const headers = { 'X-Appwrite-Project': emulator.projectId, 'Content-Type': 'application/json' };
const resets = [];
for (let i = 0; i < 300; i += 1) {
  // Some activity to undo: a session and a document.
  await fetch(`${emulator.url}/account/sessions/email`, { method: 'POST', headers, body: JSON.stringify({ email: 'grace@example.com', password: 'grace-password' }) });
  emulator.context.store.table('db_documents').put(`library/books/x${i}`, { $id: `x${i}`, $databaseId: 'library', $collectionId: 'books', $permissions: [], title: 'x' });
  const [time] = await timed(() => emulator.reset());
  resets.push(time);
}
console.log(`  reset after activity:      ${summary(resets)}`);
await emulator.close();

const exports = [];
const imports = [];
let sizes = {};
for (let i = 0; i < 3; i += 1) {
  const source = await startEmulator({ config, seed: fixture });
  await runQuickstart({ endpoint: source.url, project: source.projectId, log: () => {} });
  for (const name of ['state.json', 'state.json.gz']) {
    const path = join(scratch, name);
    const [exportTime] = await timed(() => source.export(path));
    if (name === 'state.json') exports.push(exportTime);
    sizes[name] = statSync(path).size;
  }
  await source.close();
  const [importTime, copy] = await timed(() => startEmulator({ config, import: join(scratch, 'state.json') }));
  imports.push(importTime);
  await copy.close();
}
console.log(`  export after the demo:     ${summary(exports)}`);
console.log(`  start from that export:    ${summary(imports)}`);
console.log(`  snapshot size:             ${sizes['state.json']} bytes as JSON, ${sizes['state.json.gz']} bytes gzip (the demo uploads a 12 MiB file)`);
rmSync(scratch, { recursive: true, force: true });
