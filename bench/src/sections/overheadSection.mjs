import { fileURLToPath } from 'node:url';
import { markdownTable } from '../report/markdownTable.mjs';
import { cpuScenarios, overheadScenarios } from '../runtime/runtimeScenarios.mjs';
import { runChild } from '../runtime/runChild.mjs';
import { median } from '../runtime/stats.mjs';
import { startServer } from '../server/startServer.mjs';

const overheadEntry = fileURLToPath(new URL('../runtime/overheadChild.mjs', import.meta.url));
const cpuEntry = fileURLToPath(new URL('../runtime/cpuChild.mjs', import.meta.url));

const ms = (value) => value.toFixed(3);
const ratio = (value, floor) => `${(value / floor).toFixed(2)}×`;

/**
 * Runs the request-overhead part: latency and throughput over loopback HTTP, then the SDKs' own
 * CPU cost per call with fetch stubbed out.
 *
 * @param counts `{ rounds, callsPerRound, warmup, cpuRounds, cpuCalls, cpuWarmup }`.
 *
 * @returns The Markdown section and the summary numbers.
 */
export async function overheadSection(counts) {
  const server = await startServer();
  let network;
  try {
    network = await runChild(overheadEntry, {
      endpoint: server.endpoint,
      rounds: counts.rounds,
      callsPerRound: counts.callsPerRound,
      warmup: counts.warmup,
    });
  } finally {
    await server.stop();
  }
  // One child per SDK, each with its own floor measured beside it.
  const cpu = { adapters: [], summary: Object.fromEntries(cpuScenarios.map((scenario) => [scenario.id, {}])), notes: {} };
  for (const sdk of ['ours', 'official-v15', 'official-latest']) {
    const child = await runChild(cpuEntry, { rounds: counts.cpuRounds, callsPerRound: counts.cpuCalls, warmup: counts.cpuWarmup, sdk });
    Object.assign(cpu.notes, child.notes);
    for (const adapter of child.adapters) if (adapter.id !== 'fetch') cpu.adapters.push(adapter);
    for (const scenario of cpuScenarios) {
      const floor = child.summary[scenario.id].fetch;
      for (const adapter of child.adapters) {
        if (adapter.id === 'fetch') continue;
        const own = child.summary[scenario.id][adapter.id];
        cpu.summary[scenario.id][adapter.id] = { ...own, floor, overWall: own.wallMicros - floor.wallMicros, overCpu: own.cpuMicros - floor.cpuMicros };
      }
    }
  }

  const summary = {};
  const tables = [];
  for (const scenario of overheadScenarios) {
    const perSdk = network.results[scenario.id];
    const agg = Object.fromEntries(
      Object.entries(perSdk).map(([id, runs]) => [
        id,
        {
          median: median(runs.map((r) => r.median)),
          p99: median(runs.map((r) => r.p99)),
          callsPerSecond: median(runs.map((r) => r.callsPerSecond)),
        },
      ]),
    );
    summary[scenario.id] = agg;
    const floor = agg.fetch;
    tables.push(
      `**${scenario.label}**`,
      '',
      markdownTable(
        ['client', 'median ms', 'p99 ms', 'calls/s', 'median ÷ fetch', 'calls/s ÷ fetch'],
        network.adapters.map(({ id, label }) => [
          label,
          ms(agg[id].median),
          ms(agg[id].p99),
          agg[id].callsPerSecond.toFixed(0),
          ratio(agg[id].median, floor.median),
          ratio(agg[id].callsPerSecond, floor.callsPerSecond),
        ]),
      ),
      '',
    );
  }

  const cpuRows = [];
  for (const scenario of cpuScenarios) {
    const perSdk = cpu.summary[scenario.id];
    for (const { id, label } of cpu.adapters) {
      const row = perSdk[id];
      cpuRows.push([
        scenario.label,
        label,
        row.wallMicros.toFixed(1),
        row.overWall.toFixed(1),
        row.cpuMicros.toFixed(1),
        row.overCpu.toFixed(1),
        `${row.floor.wallMicros.toFixed(1)} / ${row.floor.cpuMicros.toFixed(1)}`,
      ]);
    }
  }
  const notes = { ...network.notes, ...cpu.notes };
  const markdown = [
    '## 2. Request overhead (Node, loopback HTTP)',
    '',
    `The server runs in its own child process (node:http, canned Appwrite 1.5 bodies, keep-alive); the clients run in another. ` +
      `${counts.rounds} interleaved rounds (the SDK order rotates each round) of ${counts.callsPerRound} calls per client and scenario, after ${counts.warmup} warm-up calls; ` +
      `so ${counts.rounds * counts.callsPerRound} measured calls per series. Each cell is the median over rounds of that round's median, p99 and calls per second. ` +
      '"÷ fetch" divides by plain `fetch` + `response.json()` with the same headers: for latency lower is better, for calls/s higher is better; 1.00× is the floor.',
    '',
    ...tables,
    '### SDK CPU per call, no network',
    '',
    `\`fetch\` replaced by an in-process stub returning a canned \`Response\`: ours through \`createClient({ fetch: stub })\`, the official SDKs through \`globalThis.fetch = stub\`. ` +
      `Each SDK runs in a child process of its own, interleaved with the floor (stub + \`response.json()\`, the same canned bodies with content-length) measured in that same child: ` +
      `${counts.cpuRounds} rounds of ${counts.cpuCalls} sequential calls; medians over rounds. "over floor" subtracts that child's floor.`,
    '',
    markdownTable(['call', 'client', 'wall µs/call', 'wall µs over floor', 'CPU µs/call', 'CPU µs over floor', 'floor wall / CPU µs'], cpuRows, ['l', 'l', 'r', 'r', 'r', 'r', 'r']),
    ...(Object.keys(notes).length ? ['', ...Object.entries(notes).map(([id, note]) => `- ${id}: ${note}`)] : []),
  ].join('\n');
  return { markdown, summary, cpu: cpu.summary };
}
