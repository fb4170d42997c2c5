import { ERROR_BRAND, _hasErrorKind } from './brand.ts';

/**
 * Base class of every error the SDK throws.
 *
 * Fields are plain own properties (never getters) so loggers and
 * `structuredClone` keep them; `toJSON` adds `name`, `message` and `stack`.
 */
export class AwError extends Error {
  /** Kinds this error answers `instanceof` for, across copies of core. */
  declare readonly [ERROR_BRAND]: readonly string[];

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    Object.defineProperty(this, ERROR_BRAND, { value: ['AwError'], enumerable: false });
    this.name = 'AwError';
  }

  // Names are literal, not `this.name`: minifiers rename classes.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return _hasErrorKind(value, 'AwError');
  }

  /**
   * Returns every own field plus `name`, `message`, `stack` and a short `cause`, for loggers
   * and for `structuredClone`, which keeps only the message and stack of an `Error` itself.
   *
   * @returns A plain object.
   */
  toJSON(): Record<string, unknown> {
    const cause = this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : this.cause;
    return { ...(this as object), name: this.name, message: this.message, stack: this.stack, ...(cause === undefined ? {} : { cause }) };
  }
}

/**
 * Marks an error instance as one of the given kinds.
 *
 * @internal
 */
export function _brand(error: AwError, name: string): void {
  error.name = name;
  (error[ERROR_BRAND] as string[]).push(name);
}
