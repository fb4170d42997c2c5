import { createClient, memoryCookieStorage, type Client } from '@aw/core';
import type { RunningEmulator } from '../../src/index.ts';

/**
 * Creates an @aw/core client for the emulator with its own cookie storage, like one browser.
 *
 * @param emulator The running emulator.
 *
 * @returns The client.
 */
export function sdkClient(emulator: RunningEmulator): Client {
  return createClient({ endpoint: emulator.url, project: emulator.projectId, cookieStorage: memoryCookieStorage(), retry: 0 });
}

/**
 * Returns the data of the latest outbox message of a kind sent to an address.
 *
 * @param emulator The running emulator.
 * @param kind The message kind.
 * @param to The address.
 *
 * @returns The message data (userId, secret, url …).
 */
export function lastMessage(emulator: RunningEmulator, kind: string, to: string): Record<string, string> {
  const message = emulator.outbox.list({ kind, to }).at(-1);
  if (!message) throw new Error(`no ${kind} message to ${to}`);
  return message.data;
}
