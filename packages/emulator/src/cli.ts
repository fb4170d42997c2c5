#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startEmulator } from './startEmulator.ts';
import { DataFolderLockedError } from './store/Store.ts';

/**
 * Runs the `aw-emulator` command: parses flags, starts the server and prints where it listens.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      config: { type: 'string' },
      data: { type: 'string' },
      'no-rate-limits': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: aw-emulator [--port 8787] [--host 127.0.0.1] [--config ./appwrite.json] [--data ./.aw-emulator] [--no-rate-limits]');
    return;
  }
  const emulator = await startEmulator({
    port: Number(values.port),
    host: values.host,
    ...(values.config ? { config: values.config } : {}),
    ...(values.data ? { persist: values.data } : {}),
    rateLimits: !values['no-rate-limits'],
  });
  console.log(`Appwrite emulator listening on ${emulator.url}`);
  console.log(`Project: ${emulator.projectId}`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(error instanceof DataFolderLockedError ? `aw-emulator: ${error.message}` : error);
  process.exit(1);
});
