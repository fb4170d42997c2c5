import { createClient, memoryCookieStorage, Query } from '@aw/core';
import { createDocument, listUserDocuments } from '@aw/databases';
import { createFile } from '@aw/storage';
import { triggerFunctionExecution } from '@aw/functions';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../dist/index.js';
const emulator = await startEmulator({ rateLimits: false, config: {
  baseDir: fileURLToPath(new URL('../src/services/functions/testing', import.meta.url)),
  functions: [{ $id: 'hello', name: 'Hello', runtime: 'node-18.0', execute: ['any'], path: '.', entrypoint: 'hello.mjs' }],
  databases: [{ $id: 'db', name: 'DB' }],
  collections: [{ $id: 'c', databaseId: 'db', name: 'C', $permissions: ['read("any")', 'create("any")'], attributes: [{ key: 'n', type: 'integer', required: true }, { key: 's', type: 'string', size: 20 }] }],
  buckets: [{ $id: 'b', name: 'B', $permissions: ['read("any")', 'create("any")'] }],
} });
const client = createClient({ endpoint: emulator.url, project: emulator.projectId, cookieStorage: memoryCookieStorage() });
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let t = [];
for (let i = 0; i < 10; i++) { const s = performance.now(); await triggerFunctionExecution(client, { functionId: 'hello', path: '/text' }); t.push(performance.now() - s); }
console.log('sync execution median ms', median(t).toFixed(0));
let s = performance.now();
for (let i = 0; i < 2000; i++) await createDocument(client, { databaseId: 'db', collectionId: 'c', documentId: `d${i}`, data: { n: i, s: `item ${i}` } });
console.log('2000 createDocument ms', (performance.now() - s).toFixed(0));
t = [];
for (let i = 0; i < 20; i++) { const s = performance.now(); await listUserDocuments(client, { databaseId: 'db', collectionId: 'c', queries: [Query.greaterThan('n', 500), Query.orderDesc('n'), Query.limit(25)] }); t.push(performance.now() - s); }
console.log('list (2000 docs, filter+order) median ms', median(t).toFixed(1));
const bytes = new Uint8Array(20 * 1024 * 1024);
s = performance.now();
await createFile(client, { bucketId: 'b', fileId: 'big', file: new File([bytes], 'big.bin') });
console.log('20 MiB chunked upload ms', (performance.now() - s).toFixed(0));
await emulator.close();
