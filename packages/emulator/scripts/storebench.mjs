#!/usr/bin/env node
// Storage cost alone, without HTTP: 2,000 "requests" that each write 2 records (a document and a
// user) to a persistent Store on a fresh folder. Pass another build's index.js to compare:
//
//   node scripts/storebench.mjs [dist/index.js]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const which = process.argv[2] ?? new URL('../dist/index.js', import.meta.url).pathname;
const { Store } = await import(pathToFileURL(which).href);
const dir = mkdtempSync(join(tmpdir(), 'aw-store-bench-'));
const store = new Store(dir);
const docs = store.table('db_documents'), users = store.table('users');
const doc = { title: 'x'.repeat(300), n: 1, $permissions: ['read("user:abc")', 'update("user:abc")'] };
const times = [];
const started = performance.now();
for (let i = 0; i < 2000; i++) {
  const t = performance.now();
  const work = async () => { docs.put(`d${i}`, { ...doc, n: i }); users.put(`u${i % 20}`, { name: 'u', prefs: { n: i } }); };
  // Builds before the SQLite store had no transaction(): each put was its own fsync.
  if (store.transaction) await store.transaction(work);
  else await work();
  times.push(performance.now() - t);
}
const total = performance.now() - started;
times.sort((a, b) => a - b);
console.log(`${which}: 2000 writing requests (2 records each) in ${total.toFixed(0)} ms; per request p50 ${times[1000].toFixed(3)} ms, p99 ${times[1980].toFixed(3)} ms`);
store.close();
rmSync(dir, { recursive: true, force: true });
