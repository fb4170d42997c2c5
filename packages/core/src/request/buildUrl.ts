import type { Client } from '../client/types.ts';
import { _splitParams, _validateParams, _withQuery } from './request.ts';
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
export function buildUrl(client: Client, operation: Operation, params: Readonly<Record<string, unknown>> = {}): string {
  _validateParams(operation, params);
  const split = _splitParams(operation, params);
  return _withQuery(client.endpoint + split.path, [...split.query, ['project', client.project]]);
}
