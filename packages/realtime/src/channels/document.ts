import type { Channel } from '../types.ts';
import { _segment } from './segment.ts';
import type { RealtimeDocument } from './payloads.ts';

/**
 * Creates the channel of one document.
 *
 * @param databaseId The database ID.
 * @param collectionId The collection ID.
 * @param documentId The document ID.
 *
 * @returns The `databases.<databaseId>.collections.<collectionId>.documents.<documentId>` channel.
 */
// @__NO_SIDE_EFFECTS__
export function document<TFields = Record<string, unknown>>(
  databaseId: string,
  collectionId: string,
  documentId: string,
): Channel<RealtimeDocument<TFields>> {
  return `databases.${_segment(databaseId, 'databaseId')}.collections.${_segment(collectionId, 'collectionId')}.documents.${_segment(documentId, 'documentId')}`;
}
