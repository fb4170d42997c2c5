import type { Channel } from '../types.ts';
import { _segment } from './segment.ts';
import type { RealtimeDocument } from './payloads.ts';

/**
 * Creates the channel of every document the user may read, in all databases.
 *
 * @returns The `documents` channel.
 */
export function documents<TFields = Record<string, unknown>>(): Channel<RealtimeDocument<TFields>>;
/**
 * Creates the channel of the documents in one collection.
 *
 * @param databaseId The database ID.
 * @param collectionId The collection ID.
 *
 * @returns The `databases.<databaseId>.collections.<collectionId>.documents` channel.
 */
export function documents<TFields = Record<string, unknown>>(
  databaseId: string,
  collectionId: string,
): Channel<RealtimeDocument<TFields>>;
// @__NO_SIDE_EFFECTS__
export function documents(databaseId?: string, collectionId?: string): Channel<RealtimeDocument> {
  if (databaseId === undefined && collectionId === undefined) return 'documents';
  return `databases.${_segment(databaseId, 'databaseId')}.collections.${_segment(collectionId, 'collectionId')}.documents`;
}
