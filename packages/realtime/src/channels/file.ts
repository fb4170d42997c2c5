import type { Channel } from '../types.ts';
import { _segment } from './segment.ts';
import type { RealtimeFile } from './payloads.ts';

/**
 * Creates the channel of one file.
 *
 * @param bucketId The bucket ID.
 * @param fileId The file ID.
 *
 * @returns The `buckets.<bucketId>.files.<fileId>` channel.
 */
// @__NO_SIDE_EFFECTS__
export function file(bucketId: string, fileId: string): Channel<RealtimeFile> {
  return `buckets.${_segment(bucketId, 'bucketId')}.files.${_segment(fileId, 'fileId')}`;
}
