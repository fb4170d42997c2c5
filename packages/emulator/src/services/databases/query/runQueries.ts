import { fail } from '../../../errors/AppwriteException.ts';
import { toAppwriteDate } from '../validateDocument.ts';
import { isFilterMethod, type ParsedQuery } from './parseQueries.ts';
import type { QuerySchema } from './querySchema.ts';
import { matchSearch } from './matchSearch.ts';

// Appwrite's default page (APP_LIMIT_LIST_DEFAULT) and the cap on the counted total (APP_LIMIT_COUNT).
const DEFAULT_LIMIT = 25;
const MAX_COUNT = 5000;

/** Any listable item: it has an `$id` and attribute values. */
export type Item = { $id: string };

/** The outcome of running queries over a list. */
export interface QueryResult<T extends Item> {
  /** Items matching the filters, counted the way Appwrite does (ignoring paging, capped at 5000). */
  total: number;
  /** The page of items, ordered and with `select` applied. */
  items: T[];
}

function invalidQuery(detail: string): never {
  return fail('general_query_invalid', `Invalid query: ${detail}`);
}

function valueFits(type: string, value: unknown): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'double':
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'datetime':
      return typeof value === 'string' && toAppwriteDate(value) !== undefined;
    case 'string':
      return typeof value === 'string';
    default:
      return true;
  }
}

// How many values a filter takes where it is not "one or more" (utopia-php/database 0.52's Filter).
const NEEDS_VALUES: Record<string, number | undefined> = {
  isNull: 0, isNotNull: 0, between: 2,
  notEqual: 1, lessThan: 1, lessThanEqual: 1, greaterThan: 1, greaterThanEqual: 1, search: 1, startsWith: 1, endsWith: 1,
};
const ARRAY_METHODS = /* @__PURE__ */ new Set(['contains', 'isNull', 'isNotNull']);

function checkFilter(query: ParsedQuery, schema: QuerySchema): void {
  if (query.method === 'and' || query.method === 'or') {
    for (const inner of query.values as ParsedQuery[]) checkFilter(inner, schema);
    return;
  }
  const attribute = schema.attributes.get(query.attribute);
  if (!attribute) invalidQuery(`Attribute not found in schema: ${query.attribute}`);
  // In utopia-php/database's words: the method with a capital first letter.
  const method = query.method.charAt(0).toUpperCase() + query.method.slice(1);
  const expected = NEEDS_VALUES[query.method];
  if (expected !== undefined && query.values.length !== expected) {
    invalidQuery(`${method} queries require exactly ${expected === 1 ? 'one value' : expected === 2 ? 'two values' : `${expected} values`}.`);
  }
  if (expected === undefined && query.values.length === 0) invalidQuery(`${method} queries require at least one value.`);
  if (attribute.array && !ARRAY_METHODS.has(query.method)) {
    invalidQuery(`Cannot query ${query.method} on attribute "${query.attribute}" because it is an array.`);
  }
  if (query.method === 'contains' && !attribute.array && attribute.type !== 'string') {
    invalidQuery(`Cannot query contains on attribute "${query.attribute}" because it is not an array or string.`);
  }
  if (query.method === 'search' && !schema.fulltext.has(query.attribute)) {
    invalidQuery(`Searching by attribute "${query.attribute}" requires a fulltext index.`);
  }
  const type = query.method === 'startsWith' || query.method === 'endsWith' || query.method === 'search' ? 'string' : attribute.type;
  for (const value of query.values) {
    if (!valueFits(type, value)) invalidQuery(`Query value is invalid for attribute "${query.attribute}"`);
  }
}

function normalize(value: unknown): unknown {
  // Datetimes compare as text once both sides are in the stored UTC form.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return toAppwriteDate(value) ?? value;
  return value;
}

function compare(a: unknown, b: unknown): number {
  // MariaDB puts NULL before everything in ascending order.
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  const left = normalize(a);
  const right = normalize(b);
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'boolean' && typeof right === 'boolean') return Number(left) - Number(right);
  const l = String(left);
  const r = String(right);
  return l < r ? -1 : l > r ? 1 : 0;
}

