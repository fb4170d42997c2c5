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
}

/**
 * Project file interface: the part of `appwrite.json` the generator reads.
 */
export interface ProjectFile {
  /** The collections. */
  readonly collections?: readonly CollectionConfig[];
}

/**
 * Creates a project file from the text of an `appwrite.json`, checking the parts the generator reads.
 *
 * @param text The file's text.
 * @param source The file's name, for error messages.
 *
 * @returns The parsed project file.
 */
export function parseProjectFile(text: string, source: string): ProjectFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${source}: expected a JSON object`);
  const collections = (raw as { collections?: unknown }).collections;
  if (collections === undefined) return {};
  if (!Array.isArray(collections)) throw new Error(`${source}: "collections" must be a list`);
  collections.forEach((collection: unknown, index) => {
    const at = `${source}: collections[${index}]`;
    if (typeof collection !== 'object' || collection === null) throw new Error(`${at} must be an object`);
    const { $id, databaseId, attributes } = collection as Record<string, unknown>;
    if (typeof $id !== 'string' || !$id) throw new Error(`${at} needs a "$id"`);
    if (typeof databaseId !== 'string' || !databaseId) throw new Error(`${at} ("${$id}") needs a "databaseId"`);
    if (attributes !== undefined && !Array.isArray(attributes)) throw new Error(`${at} ("${$id}"): "attributes" must be a list`);
    for (const attribute of (attributes ?? []) as unknown[]) {
      const { key, type } = (attribute ?? {}) as Record<string, unknown>;
      if (typeof key !== 'string' || !key || typeof type !== 'string') throw new Error(`${at} ("${$id}"): every attribute needs a "key" and a "type"`);
    }
  });
  return raw as ProjectFile;
}
