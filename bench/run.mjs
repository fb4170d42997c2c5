// `pnpm bench`: bundle size, request overhead and uploads of AW SDK against the official appwrite
// package. Prints the tables and writes bench/RESULTS.md and bench/size-chart.svg.
// Env: BENCH_ONLY=bundle,overhead,upload picks parts; BENCH_NODE=/path/to/node runs the measuring
// processes on another Node; BENCH_QUICK=1 shrinks counts for a smoke run
// (its RESULTS.md says so).
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { describeMachine } from './src/report/machine.mjs';
import { spliceSections } from './src/report/spliceSections.mjs';
import { bundleSection } from './src/sections/bundleSection.mjs';
import { goalsSection } from './src/sections/goalsSection.mjs';
import { overheadSection } from './src/sections/overheadSection.mjs';
import { uploadSection } from './src/sections/uploadSection.mjs';

const quick = process.env.BENCH_QUICK === '1';
const only = new Set((process.env.BENCH_ONLY ?? 'bundle,overhead,upload').split(','));
const counts = quick
  ? { rounds: 2, callsPerRound: 100, warmup: 20, cpuRounds: 2, cpuCalls: 500, cpuWarmup: 100 }
  : { rounds: 10, callsPerRound: 200, warmup: 100, cpuRounds: 9, cpuCalls: 2000, cpuWarmup: 1000 };
const sizes = quick ? { memory: 16 * 2 ** 20, disk: 64 * 2 ** 20 } : { memory: 64 * 2 ** 20, disk: 2 ** 30 };

const machine = describeMachine();
const started = Date.now();
const parts = [
  '# Benchmarks: AW SDK vs the official `appwrite` package',
  '',
  `Run ${new Date().toISOString()} with \`pnpm bench\`${quick ? ' (**BENCH_QUICK=1: reduced counts, not for citing**)' : ''}.`,
  '',
  `Machine: ${machine}.`,
  '',
];
const partial = only.size < 3;
const sections = [];
const log = (markdown) => {
  console.log(`${markdown}\n`);
  parts.push(markdown, '');
  sections.push(`${markdown}\n\n_This section alone was re-run at ${new Date().toISOString()} (BENCH_ONLY=${[...only].join(',')}; machine: ${machine})._\n`);
};

let budgetsFit = true;
if (only.has('bundle')) {
  const bundle = await bundleSection();
  log(bundle.markdown);
  await writeFile(new URL('./size-chart.svg', import.meta.url), bundle.svg);
  budgetsFit = bundle.budgetsFit;
}
let overhead;
let uploads;
if (only.has('overhead')) {
  overhead = await overheadSection(counts);
  log(overhead.markdown);
}
if (only.has('upload')) {
  uploads = await uploadSection(sizes);
  log(uploads.markdown);
}
if (overhead || uploads) log(goalsSection(overhead, uploads));
parts.push(
  `_Total run time ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadavg().map((v) => v.toFixed(2)).join(' / ')}. ` +
    'On a shared, loaded machine the latency and throughput numbers move by tens of percent between runs; the interleaving keeps the comparisons fair, not the absolute values stable._',
  '',
);
const resultsFile = new URL('./RESULTS.md', import.meta.url);
// A partial run refreshes only its own sections of an existing RESULTS.md.
const previous = partial && existsSync(resultsFile) ? await readFile(resultsFile, 'utf8') : undefined;
await writeFile(resultsFile, previous === undefined ? parts.join('\n') : spliceSections(previous, sections));
console.log(`wrote bench/RESULTS.md${only.has('bundle') ? ' and bench/size-chart.svg' : ''}${budgetsFit ? '' : ' (some size budgets are exceeded: see the budgets table)'}`);
