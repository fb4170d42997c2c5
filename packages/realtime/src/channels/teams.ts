import type { Channel } from '../types.ts';
import { _segment } from './segment.ts';
import type { RealtimeTeam } from './payloads.ts';

/**
 * Creates the channel of one team, or of every team the user belongs to when no team is given.
 *
 * @param teamId The team ID.
 *
 * @returns The `teams.<teamId>` channel, or `teams`.
 */
// @__NO_SIDE_EFFECTS__
export function teams(teamId?: string): Channel<RealtimeTeam> {
  return teamId === undefined ? 'teams' : `teams.${_segment(teamId, 'teamId')}`;
}
