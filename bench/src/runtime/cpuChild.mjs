// Child-process entry: measures one SDK's own CPU time per call with `fetch` replaced by an
// in-process stub that returns canned Responses, so no network or server time is included.
// Each SDK runs in a child of its own (beside the plain-fetch floor), so one client's garbage and
// heap state never lands on another's measurement.
import { documentListFixture, sessionFixture, userFixture } from '../server/fixtures.mjs';
import { allAdapters } from './adapters.mjs';
import { cpuScenarios } from './runtimeScenarios.mjs';
import { median } from './stats.mjs';


const bodies = {
  user: JSON.stringify(userFixture()),
  documents: JSON.stringify(documentListFixture()),
  session: JSON.stringify(sessionFixture()),
};

// The stub reads the request the way a server would: method and path pick the canned body.
async function stubFetch(input, init) {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const method = (init?.method ?? 'GET').toUpperCase();
  const body = method === 'POST' ? bodies.session : url.includes('/documents') ? bodies.documents : bodies.user;
  // With content-length, as a real server (and the loopback one) sends it.
  const length = String(Buffer.byteLength(body));
  return new Response(body, { status: method === 'POST' ? 201 : 200, headers: { 'content-type': 'application/json', 'content-length': length } });
}

async function perCall(adapter, scenario, calls) {
  const call = adapter[scenario.call];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < calls; i++) await call();
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMicros: (wall * 1000) / calls, cpuMicros: (cpu.user + cpu.system) / calls };
}

async function main({ rounds, callsPerRound, warmup, sdk }) {
  // The official SDKs call the global fetch; ours gets the stub through createClient({ fetch }).
  globalThis.fetch = stubFetch;
  const all = await allAdapters('http://127.0.0.1:9/v1', stubFetch, sdk);
  const adapters = all.adapters.filter((adapter) => adapter.id === 'fetch' || adapter.id === sdk);
  const notes = all.notes;
  const results = {};
  for (const scenario of cpuScenarios) {
    results[scenario.id] = Object.fromEntries(adapters.map((a) => [a.id, []]));
    for (const adapter of adapters) await perCall(adapter, scenario, warmup);
  }
  for (let round = 0; round < rounds; round++) {
    for (const scenario of cpuScenarios) {
      const order = adapters.map((_, i) => adapters[(i + round) % adapters.length]);
      for (const adapter of order) results[scenario.id][adapter.id].push(await perCall(adapter, scenario, callsPerRound));
    }
  }
  const summary = {};
  for (const scenario of cpuScenarios) {
    summary[scenario.id] = {};
    for (const adapter of adapters) {
      const runs = results[scenario.id][adapter.id];
      summary[scenario.id][adapter.id] = { wallMicros: median(runs.map((r) => r.wallMicros)), cpuMicros: median(runs.map((r) => r.cpuMicros)) };
    }
  }
  return { adapters: adapters.map(({ id, label }) => ({ id, label })), summary, notes };
}

process.once('message', async (config) => {
  try {
    process.send({ ok: true, value: await main(config) });
  } catch (error) {
    process.send({ ok: false, error: String(error?.stack ?? error) });
  }
  process.disconnect();
});
