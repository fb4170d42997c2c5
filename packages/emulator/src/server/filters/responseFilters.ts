import { isOlderThan } from './responseFormat.ts';

type Model = Record<string, unknown>;

/**
 * Removes keys from a model (a copy), leaving the original untouched.
 *
 * @param keys The keys.
 *
 * @returns The rewrite.
 */
const without = (...keys: string[]) => (model: Model): Model => {
  const copy = { ...model };
  for (const key of keys) delete copy[key];
  return copy;
};

/**
 * Renames keys of a model (a copy), only those present.
 *
 * @param names Old name to new name.
 *
 * @returns The rewrite.
 */
const renamed = (names: Record<string, string>) => (model: Model): Model => {
  const copy = { ...model };
  for (const [from, to] of Object.entries(names)) {
    if (copy[from] === undefined || copy[from] === null) continue;
    copy[to] = copy[from];
    delete copy[from];
  }
  return copy;
};

/** A rewrite of one response model, and the list model that carries it. */
interface ModelRewrite {
  /** The format the rewrite is for: clients older than this get it. */
  before: string;
  /** The model name (as in the spec). */
  model: string;
  /** The list model and its items key, if any. */
  list?: [model: string, key: string];
  /** The rewrite. */
  rewrite: (model: Model) => Model;
}

// Appwrite 1.5's response rewrites that touch client API models, oldest first as it applies them.
const REWRITES: readonly ModelRewrite[] = [
  // 1.4 renamed the execution's fields; a 1.3 client reads the old names.
  { before: '1.4.0', model: 'execution', list: ['executionList', 'executions'], rewrite: renamed({ responseStatusCode: 'statusCode', responseBody: 'response', logs: 'stdout', errors: 'stderr' }) },
  // 1.5 added MFA and messaging targets; a 1.4 client does not know these keys.
  { before: '1.5.0', model: 'user', list: ['userList', 'users'], rewrite: without('targets', 'mfa') },
  { before: '1.5.0', model: 'membership', list: ['membershipList', 'memberships'], rewrite: without('mfa') },
  { before: '1.5.0', model: 'session', list: ['sessionList', 'sessions'], rewrite: without('factors', 'secret') },
  { before: '1.5.0', model: 'token', rewrite: without('phrase') },
];

/**
 * Tells whether any rewrite applies to a model for a client format, so a caller can skip
 * re-reading a body that would not change.
 *
 * @param model The response model name.
 * @param format The client's format, or undefined.
 *
 * @returns Whether `applyResponseFilters` may change it.
 */
export function hasResponseFilter(model: string | null, format: string | undefined): boolean {
  if (format === undefined || model === null) return false;
  return REWRITES.some((entry) => isOlderThan(format, entry.before) && (entry.model === model || entry.list?.[0] === model));
}

/**
 * Rewrites a response body from Appwrite 1.5's shape into the shape an older client expects,
 * as Appwrite 1.5 does by `X-Appwrite-Response-Format`: a 1.4 client gets no `mfa`/`targets` on
 * users, no `factors`/`secret` on sessions, no `phrase` on tokens, no `mfa` on memberships; a
 * 1.3 client also gets executions with their old field names.
 *
 * @param model The response model name.
 * @param body The body.
 * @param format The client's format, or undefined.
 *
 * @returns The body to send.
 */
export function applyResponseFilters(model: string | null, body: unknown, format: string | undefined): unknown {
  if (!hasResponseFilter(model, format) || typeof body !== 'object' || body === null) return body;
  let result = body as Model;
  for (const entry of REWRITES) {
    if (!isOlderThan(format, entry.before)) continue;
    if (entry.model === model) result = entry.rewrite(result);
    else if (entry.list?.[0] === model) {
      const key = entry.list[1];
      const items = result[key];
      if (Array.isArray(items)) result = { ...result, [key]: items.map((item) => (typeof item === 'object' && item !== null ? entry.rewrite(item as Model) : item)) };
    }
  }
  return result;
}
