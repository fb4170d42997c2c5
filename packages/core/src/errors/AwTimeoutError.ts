import { AwError, _brand } from './AwError.ts';
import { _hasErrorKind } from './brand.ts';

/**
 * Error thrown when an attempt took longer than its timeout and no retry was left.
 */
export class AwTimeoutError extends AwError {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return _hasErrorKind(value, 'AwTimeoutError');
  }

  /** The HTTP method of the request. */
  readonly method: string;
  /** The request path, relative to the endpoint. */
  readonly path: string;
  /** The per-attempt timeout that elapsed, in milliseconds. */
  readonly timeout: number;

  constructor(method: string, path: string, timeout: number) {
    super(`[${method} ${path}] timed out after ${timeout} ms`);
    _brand(this, 'AwTimeoutError');
    this.method = method;
    this.path = path;
    this.timeout = timeout;
  }
}
