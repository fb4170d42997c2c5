import { _count, _cursorId } from './checkQueryValue.ts';

/** A serialized query, as Appwrite 1.5 parses it: a JSON string. */
export type QueryString = string;

/** Values a query compares against. */
export type QueryValue = string | number | boolean;

/**
 * Typed query type: a query string that also tells the type checker what it asks (its method,
 * attribute and values). At run time it is the plain JSON string; the `'~query'` member exists
 * only in types, so that a typed document call can accept only its collection's attributes and
 * values of their type.
 */
export type TypedQuery<TMethod extends string = string, TAttribute extends string | undefined = string | undefined, TValues = unknown> = QueryString & {
  /** What the query asks; never present at run time. */
  readonly '~query'?: { readonly method: TMethod; readonly attribute: TAttribute; readonly values: TValues };
};

// Appwrite 1.5 parses `{"method", "attribute", "values"}`; JSON.stringify drops undefined keys.
function serialize(method: string, attribute?: string, values?: unknown): TypedQuery<never, never, never> {
  return JSON.stringify({
    method,
    attribute,
    values: values === undefined || Array.isArray(values) ? values : [values],
  });
}

/**
 * Creates a query matching documents whose attribute equals the value, or any of the values.
 *
 * @param attribute The attribute key.
 * @param value The value, or a list of values.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function equal<const TAttribute extends string, const TValue extends QueryValue | readonly QueryValue[]>(attribute: TAttribute, value: TValue): TypedQuery<'equal', TAttribute, TValue> {
  return serialize('equal', attribute, value);
}

/**
 * Creates a query matching documents whose attribute differs from the value.
 *
 * @param attribute The attribute key.
 * @param value The value (a list must hold exactly one: Appwrite 1.5 compares with one value only).
 *
 * @returns The query string.
 *
 * @throws {RangeError} When a list of values does not hold exactly one, which Appwrite refuses.
 */
// @__NO_SIDE_EFFECTS__
export function notEqual<const TAttribute extends string, const TValue extends QueryValue | readonly [QueryValue]>(attribute: TAttribute, value: TValue): TypedQuery<'notEqual', TAttribute, TValue> {
  // Inline rather than a helper in checkQueryValue.ts: one builder uses it, and it costs fewer bytes.
  if (Array.isArray(value) && value.length != 1) throw new RangeError(`Query.notEqual(${JSON.stringify(value)}): expected exactly one value`);
  return serialize('notEqual', attribute, value);
}

