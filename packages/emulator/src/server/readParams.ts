import type { Context } from 'hono';
import qs from 'qs';
import { fail } from '../errors/AppwriteException.ts';
import { JsonInputError, MAX_JSON_DEPTH, parseClientJson } from '../util/parseJson.ts';

// Appwrite takes at most 100 items in an array parameter (APP_LIMIT_ARRAY_PARAMS_SIZE); PHP reads
// at most 1000 input variables (max_input_vars). Nested keys (`a[b][c]`) go five levels deep.
const MAX_ARRAY_ITEMS = 100;
const MAX_FIELDS = 1000;
const MAX_KEY_DEPTH = 5;

// Keys that would reach an object's prototype when used as a property name.
const FORBIDDEN_KEYS = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Tells whether a parameter name, or any bracketed part of it (`a[__proto__]`), could reach
 * a prototype when used as a property name.
 *
 * @param name The parameter name as sent.
 *
 * @returns Whether the name is refused.
 */
export function isForbiddenKey(name: string): boolean {
  return name.split(/[[\]]+/).some((part) => FORBIDDEN_KEYS.has(part));
}

/**
 * Reads a query string the way Appwrite (PHP) does: `queries[0]=a&queries[1]=b` and
 * `queries[]=a` become arrays, `prefs[x]=1` becomes an object; repeated plain keys keep the last value.
 * The result and every object in it have no prototype; names that reach a prototype
 * (`__proto__`, `constructor`, `prototype`), arrays longer than 100 items or indexes past 99,
 * more than 1000 fields and keys nested deeper than five levels are refused with
 * 400 `general_argument_invalid`.
 *
 * @param search The URL search part (with or without `?`), or its parsed form.
 *
 * @returns The parameters.
 */
export function readQuery(search: URLSearchParams | string): Record<string, unknown> {
  const text = typeof search === 'string' ? search.replace(/^\?/, '') : search.toString();
  if (text === '') return Object.create(null) as Record<string, unknown>;
  for (const [name] of new URLSearchParams(text)) {
    if (isForbiddenKey(name)) fail('general_argument_invalid', `Invalid param name \`${name}\`: it may not name a prototype.`);
  }
  try {
    return qs.parse(text, {
      plainObjects: true,
      allowPrototypes: false,
      // With the limit at 100, qs takes indexes 0-99 and up to 100 pushed items, and throws past that.
      arrayLimit: MAX_ARRAY_ITEMS,
      parameterLimit: MAX_FIELDS,
      depth: MAX_KEY_DEPTH,
      strictDepth: true,
      throwOnLimitExceeded: true,
      duplicates: 'last',
    }) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof RangeError) {
      fail('general_argument_invalid', `Invalid query string: at most ${MAX_ARRAY_ITEMS} items per array, ${MAX_FIELDS} fields and ${MAX_KEY_DEPTH} levels of brackets are allowed.`);
    }
    throw error;
  }
}

/**
 * Creates the parameters of a multipart or urlencoded form: field names stay as sent
 * (`permissions[]`, `permissions[0]`), a repeated name or one ending in `[]` becomes an array.
 * The result has no prototype, and names that could reach one are refused.
 *
 * @param form The parsed form.
 *
 * @returns The parameters.
 */
function readForm(form: FormData): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  let fields = 0;
  for (const [name, value] of form) {
    if (++fields > MAX_FIELDS) fail('general_argument_invalid', `A form may carry at most ${MAX_FIELDS} fields.`);
    if (isForbiddenKey(name)) fail('general_argument_invalid', `Invalid param name \`${name}\`: it may not name a prototype.`);
    const existing = out[name];
    if (Array.isArray(existing)) {
      if (existing.length >= MAX_ARRAY_ITEMS) fail('general_argument_invalid', `Invalid \`${name}\` param: at most ${MAX_ARRAY_ITEMS} items are allowed.`);
      existing.push(value);
    } else if (existing !== undefined) out[name] = [existing, value];
    else out[name] = name.endsWith('[]') ? [value] : value;
  }
  return out;
}

/**
 * Reads all parameters of a request: query, then JSON or form body, then path params on top.
 * The result has no prototype. JSON bodies nested deeper than 512 levels, or holding a
 * `__proto__` key, are refused with 400 `general_argument_invalid`; a form body that cannot be
 * parsed (no boundary, cut short) with 400 `general_bad_request`.
 *
 * @param c The Hono context.
 * @param readBody Whether to read the body (false for handlers that stream it themselves).
 *
 * @returns The merged parameters.
 */
export async function readParams(c: Context, readBody: boolean): Promise<Record<string, unknown>> {
  const url = c.req.url;
  const queryStart = url.indexOf('?');
  const params = readQuery(queryStart < 0 ? '' : url.slice(queryStart + 1).replace(/#.*$/, ''));
  if (readBody && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (type.includes('application/json')) {
      const text = await c.req.text();
      if (text.trim()) {
        let body: unknown;
        try {
          body = parseClientJson(text);
        } catch (error) {
          if (!(error instanceof JsonInputError)) throw error;
          if (error.reason === 'depth') fail('general_argument_invalid', `The JSON body may nest at most ${MAX_JSON_DEPTH} levels deep.`);
          if (error.reason === 'key') fail('general_argument_invalid', 'The JSON body may not hold a `__proto__` key.');
          // Appwrite answers a broken JSON body like a missing one; validation then names the field.
        }
        if (typeof body === 'object' && body !== null && !Array.isArray(body)) Object.assign(params, body);
      }
    } else if (type.includes('multipart/form-data') || type.includes('application/x-www-form-urlencoded')) {
      let form: FormData;
      try {
        form = await c.req.raw.formData();
      } catch {
        return fail('general_bad_request', 'The form body could not be read: check its boundary and that it is complete.');
      }
      Object.assign(params, readForm(form));
    }
  }
  Object.assign(params, c.req.param());
  return params;
}
