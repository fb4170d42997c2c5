/**
 * Creates a new ID on the client: a hex timestamp followed by random hex digits, the
 * shape Appwrite uses, so IDs sort by creation time. Knowing the ID before the request
 * lets a retried or resumed upload target the same file.
 *
 * @param padding How many random hex digits follow the timestamp. Defaults to 7.
 *
 * @returns The ID, 20 characters long with the default padding.
 */
export function unique(padding: number = 7): string {
  const now = Date.now();
  const timestamp = Math.floor(now / 1000).toString(16) + (now % 1000).toString(16).padStart(5, '0');
  const random = crypto.getRandomValues(new Uint8Array(padding));
  let suffix = '';
  for (const byte of random) suffix += (byte & 15).toString(16);
  return timestamp + suffix;
}

/**
 * Returns the given ID unchanged; it documents at the call site that the ID is chosen by the app.
 *
 * @param id The ID: at most 36 characters of a-z, A-Z, 0-9, period, hyphen and underscore, not starting with a special character.
 *
 * @returns The ID.
 */
// @__NO_SIDE_EFFECTS__
export function custom(id: string): string {
  return id;
}
