import type { GenericSchema } from 'valibot';
import { _check } from './request.ts';

/**
 * Validates the user's own fields of one document, or of each document of a list, with the
 * caller's `options.schema`. The generator references it only from the document operations.
 *
 * A strict `v.object` drops keys it does not name, so the system fields (`$id`, `$permissions`…)
 * are kept from the document and the schema's output is laid over them.
 *
 * @param schema The caller's schema for the document fields.
 * @param body The response body.
 * @param operation The operation's label (method and path), for the error message.
 *
 * @returns The body with each document validated.
 *
 * @internal
 */
export function _validateDocuments(schema: GenericSchema, body: unknown, operation: string): unknown {
  const parse = (document: unknown): unknown => ({ ...(document as object), ...(_check(schema, document, operation, 'response') as object) });
  const list = body as { documents?: unknown[] };
  return Array.isArray(list.documents) ? { ...list, documents: list.documents.map(parse) } : parse(body);
}
