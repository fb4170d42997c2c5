import type { BaseIssue } from 'valibot';

// Fields whose values must never reach an error message or a log.
const SECRET_KEY = /password|secret|otp|jwt|session|token|cookie/i;

/**
 * Strips the offending values from validation issues where they could be secrets,
 * keeping the path, expectation and rule.
 *
 * @param issues The valibot issues.
 *
 * @returns Copies of the issues that are safe to log.
 *
 * @internal
 */
export function _sanitizeIssues(issues: readonly BaseIssue<unknown>[]): BaseIssue<unknown>[] {
  return issues.map((issue) => {
    const secret = issue.path?.some((item) => SECRET_KEY.test(String(item.key))) ?? false;
    // Path items hold the parent objects, which may hold secrets beside the failing field.
    const path = issue.path?.map(({ type, origin, key }) => ({ type, origin, key, input: undefined, value: undefined }));
    return {
      ...issue,
      input: secret ? '[redacted]' : _redact(issue.input, 0),
      received: secret ? '[redacted]' : issue.received,
      message: secret ? issue.message.replace(issue.received, '[redacted]') : issue.message,
      path: path as BaseIssue<unknown>['path'],
      issues: issue.issues && (_sanitizeIssues(issue.issues) as BaseIssue<unknown>['issues']),
    } as BaseIssue<unknown>;
  });
}

/**
 * Returns a copy of plain objects and arrays with the values of secret-looking keys replaced.
 *
 * @internal
 */
function _redact(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 8) return '[…]';
  if (Array.isArray(value)) return value.map((item) => _redact(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  // fromEntries defines own keys, so a `__proto__` key stays a plain key.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? '[redacted]' : _redact(item, depth + 1)]),
  );
}
