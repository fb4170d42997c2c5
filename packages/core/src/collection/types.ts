import type { GenericSchema } from 'valibot';
import type { QueryString } from '../query/query.ts';

/**
 * Attribute kind type: how typed queries treat an attribute. The Appwrite type (`email`, `url`
 * and `ip` are `string`), with `[]` appended for a list; `virtual` is a relationship end that
 * Appwrite 1.5 refuses to filter on (the "many" end, or the child of a one-way relation).
 */
export type AttributeKind =
  | 'string'
  | 'enum'
  | 'integer'
  | 'float'
  | 'boolean'
  | 'datetime'
  | 'relationship'
  | 'virtual'
  | `${'string' | 'enum' | 'integer' | 'float' | 'boolean' | 'datetime'}[]`;

/**
 * Collection types interface: what a typed collection descriptor tells the type checker.
 */
export interface CollectionTypes {
  /** A whole document as read: system fields and the collection's own. */
  readonly document: object;
  /** The data that creates a document. */
  readonly data: object;
  /** The data that updates a document. */
  readonly patch: object;
  /** Each attribute's kind, by key, for typed queries. */
  readonly attributes: object;
  /**
   * The attributes `Query.search` may name: those with a fulltext index of their own, as Appwrite
   * requires (`never` when there is none). Left out, search is allowed on every string attribute.
   */
  readonly fulltext?: string;
}

/**
 * Collection schemas interface: the valibot schemas a typed collection descriptor carries, to
 * check outgoing data before it is sent.
 */
export interface CollectionSchemas {
  /** Checks `data` when a document is created. */
  readonly data?: GenericSchema;
  /** Checks `data` when a document is updated. */
  readonly patch?: GenericSchema;
}

/**
 * Typed collection interface: a collection's IDs plus its types and schemas, as `aw-typegen`
 * writes one per collection (`RecipeCollection`). Spread it into a document operation's params,
 * or pass it as the params, and the operation types `data`, `queries` and the result, and checks
 * `data` before sending.
 *
 * Members starting with `~` are for the SDK, not for users: `'~schemas'` is never sent, and
 * `'~types'` exists only for the type checker.
 */
export interface TypedCollection<TTypes extends CollectionTypes = CollectionTypes> {
  /** The database that holds the collection. */
  readonly databaseId: string;
  /** The collection ID. */
  readonly collectionId: string;
  /** The schemas that check outgoing data. */
  readonly '~schemas'?: CollectionSchemas;
  /** The collection's types; never present at run time. */
  readonly '~types'?: TTypes;
}

/**
 * The document type a typed collection's params carry, or `TOtherwise` when they carry none.
 */
export type CollectionDocument<TTypes, TOtherwise> = [TTypes] extends [CollectionTypes] ? TTypes['document'] : TOtherwise;

// ---- typed queries

// The attributes every document has, as queries name them.
interface SystemAttributes {
  readonly $id: 'string';
  readonly $createdAt: 'datetime';
  readonly $updatedAt: 'datetime';
}

type Item<T> = T extends readonly (infer TItem)[] ? TItem : T;

type Shape<TMethod extends string, TAttribute, TValues> = {
  readonly method: TMethod;
  readonly attribute: TAttribute;
  readonly values: TValues;
};

// The value a query compares an attribute with: the field's own type (enum literals, numbers,
// booleans), an ID for a relationship, a string for a datetime.
type ValueOf<TTypes extends CollectionTypes, TKey, TKind> = TKind extends 'datetime' | 'datetime[]'
  ? string
  : TKind extends 'relationship' | 'virtual'
    ? string
    : TKey extends keyof TTypes['document']
      ? Extract<Item<NonNullable<TTypes['document'][TKey]>>, string | number | boolean>
      : never;

