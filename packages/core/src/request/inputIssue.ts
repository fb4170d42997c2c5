import type { BaseIssue } from 'valibot';

/**
 * Creates a valibot-shaped issue for input that the transport itself refuses
 * (a path segment or a header value), so it reads like any other validation issue.
 *
 * @param key The param or header name.
 * @param expected What was expected.
 * @param message The message, without the value when it may be a secret.
 * @param input The value to show, or `'[redacted]'`.
 *
 * @returns The issue.
 *
 * @internal
 */
export function _inputIssue(key: string, expected: string, message: string, input: unknown): BaseIssue<unknown> {
  return {
    kind: 'validation',
    type: 'check',
    input,
    expected,
    received: typeof input === 'string' ? JSON.stringify(input) : String(input),
    message,
    path: [{ type: 'object', origin: 'value', input: undefined, key, value: input }],
  } as unknown as BaseIssue<unknown>;
}
