import type { BaseIssue } from 'valibot';
import { AwError, _brand } from './AwError.ts';
import { _hasErrorKind } from './brand.ts';

/**
 * Error thrown when operation input (or, when enabled, a response) fails validation.
 *
 * Nothing was sent when the input failed.
 */
export class AwValidationError extends AwError {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return _hasErrorKind(value, 'AwValidationError');
  }

  /** What failed validation: the caller's params or headers, or the server's response. */
  readonly target: 'params' | 'headers' | 'response';
  /** The operation that was called, such as `account.createEmailPasswordSession`. */
  readonly operation: string;
  /** The valibot issues, each with its path, expectation and received value. */
  readonly issues: readonly BaseIssue<unknown>[];

  constructor(operation: string, target: 'params' | 'headers' | 'response', issues: readonly BaseIssue<unknown>[]) {
    const first = issues[0];
    const field = first?.path?.map((item) => String(item.key)).join('.') ?? '';
    super(
      `${operation}: invalid ${target}${field ? ` at "${field}"` : ''}: ${first?.message ?? 'unknown issue'}` +
        (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
    );
    _brand(this, 'AwValidationError');
    this.target = target;
    this.operation = operation;
    this.issues = issues;
  }
}
