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
  for (const key in params) {
    const value = params[key];
    const many = Array.isArray(value);
    for (const item of many ? value : [value]) {
      // Appended without a file name: a File keeps its own, a Blob gets "blob", and the runtime
      // does not wrap the file in yet another File (each layer slows reading it back).
      // `JSON.stringify(null)` and `String(null)` agree, so `null` needs no case of its own.
      if (item !== undefined) form.append(many ? `${key}[]` : key, item instanceof Blob ? item : typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}
