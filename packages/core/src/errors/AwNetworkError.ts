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
    super(`[${method} ${path}] could not reach ${host}: ${_innermostReason(cause)}`, { cause });
    _brand(this, 'AwNetworkError');
    this.method = method;
    this.host = host;
    this.path = path;
  }
}

// fetch reports "fetch failed" and hides the socket error (ECONNREFUSED, ENOTFOUND…) in its cause chain.
function _innermostReason(cause: unknown): string {
  let reason = String(cause);
  let current = cause;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (current.message) reason = current.message;
    else if (typeof code === 'string') reason = code;
    current = current.cause;
  }
  return reason;
}
