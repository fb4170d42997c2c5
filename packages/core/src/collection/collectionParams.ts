import { safeParse, type BaseIssue } from 'valibot';
import { AwValidationError } from '../errors/errors.ts';
import type { HttpMethod } from '../request/types.ts';
import type { CollectionSchemas } from './types.ts';

/**
 * Takes a typed collection's `'~schemas'` out of a document operation's params, so that it is
 * never sent, and checks `data` with its `data` schema when creating (POST) or its `patch`
 * schema when updating (PATCH). The generator references it only from the document operations.
 *
 * Params without `'~schemas'` come back as they are.
 *
 * @param params The operation's params.
 * @param method The operation's method: `POST` checks create data, `PATCH` update data.
 * @param operation The operation's label (method and path), for the error message.
 *
 * @returns The params without `'~schemas'`.
 *
 * @throws {AwValidationError} When `data` breaks the schema; its issues list every problem, with paths starting at `data`.
 *
 * @internal
 */
export function _collectionParams(params: Record<string, unknown>, method: HttpMethod, operation: string): Record<string, unknown> {
  if (params['~schemas'] === undefined) return params;
  const { '~schemas': schemas, ...rest } = params;
  const schema = (schemas as CollectionSchemas)[method === 'POST' ? 'data' : method === 'PATCH' ? 'patch' : ('' as never)];
  if (schema && rest.data !== undefined) {
    const result = safeParse(schema, rest.data);
    if (!result.success) {
      // Paths start at the params, as for every other refused param (the error keeps only each item's key).
      throw new AwValidationError(operation, 'params', result.issues.map((issue) => ({ ...issue, path: [{ key: 'data' }, ...(issue.path ?? [])] }) as unknown as BaseIssue<unknown>));
    }
  }
  return rest;
}
