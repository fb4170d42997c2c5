// Child-process entry: measures request latency and throughput of every SDK against the loopback
// server, in interleaved rounds, and sends the per-round numbers to the parent over IPC.
import { allAdapters } from './adapters.mjs';
import { overheadScenarios } from './runtimeScenarios.mjs';
import { median, quantile } from './stats.mjs';


async function series(adapter, scenario, calls) {
  const call = adapter[scenario.call];
  const latencies = [];
  const timed = async () => {
    const started = performance.now();
    await call();
    latencies.push(performance.now() - started);
  };
  const started = performance.now();
  for (let done = 0; done < calls; done += scenario.inflight) {
    const batch = [];
    for (let i = 0; i < Math.min(scenario.inflight, calls - done); i++) batch.push(timed());
    await Promise.all(batch);
  }
  const elapsed = performance.now() - started;
  return { median: median(latencies), p99: quantile(latencies, 0.99), callsPerSecond: (calls / elapsed) * 1000 };
}

async function main({ endpoint, rounds, callsPerRound, warmup }) {
  const { adapters, notes } = await allAdapters(endpoint);
  const results = {};
  for (const scenario of overheadScenarios) {
    results[scenario.id] = Object.fromEntries(adapters.map((a) => [a.id, []]));
    for (const adapter of adapters) await series(adapter, scenario, warmup);
  }
  for (let round = 0; round < rounds; round++) {
    for (const scenario of overheadScenarios) {
      // Rotate the order each round so no SDK always runs first (or right after a slow one).
      const order = adapters.map((_, i) => adapters[(i + round) % adapters.length]);
      for (const adapter of order) results[scenario.id][adapter.id].push(await series(adapter, scenario, callsPerRound));
    }
  }
  return { adapters: adapters.map(({ id, label }) => ({ id, label })), results, notes };
}

process.once('message', async (config) => {
  try {
    process.send({ ok: true, value: await main(config) });
  } catch (error) {
    process.send({ ok: false, error: String(error?.stack ?? error) });
  }
  process.disconnect();
});
