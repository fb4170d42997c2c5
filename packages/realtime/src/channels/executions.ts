import type { Channel } from '../types.ts';
import { _segment } from './segment.ts';
import type { RealtimeExecution } from './payloads.ts';

/**
 * Creates the channel of one function's executions, or of every execution the user may read when no function is given.
 *
 * @param functionId The function ID.
 *
 * @returns The `functions.<functionId>` channel, or `executions`.
 */
// @__NO_SIDE_EFFECTS__
export function executions(functionId?: string): Channel<RealtimeExecution> {
  return functionId === undefined ? 'executions' : `functions.${_segment(functionId, 'functionId')}`;
}
