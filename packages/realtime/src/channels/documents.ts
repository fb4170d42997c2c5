import type { CollectionDocument } from '@aw/core';
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
/**
 * Creates the channel of the documents of a typed collection from `aw-typegen`, whose events
 * carry the collection's document type.
 *
 * @param collection The typed collection, such as `RecipeCollection`.
 *
 * @returns The `databases.<databaseId>.collections.<collectionId>.documents` channel.
 */
export function documents<TTypes = unknown>(collection: {
  readonly databaseId: string;
  readonly collectionId: string;
  readonly '~types'?: TTypes;
}): Channel<RealtimeDocument<CollectionDocument<TTypes, Record<string, unknown>>>>;
// @__NO_SIDE_EFFECTS__
export function documents(
  database?: string | { readonly databaseId: string; readonly collectionId: string },
  collectionId?: string,
): Channel<RealtimeDocument> {
  if (typeof database === 'object' && database !== null) return documents(database.databaseId, database.collectionId);
  if (database === undefined && collectionId === undefined) return 'documents';
  return `databases.${_segment(database, 'databaseId')}.collections.${_segment(collectionId, 'collectionId')}.documents`;
}
