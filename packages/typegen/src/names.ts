import type { CollectionConfig } from './config.ts';
import { ES_GLOBAL_NAMES, GENERATED_HELPER_NAMES, PLATFORM_GLOBAL_NAMES } from './reservedNames.ts';

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

/**
 * Creates a JavaScript identifier from free text: its words joined in PascalCase (or camelCase).
 * Accents are dropped (`Bücher` → `Bucher`); other letters outside A–Z are left out.
 *
 * @param text The text, such as `reading list` or `reading_list`.
 * @param first `upper` for PascalCase, `lower` for camelCase.
 *
 * @returns The identifier, such as `ReadingList`.
 */
export function identifier(text: string, first: 'upper' | 'lower' = 'upper'): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
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
 * Creates a property key that means exactly the attribute key in an object literal and in an
 * interface: bare when it is a plain identifier, a JSON string otherwise, and computed
 * (`["__proto__"]`) for `__proto__`, which an object literal would otherwise take as its prototype.
 *
 * @param key The attribute key.
 *
 * @returns The key as written in an object literal or interface.
 */
export function propertyKey(key: string): string {
  if (key === '__proto__') return `[${jsLiteral(key)}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : jsLiteral(key);
}

/**
 * Creates a JavaScript literal of a JSON value that stays on one line and holds no lone
 * surrogate, so the file reads back exactly as written.
 *
 * @param value A JSON value: string, number, boolean, null, or a list or object of them.
 *
 * @returns The literal.
 */
export function jsLiteral(value: unknown): string {
  // JSON.stringify already escapes lone surrogates and C0 controls; the rest are escaped so the
  // source shows them (no invisible or direction-changing characters inside a string).
  return JSON.stringify(value).replace(/[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}]/gu, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

/**
 * Creates text that is safe inside a `//` or `/* *\/` comment: no line break, no comment end,
 * no invisible or direction-changing character and no lone surrogate. Such characters are
 * written as `\u{…}`, so the comment still says what the input held.
 *
 * @param text User text: a path, an ID, a name, a default value.
 *
 * @returns The text to put in a comment.
 */
export function commentText(text: string): string {
  return text
    .replace(/[\p{C}\p{Zl}\p{Zp}]/gu, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`)
    .replace(/\*\//g, '*\\/');
}

const SUFFIXES = ['', 'Data', 'Patch', 'Document', 'Schema', 'DocumentSchema', 'DataSchema', 'PatchSchema', 'Collection'] as const;

function namesOf(name: string): TypeNames {
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
}

// Every identifier one collection's name gives the module, its local entries constant included.
function identifiersOf(name: string): string[] {
  return [...SUFFIXES.map((suffix) => `${name}${suffix}`), `${identifier(name, 'lower')}Entries`];
}

function reserved(identifierName: string): boolean {
  return ES_GLOBAL_NAMES.has(identifierName) || PLATFORM_GLOBAL_NAMES.has(identifierName) || GENERATED_HELPER_NAMES.has(identifierName);
}

/**
 * Creates the exported names of each collection, in order. A name is the singular of the
 * collection's name (or ID) in PascalCase. When that name is shared by another collection, or
 * any name it gives would shadow a built-in (`Record`, `Partial` …) or a helper of the module
 * (`RelatedData`, `systemEntries` …), the database's name goes first; when that is still taken,
 * a number follows (`ShopBook2`). The same collections in the same order always get the same names.
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
  const clashes = (name: string) => identifiersOf(name).some((each) => used.has(each) || reserved(each));
  return collections.map((collection) => {
    let name = base(collection);
    if ((counts.get(name) ?? 0) > 1 || clashes(name)) name = `${identifier(collection.databaseId)}${name}`;
    let chosen = name;
    for (let n = 2; clashes(chosen); n++) chosen = `${name}${n}`;
    for (const each of identifiersOf(chosen)) used.add(each);
    return namesOf(chosen);
  });
}
