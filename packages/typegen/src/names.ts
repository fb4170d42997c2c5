import type { CollectionConfig } from './config.ts';

/**
 * Type names interface: the exported names generated for one collection.
 */
export interface TypeNames {
  /** The fields as read, such as `Book`. */
  readonly fields: string;
  /** The create data, such as `BookData`. */
  readonly data: string;
  /** The update data, such as `BookPatch`. */
  readonly patch: string;
  /** The whole document, such as `BookDocument`. */
  readonly document: string;
  /** The fields schema, such as `BookSchema`. */
  readonly schema: string;
  /** The whole-document schema, such as `BookDocumentSchema`. */
  readonly documentSchema: string;
  /** The create-data schema, such as `BookDataSchema`. */
  readonly dataSchema: string;
  /** The update-data schema, such as `BookPatchSchema`. */
  readonly patchSchema: string;
  /** The IDs constant, such as `BookCollection`. */
  readonly ids: string;
}

const RESERVED = new Set(['DocumentSystemFields', 'UnknownDocument', 'RelatedData']);

/**
 * Creates a JavaScript identifier from free text: its words joined in PascalCase (or camelCase).
 *
 * @param text The text, such as `reading list` or `reading_list`.
 * @param first `upper` for PascalCase, `lower` for camelCase.
 *
 * @returns The identifier, such as `ReadingList`.
 */
export function identifier(text: string, first: 'upper' | 'lower' = 'upper'): string {
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  let name = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('') || 'Collection';
  if (/^[0-9]/.test(name)) name = `C${name}`;
  return first === 'lower' ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/**
 * Creates the singular of an English plural the simple way: `books` → `book`, `stories` → `story`.
 * Words that do not look plural are kept.
 *
 * @param word The word.
 *
 * @returns Its singular.
 */
export function singular(word: string): string {
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is|ws)$/i.test(word) || word.length < 3) return word;
  if (/(ch|sh|x|z)es$/i.test(word)) return word.slice(0, -2);
  return /s$/i.test(word) ? word.slice(0, -1) : word;
}

/**
 * Creates a property key: bare when it is an identifier, quoted otherwise.
 *
 * @param key The attribute key.
 *
 * @returns The key as written in an object literal or interface.
 */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

/**
 * Creates the exported names of each collection, in order. A name is the singular of the
 * collection's name (or ID) in PascalCase; names that would collide get their database's name first.
 *
 * @param collections The collections, in output order.
 *
 * @returns The names of each collection.
 */
export function typeNames(collections: readonly CollectionConfig[]): TypeNames[] {
  const base = (collection: CollectionConfig) => singular(identifier(collection.name || collection.$id));
  const counts = new Map<string, number>();
  for (const collection of collections) counts.set(base(collection), (counts.get(base(collection)) ?? 0) + 1);
  const used = new Set<string>();
  return collections.map((collection) => {
    let name = base(collection);
    if ((counts.get(name) ?? 0) > 1 || RESERVED.has(name)) name = `${identifier(collection.databaseId)}${name}`;
    if (used.has(name)) throw new Error(`Two collections would both generate the type "${name}"; rename one (collection "${collection.$id}" in database "${collection.databaseId}")`);
    used.add(name);
    return {
      fields: name,
      data: `${name}Data`,
      patch: `${name}Patch`,
      document: `${name}Document`,
      schema: `${name}Schema`,
      documentSchema: `${name}DocumentSchema`,
      dataSchema: `${name}DataSchema`,
      patchSchema: `${name}PatchSchema`,
      ids: `${name}Collection`,
    };
  });
}
