// Measures what the console costs at start: the CLI's time from spawn to "listening" with and
// without --no-console (a bounded number of alternating runs), the in-process startEmulator()
// time both ways, and the first and later loads of the console page. Needs a build (dist/).
//   node scripts/measure-console-start.mjs [runs=15]
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Math.min(Math.max(Number(process.argv[2] ?? 15) || 15, 1), 50);

function cliStart(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(packageDir, 'dist/cli.js'), '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the CLI did not start within 20 s'));
    }, 20_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Rate limits:')) {
        const ms = performance.now() - started;
        clearTimeout(timer);
        child.once('exit', () => resolve(ms));
        child.kill('SIGTERM');
      }
    });
    child.once('error', reject);
  });
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms (n=${sorted.length})`;
};

const withConsole = [];
const withoutConsole = [];
for (let i = 0; i < runs; i += 1) {
  withConsole.push(await cliStart([]));
  withoutConsole.push(await cliStart(['--no-console']));
}
console.log(`CLI spawn to listening, console on:   ${stats(withConsole)}`);
console.log(`CLI spawn to listening, --no-console: ${stats(withoutConsole)}`);

const { startEmulator } = await import(join(packageDir, 'dist/index.js'));
await (await startEmulator({ console: true })).close(); // warm the module graph once
const inOn = [];
const inOff = [];
const firstPage = [];
const laterPage = [];
for (let i = 0; i < runs; i += 1) {
  let started = performance.now();
  const on = await startEmulator({ console: true });
  inOn.push(performance.now() - started);
  started = performance.now();
  await (await fetch(on.consoleUrl)).text();
  firstPage.push(performance.now() - started);
  started = performance.now();
  await (await fetch(on.consoleUrl)).text();
  laterPage.push(performance.now() - started);
  await on.close();
  started = performance.now();
  const off = await startEmulator({ console: false });
  inOff.push(performance.now() - started);
  await off.close();
}
console.log(`startEmulator(), console on:  ${stats(inOn)}`);
console.log(`startEmulator(), console off: ${stats(inOff)}`);
console.log(`console page, first load in a process: ${stats(firstPage.slice(0, 1))}; later loads: ${stats(laterPage)}`);
