import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema, toFieldName } from './buildSchema.ts';

describe('buildSchema', () => {
  const calls: Array<[string, Record<string, unknown>]> = [];
  const schema = buildSchema(async (operation, args) => {
    calls.push([operation.id, args]);
    if (operation.id === 'databasesGetDocument') return { $id: 'd1', $collectionId: 'c', $databaseId: 'db', $createdAt: 'x', $updatedAt: 'x', $permissions: [], title: 'Hi' };
    return null;
  });

  it('puts GET operations under Query and the rest under Mutation', () => {
    const query = schema.getQueryType()?.getFields() ?? {};
    const mutation = schema.getMutationType()?.getFields() ?? {};
    expect(Object.keys(query)).toEqual(expect.arrayContaining(['accountGet', 'databasesListDocuments', 'storageListFiles', 'functionsListExecutions', 'localeListCountries']));
    expect(Object.keys(mutation)).toEqual(expect.arrayContaining(['accountCreate', 'databasesCreateDocument', 'functionsCreateExecution', 'teamsCreate']));
    // Bytes (avatars, downloads) and multipart uploads stay REST-only.
    expect(query.avatarsGetQR).toBeUndefined();
    expect(mutation.storageCreateFile).toBeUndefined();
    expect(String(query.databasesGetDocument?.args.find((arg) => arg.name === 'databaseId')?.type)).toBe('String!');
  });

  it('renames $ fields and packs free-form attributes into data', async () => {
    const result = await graphql({ schema, source: '{ databasesGetDocument(databaseId: "db", collectionId: "c", documentId: "d1") { _id data } }' });
    expect(result).toEqual({ data: { databasesGetDocument: { _id: 'd1', data: '{"title":"Hi"}' } } });
    expect(calls[0]).toEqual(['databasesGetDocument', { databaseId: 'db', collectionId: 'c', documentId: 'd1' }]);
    expect(toFieldName('$createdAt')).toBe('_createdAt');
  });

  it('answers empty results with a status', async () => {
    const result = await graphql({ schema, source: 'mutation { accountDeleteSessions { status } }' });
    expect(result).toEqual({ data: { accountDeleteSessions: { status: true } } });
  });
});
