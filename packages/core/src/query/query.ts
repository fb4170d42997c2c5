import { _count, _cursorId } from './checkQueryValue.ts';

/** A serialized query, as Appwrite 1.5 parses it: a JSON string. */
export type QueryString = string;

/** Values a query compares against. */
export type QueryValue = string | number | boolean;

// Appwrite 1.5 parses `{"method", "attribute", "values"}`; JSON.stringify drops undefined keys.
function serialize(method: string, attribute?: string, values?: unknown): QueryString {
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
export function equal(attribute: string, value: QueryValue | readonly QueryValue[]): QueryString {
  return serialize('equal', attribute, value);
}

/**
 * Creates a query matching documents whose attribute differs from the value.
 *
 * @param attribute The attribute key.
 * @param value The value, or a list of values.
 *
 * @returns The query string.
 */
// @__NO_SIDE_EFFECTS__
export function notEqual(attribute: string, value: QueryValue | readonly QueryValue[]): QueryString {
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
export function lessThan(attribute: string, value: QueryValue): QueryString {
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
export function lessThanEqual(attribute: string, value: QueryValue): QueryString {
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
export function greaterThan(attribute: string, value: QueryValue): QueryString {
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
export function greaterThanEqual(attribute: string, value: QueryValue): QueryString {
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
export function isNull(attribute: string): QueryString {
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
export function isNotNull(attribute: string): QueryString {
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
export function between(attribute: string, start: string | number, end: string | number): QueryString {
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
export function startsWith(attribute: string, value: string): QueryString {
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
export function endsWith(attribute: string, value: string): QueryString {
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
export function contains(attribute: string, value: QueryValue | readonly QueryValue[]): QueryString {
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
export function search(attribute: string, value: string): QueryString {
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
export function select(attributes: readonly string[]): QueryString {
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
export function orderAsc(attribute: string): QueryString {
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
export function orderDesc(attribute: string): QueryString {
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
export function cursorAfter(documentId: string): QueryString {
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
export function cursorBefore(documentId: string): QueryString {
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
export function limit(count: number): QueryString {
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
export function offset(count: number): QueryString {
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
export function or(queries: readonly QueryString[]): QueryString {
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
export function and(queries: readonly QueryString[]): QueryString {
  return serialize('and', undefined, queries.map((query) => JSON.parse(query) as unknown));
}
