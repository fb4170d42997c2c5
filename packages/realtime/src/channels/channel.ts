import type { Channel } from '../types.ts';

/**
 * Creates a channel from a raw Appwrite channel name, typed with the payload its events carry.
 *
 * @param name The channel name, such as `documents` or `buckets.avatars.files`.
 *
 * @returns The channel.
 *
 * @example
 * ```ts
 * subscribe(client, channel<{ $id: string }>('documents'), (event) => event.payload.$id);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function channel<TPayload = unknown>(name: string): Channel<TPayload> {
  if (!name) throw new TypeError('channel: the name must not be empty');
  return name as Channel<TPayload>;
}
