import { createClient, memoryCookieStorage, type Client } from '@aw/core';
import type { RunningEmulator } from '../../src/index.ts';
import { expectModel, matchRoute } from '../helpers/specValidator.ts';

/**
 * A fetch that also checks every JSON answer against the spec model of its route.
 *
 * @param input The request URL.
 * @param init The request options.
 *
 * @returns The untouched response.
 */
const validatingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if ((response.headers.get('content-type') ?? '').includes('application/json')) {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const route = matchRoute((init?.method ?? 'GET').toUpperCase(), url.pathname.replace(/^\/v1/, ''));
    const model = response.status >= 400 ? 'error' : route?.model;
    if (model) expectModel(model, await response.clone().json());
  }
  return response;
};

/**
 * Creates an @aw/core client for the emulator with its own cookie storage, like one browser.
 *
 * @param emulator The running emulator.
 *
 * @returns The client.
 */
export function sdkClient(emulator: RunningEmulator): Client {
  return createClient({ endpoint: emulator.url, project: emulator.projectId, cookieStorage: memoryCookieStorage(), retry: 0, fetch: validatingFetch });
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
