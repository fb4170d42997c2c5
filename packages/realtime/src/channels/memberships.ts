import type { Channel } from '../types.ts';
import { _segment } from './segment.ts';
import type { RealtimeMembership } from './payloads.ts';

/**
 * Creates the channel of one membership, or of every membership the user may read when none is given.
 *
 * @param membershipId The membership ID.
 *
 * @returns The `memberships.<membershipId>` channel, or `memberships`.
 */
// @__NO_SIDE_EFFECTS__
export function memberships(membershipId?: string): Channel<RealtimeMembership> {
  return membershipId === undefined ? 'memberships' : `memberships.${_segment(membershipId, 'membershipId')}`;
}
