/**
 * Builds a request body from the params that are neither path nor query values.
 *
 * JSON by default; `multipart/form-data` when asked, with arrays as repeated `key[]` parts,
 * `Blob`s as file parts and objects as JSON strings, which is how Appwrite reads forms.
 *
 * @param params The body params (`undefined` values are left out).
 * @param multipart Whether to build a form.
 *
 * @returns The body, and its content type when one must be set.
 *
 * @internal
 */
export function _buildBody(
  params: Record<string, unknown>,
  multipart: boolean,
): { body: string | FormData | undefined; contentType: string | undefined } {
  const entries = Object.entries(params).filter(([, value]) => value !== undefined);
  if (!multipart) {
    return entries.length === 0
      ? { body: undefined, contentType: undefined }
      : { body: JSON.stringify(Object.fromEntries(entries)), contentType: 'application/json' };
  }
  const form = new FormData();
  const append = (key: string, value: unknown): void => {
    if (value instanceof Blob) form.append(key, value, (value as File).name ?? 'blob');
    else if (typeof value === 'object' && value !== null) form.append(key, JSON.stringify(value));
    else form.append(key, String(value));
  };
  for (const [key, value] of entries) {
    if (Array.isArray(value)) for (const item of value) append(`${key}[]`, item);
    else append(key, value);
  }
  return { body: form, contentType: undefined };
}
