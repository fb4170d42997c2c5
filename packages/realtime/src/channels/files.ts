import type { Channel } from '../types.ts';
import { _segment } from './segment.ts';
import type { RealtimeFile } from './payloads.ts';

/**
 * Creates the channel of the files in one bucket, or of every file the user may read when no bucket is given.
 *
 * @param bucketId The bucket ID.
 *
 * @returns The `buckets.<bucketId>.files` channel, or `files`.
 */
// @__NO_SIDE_EFFECTS__
export function files(bucketId?: string): Channel<RealtimeFile> {
  return bucketId === undefined ? 'files' : `buckets.${_segment(bucketId, 'bucketId')}.files`;
}
