/**
 * Flattens GET params into query-string keys the way Appwrite reads them: arrays as
 * `queries[0]=…`, nested objects as `a[b]=…`, `undefined` and `null` left out. The generator
 * references it only from GET operations with list or object params.
 *
 * @param value The value to flatten.
 * @param prefix The key of the value.
 * @param out The keys collected so far.
 *
 * @returns The flat keys and their string values.
 *
 * @internal
 */
export function _flattenParams(value: unknown, prefix: string = '', out: Record<string, string> = {}): Record<string, string> {
  if (value === undefined || value === null) return out;
  if (value instanceof Date) out[prefix] = value.toISOString();
  else if (typeof value !== 'object') out[prefix] = String(value);
  else for (const [key, item] of Object.entries(value)) _flattenParams(item, prefix ? `${prefix}[${key}]` : key, out);
  return out;
}
