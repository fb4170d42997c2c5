import { AwError, _brand } from './AwError.ts';
import { _hasErrorKind } from './brand.ts';

/**
 * Error thrown when no HTTP response arrived: DNS failure, refused or reset connection.
 */
export class AwNetworkError extends AwError {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return _hasErrorKind(value, 'AwNetworkError');
  }

  /** The HTTP method of the failed request. */
  readonly method: string;
  /** The host that could not be reached. */
  readonly host: string;
  /** The request path, relative to the endpoint. */
  readonly path: string;

  constructor(method: string, host: string, path: string, cause: unknown) {
    const detail = cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : String(cause);
    super(`[${method} ${path}] could not reach ${host}: ${detail}`, { cause });
    _brand(this, 'AwNetworkError');
    this.method = method;
    this.host = host;
    this.path = path;
  }
}
