import type { AttributeConfig, CollectionConfig } from '../types.ts';

/** What a query may reference: attribute types and fulltext-searchable keys. */
export interface QuerySchema {
  /** Attribute key to its declaration (system attributes included). */
  attributes: Map<string, Pick<AttributeConfig, 'key' | 'type' | 'array'>>;
  /** Keys that have a fulltext index, so `search` is allowed on them. */
  fulltext: Set<string>;
  /** The error type used when a cursor names a missing item. */
  cursorLabel: string;
}

const SYSTEM: Array<Pick<AttributeConfig, 'key' | 'type' | 'array'>> = [
  { key: '$id', type: 'string' },
  { key: '$createdAt', type: 'datetime' },
  { key: '$updatedAt', type: 'datetime' },
];

/**
 * Creates the query schema of a collection: its attributes plus `$id`, `$createdAt` and `$updatedAt`.
 *
 * @param collection The collection declaration.
 *
 * @returns The schema the query engine checks against.
 */
export function collectionQuerySchema(collection: CollectionConfig): QuerySchema {
  const attributes = new Map<string, Pick<AttributeConfig, 'key' | 'type' | 'array'>>();
  for (const attribute of [...SYSTEM, ...(collection.attributes ?? [])]) attributes.set(attribute.key, attribute);
  const fulltext = new Set<string>();
  for (const index of collection.indexes ?? []) {
    // A single-attribute fulltext index is what Appwrite needs for `search` on that attribute.
    if (index.type === 'fulltext' && index.attributes.length === 1) fulltext.add(index.attributes[0] as string);
  }
  return { attributes, fulltext, cursorLabel: 'Document' };
}

/**
 * Creates a query schema from a fixed list of attributes (files, executions).
 *
 * @param attributes The queryable attributes.
 * @param fulltext Keys that accept `search`.
 * @param cursorLabel The item name used in cursor errors.
 *
 * @returns The schema.
 */
export function fixedQuerySchema(
  attributes: ReadonlyArray<Pick<AttributeConfig, 'key' | 'type' | 'array'>>,
  fulltext: readonly string[],
  cursorLabel: string,
): QuerySchema {
  return {
    attributes: new Map([...SYSTEM, ...attributes].map((attribute) => [attribute.key, attribute])),
    fulltext: new Set(fulltext),
    cursorLabel,
  };
}
