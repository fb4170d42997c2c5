/**
 * Builds a `multipart/form-data` body the way Appwrite reads forms: arrays as repeated `key[]`
 * parts, `Blob`s as file parts, objects as JSON strings, `undefined` left out. The generator
 * references it only from multipart operations (`createFile`).
 *
 * @param params The body params.
 *
 * @returns The form.
 *
 * @internal
 */
export function _formBody(params: Readonly<Record<string, unknown>>): FormData {
  const form = new FormData();
  const append = (key: string, value: unknown): void => {
    // Appended without a file name: a File keeps its own, a Blob gets "blob", and the runtime
    // does not wrap the file in yet another File (each layer slows reading it back).
    if (value instanceof Blob) form.append(key, value);
    else if (value !== undefined) form.append(key, typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));
  };
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) for (const item of value) append(`${key}[]`, item);
    else append(key, value);
  }
  return form;
}
