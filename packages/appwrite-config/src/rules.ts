/** The attribute types of an Appwrite 1.5 collection, as `appwrite.json` writes them. */
export const ATTRIBUTE_TYPES = ['string', 'integer', 'double', 'boolean', 'datetime', 'relationship'] as const;

/** Older spellings still read as one of the 1.5 types. */
export const ATTRIBUTE_TYPE_ALIASES: Readonly<Record<string, string>> = { float: 'double' };

/** The formats of a string attribute; empty means a plain string. */
export const STRING_FORMATS = ['email', 'url', 'ip', 'enum'] as const;

/** How two collections relate, from the side of the attribute that names the other. */
export const RELATION_TYPES = ['oneToOne', 'oneToMany', 'manyToOne', 'manyToMany'] as const;

/** Which end of a two-way relationship an attribute is. */
export const RELATION_SIDES = ['parent', 'child'] as const;

/** What deleting a document does to the documents it relates to. */
export const ON_DELETE = ['cascade', 'restrict', 'setNull'] as const;

/** Words people write for a type, mapped to the 1.5 type they mean. */
export const TYPE_HINTS: Readonly<Record<string, string>> = {
  int: 'integer',
  number: 'double',
  decimal: 'double',
  bool: 'boolean',
  date: 'datetime',
  timestamp: 'datetime',
  text: 'string',
  str: 'string',
  relation: 'relationship',
};

/**
 * Creates the words `a, b, c or d` from a list.
 *
 * @param words The words.
 *
 * @returns The list in prose.
 */
export function either(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/**
 * The rule Appwrite 1.5 applies to every custom ID and attribute key (its `Key` and `CustomId`
 * validators, and `@aw/core`'s own ID check): 1 to 36 letters, digits, ".", "-" or "_", not
 * starting with one of the three marks.
 */
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,35}$/;

/** The rule of {@link KEY_PATTERN} in one sentence, for messages. */
export const KEY_RULE = 'Appwrite takes 1 to 36 letters, digits, ".", "-" or "_", not starting with ".", "-" or "_"';
