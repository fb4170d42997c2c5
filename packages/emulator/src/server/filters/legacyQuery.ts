import { fail } from '../../errors/AppwriteException.ts';

/** A query as Appwrite 1.5 reads it (`{"method":"equal","attribute":"name","values":["x"]}`). */
export interface JsonQuery {
  /** The method. */
  method: string;
  /** The attribute; left out when empty, as Appwrite's converter leaves it out. */
  attribute?: string;
  /** The values; left out when there are none. */
  values?: unknown[];
}

// Methods whose first argument is an attribute and whose second holds the values (one or an array).
const ATTRIBUTE_AND_VALUES = new Set([
  'equal', 'notEqual', 'lessThan', 'lessThanEqual', 'greaterThan', 'greaterThanEqual',
  'contains', 'search', 'isNull', 'isNotNull', 'startsWith', 'endsWith',
]);
const SINGLE_VALUE = new Set(['limit', 'offset', 'cursorAfter', 'cursorBefore']);
// Characters a backslash escapes to themselves; before any other character the backslash is kept.
const ESCAPABLE = new Set([',', '[', ']', '"', "'"]);
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Converts a query in the text syntax of Appwrite 1.4 and older SDKs (`equal("name", ["Ada"])`,
 * `orderDesc("")`, `limit(25)`) into the JSON syntax of 1.5, reading it as Appwrite 1.5's request
 * filter for 1.4 clients does: arguments are split on commas outside quotes and brackets, spaces
 * outside quotes are dropped, `true`/`false`/`null`/numbers become values of their type, quoted
 * text loses its quotes, and anything else is kept as written.
 *
 * @param text The 1.4 query.
 *
 * @returns The 1.5 query, as JSON text.
 *
 * @throws AppwriteException 400 `general_query_invalid` when it cannot be read.
 */
export function convertLegacyQuery(text: string): string {
  const open = text.indexOf('(');
  if (open === -1) invalid(text);
  const method = text.slice(0, open);
  // The dotted syntax of Appwrite 1.2 and older (`name.equal(...)`) is not read.
  if (method.includes('.')) invalid(text);
  const args = splitArguments(text.slice(open + 1, -1)).map((arg) => (Array.isArray(arg) ? arg.map(readValue) : readValue(arg)));
  return JSON.stringify(toJsonQuery(method, args, text));
}

/**
 * Builds the 1.5 query from a method and its read arguments.
 *
 * @param method The method.
 * @param args The arguments.
 * @param text The original query, for the error.
 *
 * @returns The query.
 */
function toJsonQuery(method: string, args: unknown[], text: string): JsonQuery {
  const query: JsonQuery = { method };
  if (ATTRIBUTE_AND_VALUES.has(method)) {
    setAttribute(query, args[0]);
    if (args.length >= 2) query.values = Array.isArray(args[1]) ? args[1] : [args[1]];
  } else if (method === 'between') {
    setAttribute(query, args[0]);
    query.values = [args[1] ?? null, args[2] ?? null];
  } else if (method === 'select') {
    if (!Array.isArray(args[0])) invalid(text);
    query.values = args[0];
  } else if (method === 'orderAsc' || method === 'orderDesc') {
    setAttribute(query, args[0]);
  } else if (SINGLE_VALUE.has(method) && args.length > 0) {
    query.values = [args[0]];
  }
  if (query.values && query.values.length === 0) delete query.values;
  return query;
}

/**
 * Sets a query's attribute unless it is empty (an empty one is left out of the JSON).
 *
 * @param query The query.
 * @param value The first argument.
 */
function setAttribute(query: JsonQuery, value: unknown): void {
  if (value === undefined || value === null || value === false) return;
  const attribute = String(value);
  // Appwrite drops empty entries the PHP way, where the text "0" counts as empty too.
  if (attribute !== '' && attribute !== '0') query.attribute = attribute;
}

/**
 * Splits the text between a query's parentheses into arguments: plain arguments as their raw
 * text (quotes kept), bracketed ones as arrays of raw texts.
 *
 * @param body The argument text.
 *
 * @returns The raw arguments.
 */
function splitArguments(body: string): Array<string | string[]> {
  const args: Array<string | string[]> = [];
  let current = '';
  let array: string[] | undefined;
  let quote: string | undefined;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '\\') {
      const next = body[i + 1] ?? '';
      current += ESCAPABLE.has(next) ? next : char + next;
      i++;
      continue;
    }
    if (quote) {
      current += char;
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      current += char;
    } else if (char === '[') {
      array = [];
    } else if (char === ']') {
      if (current !== '') (array ??= []).push(current);
      args.push(array ?? []);
      array = undefined;
      current = '';
    } else if (char === ',') {
      if (array) array.push(current);
      else if (current !== '') args.push(current);
      current = '';
    } else if (char !== ' ') {
      current += char;
    }
  }
  if (current !== '') args.push(current);
  return args;
}

/**
 * Reads one raw argument as a value.
 *
 * @param raw The raw text.
 *
 * @returns A boolean, null, number or string.
 */
function readValue(raw: string): unknown {
  const value = raw.trim();
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'null') return null;
  if (NUMERIC.test(value)) return Number(value);
  if (value.startsWith('"') || value.startsWith("'")) return value.slice(1, -1);
  return value;
}

/**
 * Refuses a query that cannot be read.
 *
 * @param text The query.
 *
 * @returns Never.
 */
function invalid(text: string): never {
  return fail('general_query_invalid', `Invalid query: ${text}`);
}
