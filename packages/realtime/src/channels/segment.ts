/**
 * Checks one ID before it becomes part of a channel name. A dot would shift every later part of
 * the name, so the channel would silently match nothing (or something else).
 *
 * @param value The ID.
 * @param name The parameter name, for the error message.
 *
 * @returns The ID.
 *
 * @internal
 */
// @__NO_SIDE_EFFECTS__
export function _segment(value: string | undefined, name: string): string {
  if (typeof value !== 'string' || value === '' || value.includes('.')) {
    throw new TypeError(`${name} must be a non-empty ID without dots, got ${JSON.stringify(value)}`);
  }
  return value;
}