function matches(item: Item, query: ParsedQuery): boolean {
  if (query.method === 'and') return (query.values as ParsedQuery[]).every((inner) => matches(item, inner));
  if (query.method === 'or') return (query.values as ParsedQuery[]).some((inner) => matches(item, inner));
  const actual = (item as Record<string, unknown>)[query.attribute];
  const values = query.values;
  switch (query.method) {
    case 'equal':
      return values.some((value) => actual !== null && actual !== undefined && compare(actual, value) === 0);
    case 'notEqual':
      return actual !== null && actual !== undefined && values.every((value) => compare(actual, value) !== 0);
    case 'lessThan':
      return actual !== null && actual !== undefined && compare(actual, values[0]) < 0;
    case 'lessThanEqual':
      return actual !== null && actual !== undefined && compare(actual, values[0]) <= 0;
    case 'greaterThan':
      return actual !== null && actual !== undefined && compare(actual, values[0]) > 0;
    case 'greaterThanEqual':
      return actual !== null && actual !== undefined && compare(actual, values[0]) >= 0;
    case 'between':
      return actual !== null && actual !== undefined && compare(actual, values[0]) >= 0 && compare(actual, values[1]) <= 0;
    case 'isNull':
      return actual === null || actual === undefined;
    case 'isNotNull':
      return actual !== null && actual !== undefined;
    case 'startsWith':
      return typeof actual === 'string' && values.some((value) => actual.startsWith(value as string));
    case 'endsWith':
      return typeof actual === 'string' && values.some((value) => actual.endsWith(value as string));
    case 'contains':
      // Appwrite's database compares strings without regard to case (its default collation), for arrays and substrings alike.
      if (Array.isArray(actual)) return values.some((value) => actual.some((element) => sameIgnoringCase(element, value)));
      return typeof actual === 'string' && values.some((value) => actual.toLowerCase().includes(String(value).toLowerCase()));
    case 'search':
      return values.some((value) => matchSearch(String(value))(actual));
    default:
      return false;
  }
}

// utopia-php/database's Limit and Offset validators (0.52, used by Appwrite 1.5.11): any integer from
// 1 (limit) or 0 (offset) up to PHP_INT_MAX, in its own words; only the counted total is capped.
const PHP_INT_MAX = '9,223,372,036,854,775,807';

function pageNumber(query: ParsedQuery, name: 'limit' | 'offset'): number {
  const value = query.values[0];
  // Appwrite's offset check says "limit" here too.
  if (query.values.length !== 1 || typeof value !== 'number') invalidQuery('Invalid limit: Value must be a valid number');
  const lowest = name === 'limit' ? 1 : 0;
  if (!Number.isSafeInteger(value) || value < lowest) invalidQuery(`Invalid ${name}: Value must be a valid range between ${lowest} and ${PHP_INT_MAX}`);
  return value;
}

/**
 * Creates the page Appwrite would answer for a list request: filters, ordering, cursors,
 * offset, limit and select, plus the total.
 *
 * @param items Every item the caller may read, in creation order.
 * @param queries The parsed queries.
 * @param schema What the queries may reference.
 *
 * @returns The total and the page.
 */
