import type { Channel } from '../types.ts';
import type { RealtimeAccountPayload } from './payloads.ts';

/**
 * Creates the channel of the signed-in user's own account: profile, sessions, identities and so on.
 *
 * @returns The `account` channel.
 */
// @__NO_SIDE_EFFECTS__
export function account(): Channel<RealtimeAccountPayload> {
  return 'account';
}
