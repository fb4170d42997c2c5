#!/usr/bin/env node
// `pnpm dev`: without APPWRITE_ENDPOINT and APPWRITE_PROJECT, starts the local emulator with this
// example's appwrite.json on 127.0.0.1:8787 in this process, then runs `vite dev` against it.
// With both set, runs `vite dev` against that Appwrite (deploy appwrite.json there first).
// Extra arguments go to the dev server, e.g. `pnpm dev --port 3001`; EMULATOR_PORT moves the emulator.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const env = { ...process.env };
let emulator;
if (!env.APPWRITE_ENDPOINT || !env.APPWRITE_PROJECT) {
  const { startEmulator } = await import('@aw/emulator');
  emulator = await startEmulator({ port: Number(env.EMULATOR_PORT ?? 8787), config: fileURLToPath(new URL('appwrite.json', import.meta.url)) });
  env.APPWRITE_ENDPOINT = emulator.url;
  env.APPWRITE_PROJECT = emulator.projectId;
  console.log(`Emulator on ${emulator.url} (project ${emulator.projectId})`);
}
const app = spawn(process.execPath, [join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js'), 'dev', ...process.argv.slice(2)], { env, stdio: 'inherit' });
const stop = () => app.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
app.on('exit', async (code) => {
  await emulator?.close();
  process.exit(code ?? 0);
});
