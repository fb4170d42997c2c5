import { markdownTable } from '../report/markdownTable.mjs';

const MiB = 1024 * 1024;
const size = (bytes) => (bytes >= 2 ** 30 ? `${bytes / 2 ** 30} GiB` : `${bytes / MiB} MiB`);
const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'met' : '**missed**');

/**
 * Sets the measured numbers beside the runtime goals (issue 13).
 *
 * @param overhead The overhead section's result (`summary`, `cpu`), or undefined when not run.
 * @param uploads The upload section's result (`results`), or undefined when not run.
 *
 * @returns The Markdown section.
 */
export function goalsSection(overhead, uploads) {
  const rows = [];
  if (overhead) {
    for (const id of ['get', 'list', 'login']) {
      const floor = overhead.summary[id]?.fetch;
      const ours = overhead.summary[id]?.ours;
      const official = overhead.summary[id]?.['official-v15'];
      const ratio = ours && floor ? ours.median / floor.median : undefined;
      rows.push([
        `request overhead, ${id}: ≤ 1.05× plain fetch (median latency)`,
        ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}× (appwrite@15: ${official ? (official.median / floor.median).toFixed(2) : 'n/a'}×)`,
        verdict(ratio === undefined ? undefined : ratio <= 1.05),
      ]);
    }
    for (const [id, limit] of [
      ['get', 10],
      ['list', 20],
    ]) {
      // Each SDK's floor is measured in its own child process (`overCpu`); older results carry a shared `fetch` row.
      const ours = overhead.cpu[id]?.ours;
      const floor = overhead.cpu[id]?.fetch;
      const over = ours?.overCpu ?? (ours && floor ? ours.cpuMicros - floor.cpuMicros : undefined);
      rows.push([`SDK CPU per call over the floor, ${id}: ≤ ${limit} µs`, over === undefined ? 'n/a' : `${over.toFixed(1)} µs`, verdict(over === undefined ? undefined : over <= limit)]);
    }
  }
  if (uploads) {
    for (const kind of ['memory', 'disk']) {
      const floor = uploads.results[`${kind}:fetch`];
      const ours = uploads.results[`${kind}:${kind === 'disk' ? 'ours-node' : 'ours'}`];
      rows.push([
        `upload ${size(uploads.sizes[kind])} ${kind === 'disk' ? 'from disk (path helper)' : 'in memory'}: at least as fast as plain fetch + FormData`,
        ours && floor ? `${ours.mbPerSecond.toFixed(0)} vs ${floor.mbPerSecond.toFixed(0)} MB/s` : 'n/a',
        verdict(ours && floor ? ours.mbPerSecond >= floor.mbPerSecond : undefined),
      ]);
    }
    const disk = uploads.results['disk:ours-node'];
    const above = disk ? (disk.peakRss - disk.baselineRss) / MiB : undefined;
    rows.push([`${size(uploads.sizes.disk)} upload from disk: peak RSS < 64 MiB above baseline`, above === undefined ? 'n/a' : `${above.toFixed(1)} MiB`, verdict(above === undefined ? undefined : above < 64)]);
  }
  return ['## Goals vs measured', '', markdownTable(['goal (issue 13)', 'measured (ours)', 'result'], rows, ['l', 'r', 'l'])].join('\n');
}
