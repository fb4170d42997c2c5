import { fail } from '../../errors/AppwriteException.ts';
import type { EmulatorContext } from '../../server/context.ts';
import type { CollectionConfig } from './types.ts';

/**
 * Creates the lookup of a collection declared in appwrite.json, failing like Appwrite when the
 * database or collection is missing or disabled.
 *
 * @param ctx The emulator context.
 * @param databaseId The database ID.
 * @param collectionId The collection ID.
 *
 * @returns The collection declaration.
 */
export function findCollection(ctx: EmulatorContext, databaseId: unknown, collectionId: unknown): CollectionConfig {
  const database = ctx.config.databases.find((item) => item.$id === databaseId);
  if (!database || database.enabled === false) fail('database_not_found', `Database '${String(databaseId)}' was not found.`);
  const collection = ctx.config.collections.find((item) => item.databaseId === databaseId && item.$id === collectionId);
  if (!collection || collection.enabled === false) {
    fail('collection_not_found', `Collection '${String(collectionId)}' was not found in database '${String(databaseId)}'.`);
  }
  return collection;
}
