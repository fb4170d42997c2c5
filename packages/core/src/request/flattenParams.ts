/**
 * Flattens params into query-string pairs the way Appwrite reads them:
 * arrays as `queries[0]=…`, nested objects as `a[b]=…`, `undefined` and `null` left out.
 *
 * @param value The value to flatten.
 * @param prefix The key of the value.
 * @param out The pairs collected so far.
 *
 * @returns The pairs.
 *
 * @internal
 */
export function _flattenParams(value: unknown, prefix: string, out: [string, string][] = []): [string, string][] {
  if (value === undefined || value === null) return out;
  if (Array.isArray(value)) {
    value.forEach((item, index) => _flattenParams(item, `${prefix}[${index}]`, out));
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) _flattenParams(item, prefix ? `${prefix}[${key}]` : key, out);
  } else {
    out.push([prefix, value instanceof Date ? value.toISOString() : String(value)]);
  }
  return out;
}
