import { AwValidationError } from '@aw/core';
import { safeParse, type BaseIssue, type GenericSchema, type InferInput } from 'valibot';

/**
 * Checks a document's data against a schema before it is sent, such as the `…DataSchema` or
 * `…PatchSchema` that `aw-typegen` writes for a collection, and returns it unchanged.
 *
 * A typed collection from `aw-typegen` (`BookCollection`) already has the document operations
 * check `data` this way. Use `documentData` for data built away from the call, or with calls that
 * pass plain IDs: a missing required attribute, an unknown key or a value that breaks its rule
 * throws before anything is sent, naming the field (`data.year`) and the rule, in the words the
 * server would use.
 *
 * @param schema The valibot schema of the data.
 * @param data The data.
 *
 * @returns The same data, typed as the schema's input.
 *
 * @throws {AwValidationError} When the data breaks the schema; its `issues` list every problem.
 *
 * @example
 * ```ts
 * import { BookDataSchema, BookSchema } from './generated/appwrite.ts';
 *
 * const book = await createDocument(
 *   client,
 *   { databaseId: 'library', collectionId: 'books', documentId: ID.unique(), data: documentData(BookDataSchema, { title: 'Kindred', author: 'Octavia E. Butler', year: 1979 }) },
 *   { schema: BookSchema },
 * );
 * ```
 */
export function documentData<TSchema extends GenericSchema>(schema: TSchema, data: InferInput<TSchema>): InferInput<TSchema> {
  const result = safeParse(schema, data);
  if (result.success) return data;
  // Each issue's path starts at the params, as for every other refused param.
  const issues = result.issues.map(
    (issue) =>
      ({
        ...issue,
        path: [{ type: 'object', origin: 'value', input: { data }, key: 'data', value: data }, ...(issue.path ?? [])],
      }) as BaseIssue<unknown>,
  );
  throw new AwValidationError('databases.documentData', 'params', issues);
}