/**
 * Creates a query matching documents whose attribute is less than the value.
 *
 * @param attribute The attribute key.
 * @param value The value.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function lessThan<const TAttribute extends string, const TValue extends QueryValue>(attribute: TAttribute, value: TValue): TypedQuery<'lessThan', TAttribute, TValue> {
  return serialize('lessThan', attribute, value);
}

/**
 * Creates a query matching documents whose attribute is less than or equal to the value.
 *
 * @param attribute The attribute key.
 * @param value The value.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function lessThanEqual<const TAttribute extends string, const TValue extends QueryValue>(attribute: TAttribute, value: TValue): TypedQuery<'lessThanEqual', TAttribute, TValue> {
  return serialize('lessThanEqual', attribute, value);
}

/**
 * Creates a query matching documents whose attribute is greater than the value.
 *
 * @param attribute The attribute key.
 * @param value The value.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function greaterThan<const TAttribute extends string, const TValue extends QueryValue>(attribute: TAttribute, value: TValue): TypedQuery<'greaterThan', TAttribute, TValue> {
  return serialize('greaterThan', attribute, value);
}

/**
 * Creates a query matching documents whose attribute is greater than or equal to the value.
 *
 * @param attribute The attribute key.
 * @param value The value.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function greaterThanEqual<const TAttribute extends string, const TValue extends QueryValue>(attribute: TAttribute, value: TValue): TypedQuery<'greaterThanEqual', TAttribute, TValue> {
  return serialize('greaterThanEqual', attribute, value);
}

/**
 * Creates a query matching documents whose attribute is null.
 *
 * @param attribute The attribute key.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function isNull<const TAttribute extends string>(attribute: TAttribute): TypedQuery<'isNull', TAttribute, undefined> {
  return serialize('isNull', attribute);
}

/**
 * Creates a query matching documents whose attribute is not null.
 *
 * @param attribute The attribute key.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function isNotNull<const TAttribute extends string>(attribute: TAttribute): TypedQuery<'isNotNull', TAttribute, undefined> {
  return serialize('isNotNull', attribute);
}

/**
 * Creates a query matching documents whose attribute lies between two values, both included.
 *
 * @param attribute The attribute key.
 * @param start The lower bound.
 * @param end The upper bound.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function between<const TAttribute extends string, const TStart extends string | number, const TEnd extends string | number>(
  attribute: TAttribute,
  start: TStart,
  end: TEnd,
): TypedQuery<'between', TAttribute, readonly [TStart, TEnd]> {
  return serialize('between', attribute, [start, end]);
}

/**
 * Creates a query matching documents whose string attribute starts with the value.
 *
 * @param attribute The attribute key.
 * @param value The prefix.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function startsWith<const TAttribute extends string, const TValue extends string>(attribute: TAttribute, value: TValue): TypedQuery<'startsWith', TAttribute, TValue> {
  return serialize('startsWith', attribute, value);
}

/**
 * Creates a query matching documents whose string attribute ends with the value.
 *
 * @param attribute The attribute key.
 * @param value The suffix.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function endsWith<const TAttribute extends string, const TValue extends string>(attribute: TAttribute, value: TValue): TypedQuery<'endsWith', TAttribute, TValue> {
  return serialize('endsWith', attribute, value);
}

/**
 * Creates a query matching documents whose attribute contains the value: a substring of a
 * string attribute, or an element of an array attribute.
 *
 * @param attribute The attribute key.
 * @param value The value, or a list of values (any of them matches).
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function contains<const TAttribute extends string, const TValue extends QueryValue | readonly QueryValue[]>(attribute: TAttribute, value: TValue): TypedQuery<'contains', TAttribute, TValue> {
  return serialize('contains', attribute, value);
}

/**
 * Creates a full-text search query on an attribute that has a fulltext index.
 *
 * @param attribute The attribute key.
 * @param value The search terms.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function search<const TAttribute extends string, const TValue extends string>(attribute: TAttribute, value: TValue): TypedQuery<'search', TAttribute, TValue> {
  return serialize('search', attribute, value);
}

/**
 * Creates a query that limits the returned attributes to those listed.
 *
 * @param attributes The attribute keys to return.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function select<const TAttributes extends readonly string[]>(attributes: TAttributes): TypedQuery<'select', undefined, TAttributes> {
  return serialize('select', undefined, attributes);
}

/**
 * Creates a query sorting results by the attribute, ascending.
 *
 * @param attribute The attribute key.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function orderAsc<const TAttribute extends string>(attribute: TAttribute): TypedQuery<'orderAsc', TAttribute, undefined> {
  return serialize('orderAsc', attribute);
}

/**
 * Creates a query sorting results by the attribute, descending.
 *
 * @param attribute The attribute key.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function orderDesc<const TAttribute extends string>(attribute: TAttribute): TypedQuery<'orderDesc', TAttribute, undefined> {
  return serialize('orderDesc', attribute);
}

/**
 * Creates a query returning the results that come after the given document or row ID.
 *
 * @param documentId The ID of the last item already seen.
 *
 * @returns The query string.
 *
 * @throws {RangeError} When the ID is empty or not a string.
 */
// @__NO_SIDE_EFFECTS__
export function cursorAfter(documentId: string): TypedQuery<'cursorAfter', undefined, string> {
  return serialize('cursorAfter', undefined, _cursorId('cursorAfter', documentId));
}

/**
 * Creates a query returning the results that come before the given document or row ID.
 *
 * @param documentId The ID of the first item already seen.
 *
 * @returns The query string.
 *
 * @throws {RangeError} When the ID is empty or not a string.
 */
// @__NO_SIDE_EFFECTS__
export function cursorBefore(documentId: string): TypedQuery<'cursorBefore', undefined, string> {
  return serialize('cursorBefore', undefined, _cursorId('cursorBefore', documentId));
}

/**
 * Creates a query returning at most this many results.
 *
 * @param count The largest number of results: an integer, at least 1.
 *
 * @returns The query string.
 *
 * @throws {RangeError} When the count is not an integer of at least 1, which Appwrite refuses.
 */
// @__NO_SIDE_EFFECTS__
export function limit(count: number): TypedQuery<'limit', undefined, number> {
  return serialize('limit', undefined, _count('limit', count, 1));
}

/**
 * Creates a query skipping this many results.
 *
 * @param count The number of results to skip: an integer, at least 0.
 *
 * @returns The query string.
 *
 * @throws {RangeError} When the count is not an integer of at least 0, which Appwrite refuses.
 */
// @__NO_SIDE_EFFECTS__
export function offset(count: number): TypedQuery<'offset', undefined, number> {
  return serialize('offset', undefined, _count('offset', count, 0));
}

/**
 * Creates a query matching documents that match any of the given queries.
 *
 * @param queries Query strings made by the other builders.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function or<const TQueries extends readonly QueryString[]>(queries: TQueries): TypedQuery<'or', undefined, TQueries> {
  return serialize('or', undefined, queries.map((query) => JSON.parse(query) as unknown));
}

/**
 * Creates a query matching documents that match all of the given queries.
 *
 * @param queries Query strings made by the other builders.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function and<const TQueries extends readonly QueryString[]>(queries: TQueries): TypedQuery<'and', undefined, TQueries> {
  return serialize('and', undefined, queries.map((query) => JSON.parse(query) as unknown));
}
