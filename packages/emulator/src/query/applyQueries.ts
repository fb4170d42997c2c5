import { fail } from '../errors/AppwriteException.ts';
import { parseClientJson } from '../util/parseJson.ts';

// Appwrite takes at most 100 queries per request (APP_LIMIT_ARRAY_PARAMS_SIZE).
const MAX_QUERIES = 100;

/** One parsed Appwrite 1.5 query: `{"method":"equal","attribute":"name","values":["x"]}`. */
export interface ParsedQuery {
  /** The method name. */
  method: string;
  /** The attribute it applies to, when any. */
  attribute?: string;
  /** The values. */
  values: unknown[];
}

/**
 * Creates parsed queries from the `queries` parameter (JSON strings).
 *
 * @param raw The parameter value.
 *
 * @returns The queries.
 */
export function parseQueries(raw: unknown): ParsedQuery[] {
  if (raw === undefined || raw === null || raw === '') return [];
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length > MAX_QUERIES) fail('general_argument_invalid', `Invalid \`queries\` param: Value must a valid array no longer than ${MAX_QUERIES} items`);
  return list.map((item) => {
    try {
      const parsed = (typeof item === 'string' ? parseClientJson(item, 16) : item) as ParsedQuery | null;
      if (typeof parsed !== 'object' || parsed === null || typeof parsed.method !== 'string') throw new Error('no method');
      if (parsed.values !== undefined && !Array.isArray(parsed.values)) throw new Error('values must be an array');
      return { method: parsed.method, ...(parsed.attribute ? { attribute: parsed.attribute } : {}), values: parsed.values ?? [] };
    } catch {
      return fail('general_query_invalid', `Invalid query: ${String(item)}`);
    }
  });
}

/**
 * Applies list queries to records the way Appwrite does for simple lists (teams,
 * memberships, identities, logs): filters, then order, then cursor, then offset/limit.
 *
 * @param records All records, oldest first.
 * @param raw The `queries` parameter.
 * @param allowed Attributes that may be filtered or ordered on.
 *
 * @returns The page and the total before paging.
 */
export function applyQueries<T extends { $id?: string }>(records: readonly T[], raw: unknown, allowed: readonly string[]): { items: T[]; total: number } {
  const queries = parseQueries(raw);
  let items = [...records];
  let limit = 25;
  let offset = 0;
  for (const query of queries) {
    const attribute = query.attribute;
    if (attribute !== undefined && !allowed.includes(attribute)) {
      fail('general_query_invalid', `Invalid query: Attribute not found in schema: ${attribute}`);
    }
    const get = (record: T): unknown => (record as Record<string, unknown>)[attribute ?? ''];
    switch (query.method) {
      case 'equal':
        items = items.filter((r) => query.values.some((v) => v === get(r)));
        break;
      case 'notEqual':
        items = items.filter((r) => query.values.every((v) => v !== get(r)));
        break;
      case 'search':
        items = items.filter((r) => String(get(r)).toLowerCase().includes(String(query.values[0] ?? '').toLowerCase()));
        break;
      case 'limit':
        limit = Number(query.values[0]);
        break;
      case 'offset':
        offset = Number(query.values[0]);
        break;
      default:
        break;
    }
  }
  for (const query of queries) {
    if (query.method !== 'orderAsc' && query.method !== 'orderDesc') continue;
    const key = query.attribute ?? '';
    const sign = query.method === 'orderAsc' ? 1 : -1;
    items.sort((a, b) => {
      const x = (a as Record<string, unknown>)[key] as string | number;
      const y = (b as Record<string, unknown>)[key] as string | number;
      return x < y ? -sign : x > y ? sign : 0;
    });
  }
  const total = items.length;
  for (const query of queries) {
    if (query.method !== 'cursorAfter' && query.method !== 'cursorBefore') continue;
    const index = items.findIndex((r) => r.$id === query.values[0]);
    if (index < 0) fail('general_cursor_not_found', `Cursor "${String(query.values[0])}" not found.`);
    items = query.method === 'cursorAfter' ? items.slice(index + 1) : items.slice(0, index);
  }
  return { items: items.slice(offset, offset + limit), total };
}
