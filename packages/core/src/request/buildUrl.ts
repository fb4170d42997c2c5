import type { Client } from '../client/types.ts';
import { _fill } from './request.ts';
import type { Operation } from './types.ts';

/**
 * Builds the full URL of a GET operation, with every param and the project in the query
 * string, for use where no headers can be sent: `<img src>`, links, OAuth2 redirects.
 *
 * Params are validated first; invalid ones throw an `AwValidationError` synchronously.
 *
 * @param client The client.
 * @param operation The operation description.
 * @param params The operation params.
 *
 * @returns The URL.
 *
 * @internal
 */
// @__NO_SIDE_EFFECTS__
export function buildUrl(client: Client, operation: Operation, params: object = {}): string {
  const [path, rest] = _fill(operation, params as Record<string, unknown>);
  const query = new URLSearchParams();
  const values = operation.flat ? operation.flat(rest) : rest;
  for (const key in values) if (values[key] !== undefined) query.append(key, String(values[key]));
  query.append('project', client.project);
  return `${client.endpoint}${path}?${query}`;
}