export function runQueries<T extends Item>(items: readonly T[], queries: readonly ParsedQuery[], schema: QuerySchema): QueryResult<T> {
  const filters: ParsedQuery[] = [];
  const orders: Array<{ attribute: string; direction: 1 | -1 }> = [];
  let limit = DEFAULT_LIMIT;
  let offset = 0;
  let cursor: { id: string; after: boolean } | undefined;
  let select: string[] | undefined;

  for (const query of queries) {
    if (isFilterMethod(query.method)) {
      checkFilter(query, schema);
      filters.push(query);
      continue;
    }
    switch (query.method) {
      case 'limit':
        limit = pageNumber(query, 'limit');
        break;
      case 'offset':
        offset = pageNumber(query, 'offset');
        break;
      case 'orderAsc':
      case 'orderDesc':
        if (query.attribute !== '' && !schema.attributes.has(query.attribute)) {
          invalidQuery(`Attribute not found in schema: ${query.attribute}`);
        }
        orders.push({ attribute: query.attribute, direction: query.method === 'orderAsc' ? 1 : -1 });
        break;
      case 'cursorAfter':
      case 'cursorBefore': {
        const id = query.values[0];
        if (query.values.length !== 1 || typeof id !== 'string' || id === '') invalidQuery('Cursor must be a single ID.');
        if (cursor) invalidQuery('Only one cursor is allowed.');
        cursor = { id, after: query.method === 'cursorAfter' };
        break;
      }
      case 'select':
        for (const key of query.values) {
          if (typeof key !== 'string' || (key !== '*' && !key.startsWith('$') && !schema.attributes.has(key))) {
            invalidQuery(`Attribute not found in schema: ${String(key)}`);
          }
        }
        select = [...(select ?? []), ...(query.values as string[])];
        break;
    }
  }

  const position = new Map(items.map((item, index) => [item.$id, index]));
  const order = (a: T, b: T): number => {
    for (const { attribute, direction } of orders) {
      if (attribute === '') continue;
      const result = compare((a as Record<string, unknown>)[attribute], (b as Record<string, unknown>)[attribute]);
      if (result !== 0) return result * direction;
    }
    // Ties fall back to creation order, like Appwrite's internal sequence.
    const last = orders.at(-1)?.direction ?? 1;
    return ((position.get(a.$id) ?? 0) - (position.get(b.$id) ?? 0)) * last;
  };

  const filtered = items.filter((item) => filters.every((query) => matches(item, query)));
  const total = Math.min(filtered.length, MAX_COUNT);
  let ordered = [...filtered].sort(order);

  if (cursor) {
    const anchor = items.find((item) => item.$id === cursor.id);
    if (!anchor) fail('general_cursor_not_found', `${schema.cursorLabel} '${cursor.id}' for the 'cursor' value not found.`);
    if (cursor.after) {
      ordered = ordered.filter((item) => order(item, anchor) > 0);
    } else {
      // Appwrite pages backwards from the cursor, then restores the requested order.
      const before = ordered.filter((item) => order(item, anchor) < 0).reverse();
      ordered = before.slice(offset, offset + limit).reverse();
      return { total, items: ordered.map((item) => applySelect(item, select)) };
    }
  }
  const page = ordered.slice(offset, offset + limit);
  return { total, items: page.map((item) => applySelect(item, select)) };
}

function applySelect<T extends Item>(item: T, select: string[] | undefined): T {
  if (!select || select.includes('*')) return item;
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    // System fields stay so the answer still fits the response model.
    if (key.startsWith('$') || select.includes(key)) picked[key] = value;
  }
  return picked as T;
}

/**
 * Creates the `select` projection from parsed queries, for single-item reads.
 *
 * @param item The item.
 * @param queries The parsed queries (only `select` is used).
 * @param schema What the queries may reference.
 *
 * @returns The item with only the selected attributes (system fields always kept).
 */
export function selectOnly<T extends Item>(item: T, queries: readonly ParsedQuery[], schema: QuerySchema): T {
  let select: string[] | undefined;
  for (const query of queries) {
    if (query.method !== 'select') invalidQuery(`Only select queries are allowed here, got ${query.method}.`);
    for (const key of query.values) {
      if (typeof key !== 'string' || (key !== '*' && !key.startsWith('$') && !schema.attributes.has(key))) {
        invalidQuery(`Attribute not found in schema: ${String(key)}`);
      }
    }
    select = [...(select ?? []), ...(query.values as string[])];
  }
  return applySelect(item, select);
}

/**
 * Compares two values, strings without regard to case.
 *
 * @param a A value.
 * @param b Another value.
 *
 * @returns Whether they are equal.
 */
function sameIgnoringCase(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return compare(a, b) === 0;
}
