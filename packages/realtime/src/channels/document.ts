import type { CollectionDocument } from '@aw/core';
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
export function document<TFields = Record<string, unknown>>(
  databaseId: string,
  collectionId: string,
  documentId: string,
): Channel<RealtimeDocument<TFields>>;
/**
 * Creates the channel of one document of a typed collection from `aw-typegen`, whose events carry
 * the collection's document type.
 *
 * @param collection The typed collection, such as `RecipeCollection`.
 * @param documentId The document ID.
 *
 * @returns The `databases.<databaseId>.collections.<collectionId>.documents.<documentId>` channel.
 */
export function document<TTypes = unknown>(
  collection: { readonly databaseId: string; readonly collectionId: string; readonly '~types'?: TTypes },
  documentId: string,
): Channel<RealtimeDocument<CollectionDocument<TTypes, Record<string, unknown>>>>;
// @__NO_SIDE_EFFECTS__
export function document(
  database: string | { readonly databaseId: string; readonly collectionId: string },
  collectionId: string,
  documentId?: string,
): Channel<RealtimeDocument> {
  if (typeof database === 'object' && database !== null) return document(database.databaseId, database.collectionId, collectionId);
  return `databases.${_segment(database, 'databaseId')}.collections.${_segment(collectionId, 'collectionId')}.documents.${_segment(documentId, 'documentId')}`;
}
