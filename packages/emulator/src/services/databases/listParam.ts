import { fail } from '../../errors/AppwriteException.ts';
import { parseClientJson } from '../../util/parseJson.ts';

// Appwrite takes at most 100 items in an array parameter (APP_LIMIT_ARRAY_PARAMS_SIZE).
const MAX_ITEMS = 100;

/**
 * Creates a list from an array parameter however it arrived: a JSON array, PHP-style
 * `x[]`/`x[0]` fields, a JSON string of an array, or a single value.
 *
 * @param params The request parameters.
 * @param name The parameter name (`queries`, `permissions`).
 *
 * @returns The list, or undefined when the parameter is absent.
 */
export function listParam(params: Record<string, unknown>, name: string): unknown[] | undefined {
  const value = params[name] ?? params[`${name}[]`] ?? indexedFields(params, name);
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return capped(value, name);
  if (typeof value === 'string') {
    const text = value.trim();
    // Multipart clients may send the whole list as one JSON field.
    if (text.startsWith('[')) {
      let parsed: unknown;
      try {
        parsed = parseClientJson(text);
      } catch {
        // Not JSON: treat as a single item below.
      }
      if (Array.isArray(parsed)) return capped(parsed, name);
    }
  }
  return [value];
}

function capped(list: unknown[], name: string): unknown[] {
  if (list.length > MAX_ITEMS) fail('general_argument_invalid', `Invalid \`${name}\` param: Value must a valid array no longer than ${MAX_ITEMS} items`);
  return list;
}

// Multipart bodies keep `name[0]`, `name[1]` as separate field names.
function indexedFields(params: Record<string, unknown>, name: string): unknown[] | undefined {
  const items: Array<[number, unknown]> = [];
  for (const [key, value] of Object.entries(params)) {
    const match = /^(.+)\[(\d{1,9})\]$/.exec(key);
    if (match && match[1] === name) items.push([Number(match[2]), value]);
  }
  if (items.length > MAX_ITEMS) capped(items, name);
  return items.length === 0 ? undefined : items.sort((a, b) => a[0] - b[0]).map(([, value]) => value);
}
