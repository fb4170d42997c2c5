/**
 * Returns the count when Appwrite 1.5 would take it for `limit` or `offset` (an integer, at least
 * `min`), and throws otherwise: the server refuses the same value, but only after a round trip and
 * without naming the builder.
 *
 * @internal
 */
export function _count(builder: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`Query.${builder}(${value}): expected an integer of at least ${min}`);
  return value;
}

/**
 * Returns the ID when it can name a document (a non-empty string), and throws otherwise.
 *
 * @internal
 */
export function _cursorId(builder: string, value: string): string {
  if (!value || typeof value != 'string') throw new RangeError(`Query.${builder}(${JSON.stringify(value)}): expected a document ID`);
  return value;
}
