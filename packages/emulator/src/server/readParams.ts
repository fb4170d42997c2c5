import type { Context } from 'hono';

/**
 * Reads a query string the way Appwrite (PHP) does: `queries[0]=a&queries[1]=b` and
 * `queries[]=a` become arrays, `prefs[x]=1` becomes an object; repeated plain keys keep the last value.
 *
 * @param search The URL search part.
 *
 * @returns The parameters.
 */
export function readQuery(search: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of search) {
    const match = /^([^[\]]+)\[([^\]]*)\]$/.exec(rawKey);
    if (!match) {
      out[rawKey] = value;
      continue;
    }
    const [, key, index] = match as unknown as [string, string, string];
    if (index === '' || /^\d+$/.test(index)) {
      const list = Array.isArray(out[key]) ? (out[key] as unknown[]) : [];
      if (index === '') list.push(value);
      else list[Number(index)] = value;
      out[key] = list;
    } else {
      const record = typeof out[key] === 'object' && out[key] !== null && !Array.isArray(out[key]) ? (out[key] as Record<string, unknown>) : {};
      record[index] = value;
      out[key] = record;
    }
  }
  for (const value of Object.values(out)) if (Array.isArray(value)) value.splice(0, value.length, ...value.filter((v) => v !== undefined));
  return out;
}

/**
 * Reads all parameters of a request: query, then JSON or form body, then path params on top.
 *
 * @param c The Hono context.
 * @param readBody Whether to read the body (false for handlers that stream it themselves).
 *
 * @returns The merged parameters.
 */
export async function readParams(c: Context, readBody: boolean): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = readQuery(new URL(c.req.url).searchParams);
  if (readBody && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
    const type = c.req.header('content-type') ?? '';
    if (type.includes('application/json')) {
      const text = await c.req.text();
      if (text.trim()) {
        try {
          Object.assign(params, JSON.parse(text) as Record<string, unknown>);
        } catch {
          // Appwrite answers a broken JSON body like a missing one; validation then names the field.
        }
      }
    } else if (type.includes('multipart/form-data') || type.includes('application/x-www-form-urlencoded')) {
      Object.assign(params, await c.req.parseBody({ all: true }));
    }
  }
  Object.assign(params, c.req.param());
  return params;
}
