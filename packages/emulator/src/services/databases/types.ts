export type { AttributeConfig, CollectionConfig, IndexConfig } from '../../config/types.ts';

/** A stored document: system fields plus the user's attributes. */
export interface StoredDocument {
  /** The document ID. */
  $id: string;
  /** The collection ID. */
  $collectionId: string;
  /** The database ID. */
  $databaseId: string;
  /** ISO creation time. */
  $createdAt: string;
  /** ISO update time. */
  $updatedAt: string;
  /** Permission strings. */
  $permissions: string[];
  /** Attribute values. */
  [key: string]: unknown;
}
