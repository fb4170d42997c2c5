import { allows, readRoles, type PermissionAction } from './permissions/allows.ts';
import type { CollectionConfig, StoredDocument } from './types.ts';

/**
 * Creates the check Appwrite applies to one document: the collection grants the action, or
 * document security is on and the document itself grants it.
 *
 * @param collection The collection.
 * @param document The document.
 * @param action The action wanted.
 * @param roles The caller's roles.
 *
 * @returns Whether it is allowed.
 */
export function documentAllows(collection: CollectionConfig, document: StoredDocument, action: PermissionAction, roles: readonly string[]): boolean {
  if (allows(collection.$permissions, action, roles)) return true;
  return collection.documentSecurity === true && allows(document.$permissions, action, roles);
}

/**
 * Creates the role list that may read a document, for addressing realtime events.
 *
 * @param collection The collection.
 * @param document The document.
 *
 * @returns The roles.
 */
export function documentReadRoles(collection: CollectionConfig, document: StoredDocument): string[] {
  const roles = readRoles(collection.$permissions);
  if (collection.documentSecurity) for (const role of readRoles(document.$permissions)) if (!roles.includes(role)) roles.push(role);
  return roles;
}
