import type { BaseIssue } from 'valibot';

// Fields whose values must never reach an error message or a log.
const SECRET_KEY = /password|secret|otp|jwt|session|token|cookie/i;

/**
 * Strips the offending values from validation issues where they could be secrets,
 * keeping the path, expectation and rule.
 *
 * @internal
 */
export function _sanitizeIssues(issues: readonly BaseIssue<unknown>[]): BaseIssue<unknown>[] {
  return issues.map((issue) => {
    const secret = issue.path?.some((item) => SECRET_KEY.test(String(item.key))) ?? false;
    const path = issue.path?.map(({ type, origin, key }) => ({ type, origin, key, input: undefined, value: undefined }));
    return {
      ...issue,
      input: secret ? '[redacted]' : issue.input,
      received: secret ? '[redacted]' : issue.received,
      message: secret ? issue.message.replace(issue.received, '[redacted]') : issue.message,
      path: path as BaseIssue<unknown>['path'],
      issues: issue.issues && (_sanitizeIssues(issue.issues) as BaseIssue<unknown>['issues']),
    } as BaseIssue<unknown>;
  });
}
