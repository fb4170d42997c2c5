import type { Client } from '@aw/core';
import { createRealtime } from '../realtime/createRealtime.ts';
import type { PayloadOf, Realtime, RealtimeCallback, SubscribeOptions, Unsubscribe } from '../types.ts';

// Created on the first subscription, so importing the package starts nothing.
let shared: Realtime | undefined;

/**
 * Subscribes to realtime channels. Every subscription of the same client identity shares one
 * socket; it is reopened with the combined channel set when subscriptions change (changes in the
 * same tick are applied together), reconnects with exponential backoff after a drop, and closes
 * when the last subscription ends. Appwrite's policy-violation close (1008) stops it for good.
 *
 * Browsers use the global `WebSocket` and send the session cookie themselves. On Node 20 pass an
 * implementation, such as the `ws` package's export. A session on the client (`withSession`) or in
 * the fallback cookie storage is sent in an authentication message after the server greets.
 * Appwrite 1.5 does not accept a JWT on the realtime socket.
 *
 * @param client The client whose endpoint, project and session are used.
 * @param channels One channel or a list of them; build them with `documents`, `files`, `account`, etc.
 * @param callback Called for every event on one of the channels, typed by the channel builders.
 * @param options Connection settings (used when this call opens the socket) and an `onError` handler.
 *
 * @returns A function that ends the subscription.
 *
 * @example
 * ```ts
 * const stop = subscribe(client, documents<{ title: string }>('db', 'todos'), (event) => {
 *   console.log(event.events[0], event.payload.title);
 * });
 * // later
 * stop();
 * ```
 */
export function subscribe<TChannel extends string>(
  client: Client,
  channels: TChannel | readonly TChannel[],
  callback: RealtimeCallback<PayloadOf<TChannel>>,
  options?: SubscribeOptions,
): Unsubscribe {
  shared ??= createRealtime();
  return shared.subscribe(client, channels, callback, options);
}