// What Appwrite 1.5 (utopia-php/database 0.52 `Query\Filter`) lets each kind of attribute be
// filtered with: a list only by `contains` and null checks; a virtual relationship end not at all;
// `contains` on a single value only for strings. Ordering comparisons are left out for booleans
// and relationships, where they mean nothing; prefix, suffix and search are for strings, and search
// only where a fulltext index of that one attribute exists.
type FilterOn<TKey extends string, TKind, TValue, TSearchable> = TKind extends `${string}[]`
  ? Shape<'contains', TKey, TValue | readonly TValue[]> | Shape<'isNull' | 'isNotNull', TKey, undefined>
  : TKind extends 'virtual'
    ? never
    :
        | Shape<'equal', TKey, TValue | readonly TValue[]>
        | Shape<'notEqual', TKey, TValue>
        | Shape<'isNull' | 'isNotNull', TKey, undefined>
        | (TKind extends 'boolean' | 'relationship'
            ? never
            : Shape<'lessThan' | 'lessThanEqual' | 'greaterThan' | 'greaterThanEqual', TKey, TValue> | Shape<'between', TKey, readonly [TValue, TValue]>)
        | (TKind extends 'string' | 'enum'
            ?
                | Shape<'startsWith' | 'endsWith', TKey, string>
                | Shape<'contains', TKey, string | readonly string[]>
                | (TKey extends TSearchable ? Shape<'search', TKey, string> : never)
            : never);

// The attributes `search` may name: the descriptor's fulltext keys, or any when it does not say.
type Searchable<TTypes extends CollectionTypes> = TTypes extends { readonly fulltext?: infer TKeys } ? ([unknown] extends [TKeys] ? string : Exclude<TKeys, undefined>) : string;

type QueryAttributes<TTypes extends CollectionTypes> = TTypes['attributes'] & SystemAttributes;

/**
 * The filters a typed collection accepts: one per attribute and operator Appwrite allows, with
 * values of the attribute's type, and `or`/`and` of such filters.
 */
export type DocumentFilter<TTypes extends CollectionTypes> =
  | {
      [TKey in keyof QueryAttributes<TTypes> & string]: FilterOn<TKey, QueryAttributes<TTypes>[TKey], ValueOf<TTypes, TKey, QueryAttributes<TTypes>[TKey]>, Searchable<TTypes>>;
    }[keyof QueryAttributes<TTypes> & string]
  | Shape<'or' | 'and', undefined, readonly (QueryString & { readonly '~query'?: DocumentFilter<TTypes> })[]>;

// Keys `select` accepts: attributes, `*`, system fields, and `relation.field` through a relationship.
type SelectKey<TTypes extends CollectionTypes> =
  | (keyof QueryAttributes<TTypes> & string)
  | '*'
  | '$internalId'
  | '$permissions'
  | '$collection'
  | {
      [TKey in keyof TTypes['attributes'] & string]: TTypes['attributes'][TKey] extends 'relationship' | 'virtual' ? `${TKey}.${string}` : never;
    }[keyof TTypes['attributes'] & string];

/**
 * A query that picks fields: `Query.select` with the collection's attribute names.
 */
export type DocumentSelectQuery<TTypes extends CollectionTypes> = QueryString & {
  readonly '~query'?: Shape<'select', undefined, readonly SelectKey<TTypes>[]>;
};

/**
 * A query a typed list accepts: a filter, an order or a selection on the collection's attributes,
 * or paging. A plain string (not made by the `Query` builders) is accepted as it is.
 */
export type DocumentListQuery<TTypes extends CollectionTypes> = QueryString & {
  readonly '~query'?:
    | DocumentFilter<TTypes>
    | Shape<'orderAsc' | 'orderDesc', keyof QueryAttributes<TTypes> & string, undefined>
    | Shape<'select', undefined, readonly SelectKey<TTypes>[]>
    | Shape<'limit' | 'offset', undefined, number>
    | Shape<'cursorAfter' | 'cursorBefore', undefined, string>;
};

/**
 * The queries a list accepts: typed by the collection when its params carry one, any string otherwise.
 */
export type ListQueryOf<TTypes> = [TTypes] extends [CollectionTypes] ? DocumentListQuery<TTypes> : QueryString;

/**
 * The queries reading one document accepts (only `select`): typed by the collection when its
 * params carry one, any string otherwise.
 */
export type SelectQueryOf<TTypes> = [TTypes] extends [CollectionTypes] ? DocumentSelectQuery<TTypes> : QueryString;

/**
 * The data that creates a document: the collection's when the params carry one, else `TFields`.
 */
export type CreateDataOf<TTypes, TFields> = [TTypes] extends [CollectionTypes] ? TTypes['data'] : Readonly<TFields>;

/**
 * The data that updates a document: the collection's patch when the params carry one, else part of `TFields`.
 */
export type PatchDataOf<TTypes, TFields> = [TTypes] extends [CollectionTypes] ? TTypes['patch'] : Readonly<Partial<TFields>>;
