// Child-process entry: uploads one file with one SDK to the loopback server and reports time,
// throughput and this process's peak RSS. One process per upload, so peaks never mix.
import { openAsBlob } from 'node:fs';

const CHUNK = 5 * 1024 * 1024;
const project = 'bench';

/**
 * Sends a file the way a hand-written client would: Appwrite's 5 MiB chunks, each a FormData
 * posted with `fetch`. This is the floor an SDK's upload is compared with.
 */
async function fetchUpload(endpoint, file) {
  const url = `${endpoint}/storage/buckets/photos/files`;
  let id;
  let last;
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    const end = Math.min(offset + CHUNK, file.size) - 1;
    const form = new FormData();
    form.append('fileId', 'unique()');
    form.append('file', file.slice(offset, end + 1), file.name);
    const headers = { 'x-appwrite-project': project, 'content-range': `bytes ${offset}-${end}/${file.size}` };
    if (id) headers['x-appwrite-id'] = id;
    const response = await fetch(url, { method: 'POST', headers, body: form });
    last = await response.json();
    id = last.$id;
  }
  return last;
}

async function uploader(sdk, endpoint) {
  if (sdk === 'fetch') return { upload: (file) => fetchUpload(endpoint, file) };
  if (sdk === 'official-v15' || sdk === 'official-latest') {
    const module = await import(sdk === 'official-v15' ? 'appwrite-v15' : 'appwrite-latest');
    const storage = new module.Storage(new module.Client().setEndpoint(endpoint).setProject(project));
    const objectParams = storage.createFile.length <= 1;
    return {
      upload: (file) =>
        objectParams
          ? storage.createFile({ bucketId: 'photos', fileId: 'unique()', file })
          : storage.createFile('photos', 'unique()', file),
    };
  }
  const { createClient } = await import('@aw/core');
  const client = createClient({ endpoint, project });
  if (sdk === 'ours-node') {
    const { createFileFromPath } = await import('@aw/storage/node');
    return { upload: (_file, path) => createFileFromPath(client, { bucketId: 'photos', fileId: 'unique()', path }), pathBased: true };
  }
  try {
    const storage = await import('@aw/storage');
    return { upload: (file) => storage.createFile(client, { bucketId: 'photos', fileId: 'unique()', file }) };
  } catch {
    // Stand-in while @aw/storage is not built: core's upload() with the same operation description.
    const { upload, _encodePath, _formBody } = await import('@aw/core/internal');
    const operation = { method: 'POST', path: '/storage/buckets/{bucketId}/files', model: 'File', fill: _encodePath, form: _formBody };
    return {
      upload: (file) => upload(client, operation, { bucketId: 'photos', fileId: 'unique()', file }),
      note: '@aw/storage not built: @aw/core upload() stand-in',
    };
  }
}

async function main({ endpoint, sdk, source }) {
  const { upload, note, pathBased } = await uploader(sdk, endpoint);
  const file =
    source.kind === 'memory'
      ? new File([new Uint8Array(source.size).fill(97)], 'upload.bin')
      : pathBased
        ? { size: source.size }
        : new File([await openAsBlob(source.path)], 'upload.bin');
  globalThis.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  // CPU time and garbage-collection work of the upload itself, to find what an SDK adds.
  const gcs = { count: 0, ms: 0 };
  const { PerformanceObserver } = await import('node:perf_hooks');
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcs.count++;
      gcs.ms += entry.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await upload(file, source.path);
  const cpu = process.cpuUsage(cpuBefore);
  observer.disconnect();
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  if (!result || typeof result.$id !== 'string') throw new Error(`${sdk}: upload returned no File`);
  return {
    ms,
    mbPerSecond: source.size / 1e6 / (ms / 1000),
    baselineRss: baseline,
    peakRss: peak,
    kernelPeakRss: process.resourceUsage().maxRSS * 1024,
    chunksUploaded: result.chunksUploaded,
    cpuMs: (cpu.user + cpu.system) / 1000,
    gcCount: gcs.count,
    gcMs: gcs.ms,
    ...(note ? { note } : {}),
  };
}

process.once('message', async (config) => {
  try {
    process.send({ ok: true, value: await main(config) });
  } catch (error) {
    process.send({ ok: false, error: String(error?.stack ?? error) });
  }
  process.disconnect();
});
