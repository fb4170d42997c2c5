import { readAppwriteConfig } from '@aw/appwrite-config';

/**
 * Attribute interface: one attribute of a collection as the Appwrite CLI writes it in `appwrite.json`.
 */
export interface AttributeConfig {
  /** The attribute key. */
  readonly key: string;
  /** The type: `string`, `integer`, `double` (or `float`), `boolean`, `datetime` or `relationship`. */
  readonly type: string;
  /** The string format: `email`, `url`, `ip` or `enum`; empty for a plain string. */
  readonly format?: string;
  /** Whether a value is required. */
  readonly required?: boolean;
  /** Whether the value is a list. */
  readonly array?: boolean;
  /** The longest string allowed, in characters. */
  readonly size?: number;
  /** The smallest number allowed. */
  readonly min?: number;
  /** The largest number allowed. */
  readonly max?: number;
  /** The value the server stores when a document leaves the attribute out. */
  readonly default?: unknown;
  /** The allowed values of an enum. */
  readonly elements?: readonly string[];
  /** The related collection's ID, for a relationship. */
  readonly relatedCollection?: string;
  /** `oneToOne`, `oneToMany`, `manyToOne` or `manyToMany`, for a relationship. */
  readonly relationType?: string;
  /** `parent` or `child`: which end of a two-way relationship this attribute is. */
  readonly side?: string;
}

/**
 * Collection interface: one collection of `appwrite.json`.
 */
export interface CollectionConfig {
  /** The collection ID. */
  readonly $id: string;
  /** The ID of the database that holds it. */
  readonly databaseId: string;
  /** The display name. */
  readonly name?: string;
  /** The attributes. */
  readonly attributes?: readonly AttributeConfig[];
  /** Attributes with a fulltext index of their own (the ones Appwrite lets `search` name), sorted. */
  readonly fulltext?: readonly string[];
}

/**
 * Project file interface: the part of `appwrite.json` the generator reads.
 */
export interface ProjectFile {
  /** The collections. */
  readonly collections?: readonly CollectionConfig[];
}

/**
 * Creates a project file from the text of an `appwrite.json`. The file is checked first, with the
 * same checks as the emulator's: a mistake throws an `AppwriteConfigError` whose message is
 * `file:line:column: what is wrong`. The result holds only the fields the generator reads, so
 * fields that cannot change the output (`projectName`, permissions, indexes other than a fulltext index
 * of one attribute, formatting) are gone.
 *
 * @param text The file's text.
 * @param source The file's name, for error messages.
 *
 * @returns The parsed project file.
 */
export function parseProjectFile(text: string, source: string): ProjectFile {
  const raw = readAppwriteConfig(text, source) as { collections?: readonly Record<string, unknown>[] };
  return { collections: (raw.collections ?? []).map(collectionOf) };
}

// Copies only the known fields, without nulls: the checker has already vouched for their types.
function pick<T>(source: Record<string, unknown>, keys: readonly (keyof T & string)[]): T {
  const picked: Record<string, unknown> = {};
  for (const key of keys) {
    const value = Object.hasOwn(source, key) ? source[key] : undefined;
    // An empty format or name says nothing; an empty default is a real default.
    if (value !== undefined && value !== null && !(value === '' && (key === 'format' || key === 'name'))) picked[key] = value;
  }
  return picked as T;
}

const ATTRIBUTE_KEYS = ['key', 'type', 'format', 'required', 'array', 'size', 'min', 'max', 'default', 'elements', 'relatedCollection', 'relationType', 'side'] as const;

function collectionOf(raw: Record<string, unknown>): CollectionConfig {
  const collection = pick<CollectionConfig>(raw, ['$id', 'databaseId', 'name']);
  const attributes = ((raw.attributes ?? []) as Record<string, unknown>[]).map((attribute) => pick<AttributeConfig>(attribute, ATTRIBUTE_KEYS));
  // Appwrite's search needs a fulltext index of that one attribute; other indexes change no type.
  const fulltext = [
    ...new Set(
      ((raw.indexes ?? []) as Record<string, unknown>[])
        .filter((index) => index?.type === 'fulltext' && Array.isArray(index.attributes) && index.attributes.length === 1 && typeof index.attributes[0] === 'string')
        .map((index) => (index.attributes as string[])[0]!),
    ),
  ].sort();
  return fulltext.length > 0 ? { ...collection, attributes, fulltext } : { ...collection, attributes };
}
