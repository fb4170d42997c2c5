/**
 * Brand shared by every error class of every installed copy of `@aw/core`.
 *
 * `Symbol.for` returns the same symbol across module copies, so `instanceof`
 * keeps working when an app ends up with two versions of core.
 *
 * @internal
 */
export const ERROR_BRAND: unique symbol = Symbol.for('@aw/core/error') as never;

/**
 * Returns whether the value carries the error brand with the given kind.
 *
 * @internal
 */
export function _hasErrorKind(value: unknown, kind: string): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [ERROR_BRAND]?: readonly string[] })[ERROR_BRAND]?.includes(kind) === true
  );
}
