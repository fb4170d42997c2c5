#!/usr/bin/env node
import { CLI_USAGE, readCliOptions } from './cliOptions.ts';
import { startEmulator } from './startEmulator.ts';

/**
 * Runs the `aw-emulator` command: parses flags, starts the server and prints where it listens.
 */
async function main(): Promise<void> {
  const options = readCliOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(CLI_USAGE);
    return;
  }
  const emulator = await startEmulator(options);
  console.log(`Appwrite emulator listening on ${emulator.url}`);
  console.log(`Project: ${emulator.projectId}`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
