import { fileURLToPath } from 'node:url';
import { markdownTable } from '../report/markdownTable.mjs';
import { runChild } from '../runtime/runChild.mjs';
import { startServer } from '../server/startServer.mjs';
import { createTempFile } from '../upload/tempFile.mjs';

const uploadEntry = fileURLToPath(new URL('../upload/uploadChild.mjs', import.meta.url));
const MiB = 1024 * 1024;

/** Upload clients, in display order. `ours-node` needs the `@aw/storage/node` path helper. */
const uploadClients = [
  { id: 'fetch', label: 'plain fetch, 5 MiB FormData chunks (floor)' },
  { id: 'ours', label: 'AW SDK `createFile` (File)' },
  { id: 'ours-node', label: 'AW SDK `@aw/storage/node` (path)', diskOnly: true },
  { id: 'official-v15', label: 'appwrite@15.0.0 `createFile`' },
  { id: 'official-latest', label: 'appwrite@28.0.0 `createFile`' },
];

const mb = (bytes) => (bytes / MiB).toFixed(1);

/**
 * Runs the upload part: a file in memory and a file on disk, uploaded by each client in its own
 * process to a loopback server that follows Appwrite's chunked protocol and discards the bytes.
 *
 * @param sizes `{ memory, disk }` in bytes (64 MiB and 1 GiB by default).
 *
 * @returns The Markdown section, the raw results keyed `<memory|disk>:<client id>`, and the sizes.
 */
export async function uploadSection(sizes) {
  const server = await startServer();
  const rows = [];
  const gaps = [];
  const results = {};
  const temp = await createTempFile(sizes.disk);
  try {
    const cases = [
      { label: `${mb(sizes.memory)} MiB in memory`, source: { kind: 'memory', size: sizes.memory } },
      { label: `${mb(sizes.disk)} MiB from disk`, source: { kind: 'disk', size: sizes.disk, path: temp.path } },
    ];
    for (const testCase of cases) {
      for (const client of uploadClients) {
        if (client.diskOnly && testCase.source.kind !== 'disk') continue;
        try {
          const r = await runChild(uploadEntry, { endpoint: server.endpoint, sdk: client.id, source: testCase.source }, ['--expose-gc']);
          results[`${testCase.source.kind}:${client.id}`] = r;
          rows.push([
            testCase.label,
            client.label,
            (r.ms / 1000).toFixed(2),
            r.mbPerSecond.toFixed(0),
            String(r.chunksUploaded),
            mb(r.baselineRss),
            mb(r.peakRss),
            mb(r.peakRss - r.baselineRss),
          ]);
          if (r.note) gaps.push(`- ${client.label}: ${r.note}`);
        } catch (error) {
          rows.push([testCase.label, client.label, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a']);
          gaps.push(`- ${client.label}, ${testCase.label}: ${String(error.message).split('\n').find((l) => l.includes('Error')) ?? error.message.split('\n')[0]}`);
        }
      }
    }
  } finally {
    await temp.remove();
    await server.stop();
  }
  const markdown = [
    '## 3. Uploads (Node, loopback HTTP)',
    '',
    'Each upload runs in a fresh client process (`--expose-gc`, GC before the baseline). The server (its own process) follows Appwrite\'s chunked protocol (`content-range`, `x-appwrite-id`), reads and discards the bytes and answers with a File. ' +
      'RSS is sampled every 2 ms in the client process; "above baseline" is the peak minus the RSS just before the upload starts (the in-memory case holds its file before the baseline). MB/s uses 10^6 bytes; sizes in MiB. The temp file is deleted afterwards.',
    '',
    markdownTable(['file', 'client', 'seconds', 'MB/s', 'requests', 'baseline RSS MiB', 'peak RSS MiB', 'above baseline MiB'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']),
    ...(gaps.length ? ['', 'Gaps:', ...gaps] : []),
  ].join('\n');
  return { markdown, results, sizes };
}
