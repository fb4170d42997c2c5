import { fail } from '../../../errors/AppwriteException.ts';
import { parseClientJson } from '../../../util/parseJson.ts';

/** One parsed Appwrite 1.5 query. */
export interface ParsedQuery {
  /** The query method, e.g. `equal` or `orderAsc`. */
  method: string;
  /** The attribute it applies to (empty for limit, offset, cursors, and/or). */
  attribute: string;
  /** The values; for `and`/`or`, the nested parsed queries. */
  values: unknown[];
}

const FILTERS = /* @__PURE__ */ new Set([
  'equal', 'notEqual', 'lessThan', 'lessThanEqual', 'greaterThan', 'greaterThanEqual',
  'isNull', 'isNotNull', 'between', 'startsWith', 'endsWith', 'contains', 'search',
]);
const LOGICAL = /* @__PURE__ */ new Set(['and', 'or']);
const OTHER = /* @__PURE__ */ new Set(['select', 'orderAsc', 'orderDesc', 'limit', 'offset', 'cursorAfter', 'cursorBefore']);

// Appwrite's array parameters accept at most 100 items of at most 4096 characters
// (APP_LIMIT_ARRAY_PARAMS_SIZE, APP_LIMIT_ARRAY_ELEMENT_SIZE), and one query at most 100 values.
const MAX_QUERIES = 100;
const MAX_QUERY_LENGTH = 4096;
const MAX_VALUES = 100;

/**
 * Creates a check telling whether a query method filters documents.
 *
 * @param method The query method.
 *
 * @returns True for filters and logical groups.
 */
export function isFilterMethod(method: string): boolean {
  return FILTERS.has(method) || LOGICAL.has(method);
}

function invalidQuery(detail: string): never {
  return fail('general_query_invalid', `Invalid query: ${detail}`);
}

function fromJson(raw: unknown, nested: boolean): ParsedQuery {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) invalidQuery('Syntax error');
  const { method, attribute = '', values = [] } = raw as Record<string, unknown>;
  if (typeof method !== 'string' || !(FILTERS.has(method) || LOGICAL.has(method) || OTHER.has(method))) {
    invalidQuery(`Method not valid: ${String(method)}`);
  }
  if (typeof attribute !== 'string') invalidQuery('Attribute must be a string');
  if (!Array.isArray(values)) invalidQuery('Values must be an array');
  if (LOGICAL.has(method)) {
    if (values.length < 2) invalidQuery(`${method} queries require at least two queries`);
    const inner = values.map((value) => fromJson(value, true));
    for (const query of inner) if (!isFilterMethod(query.method)) invalidQuery(`${method} queries can only contain filter queries`);
    return { method, attribute: '', values: inner };
  }
  if (nested && !isFilterMethod(method)) invalidQuery(`${method} cannot be nested`);
  if (values.length > MAX_VALUES) {
    invalidQuery(`Query on attribute has greater than ${MAX_VALUES} values: ${String(attribute)}`);
  }
  return { method, attribute, values };
}

/**
 * Creates parsed queries from the JSON strings a client sent (`queries[]`).
 *
 * @param raw The query strings.
 *
 * @returns The parsed queries, in order.
 */
export function parseQueries(raw: readonly unknown[] | undefined): ParsedQuery[] {
  if (raw === undefined) return [];
  if (raw.length > MAX_QUERIES || raw.some((item) => typeof item === 'string' && item.length > MAX_QUERY_LENGTH)) {
    fail('general_argument_invalid', `Invalid \`queries\` param: send at most ${MAX_QUERIES} queries of at most ${MAX_QUERY_LENGTH} characters each.`);
  }
  return raw.map((item) => {
    if (typeof item !== 'string') invalidQuery('Syntax error');
    let json: unknown;
    try {
      json = parseClientJson(item, 16);
    } catch {
      invalidQuery('Syntax error');
    }
    return fromJson(json, false);
  });
}
