import { parseArgs } from 'node:util';
import type { EmulatorOptions } from './startEmulator.ts';

/** How to call the `aw-emulator` command. */
export const CLI_USAGE =
  'Usage: aw-emulator [--port 8787] [--host 127.0.0.1] [--config ./appwrite.json] [--data ./.aw-emulator] [--no-rate-limits] [--origin https://app.example.com]…';

/**
 * Creates the emulator options from `aw-emulator` command-line arguments.
 *
 * @param args The arguments after the command name.
 *
 * @returns The options, or `'help'` when `--help` was asked for.
 */
export function readCliOptions(args: string[]): EmulatorOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      config: { type: 'string' },
      data: { type: 'string' },
      'no-rate-limits': { type: 'boolean', default: false },
      origin: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  return {
    port: Number(values.port),
    host: values.host,
    ...(values.config ? { config: values.config } : {}),
    ...(values.data ? { persist: values.data } : {}),
    rateLimits: !values['no-rate-limits'],
    origins: values.origin,
  };
}
