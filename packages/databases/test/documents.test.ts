import { AwValidationError, createClient, type Client } from '@aw/core';
import * as v from 'valibot';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDocumentById, listUserDocuments } from '../src/index.ts';
import { startTestServer, type TestServer } from '@aw/test-server';

const document = {
  $id: 'todo-1',
  $collectionId: 'todos',
  $databaseId: 'main',
  $createdAt: '2024-05-01T10:00:00.000+00:00',
  $updatedAt: '2024-05-01T10:00:00.000+00:00',
  $permissions: [],
  title: 'Write tests',
  done: false,
};

let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startTestServer();
  client = createClient({ endpoint: `${server.url}/v1`, project: 'p', retry: 0 });
});
beforeEach(() => server.reset());
afterAll(() => server.close());

describe('document schemas', () => {
  // A loose schema keeps Appwrite's system fields next to the user's own.
  const TodoSchema = v.looseObject({ title: v.string(), done: v.boolean() });

  it('validates each listed document with the schema and keeps the list total', async () => {
    server.reply({ status: 200, json: { total: 1, documents: [document] } });
    const list = await listUserDocuments(client, { databaseId: 'main', collectionId: 'todos' }, { schema: TodoSchema });
    expect(list.total).toBe(1);
    expect(list.documents[0]?.title).toBe('Write tests');
    expect(list.documents[0]?.$id).toBe('todo-1');
  });

  it('rejects a document whose fields do not match the schema', async () => {
    server.reply({ status: 200, json: { ...document, done: 'no' } });
    const error = await getDocumentById(client, { databaseId: 'main', collectionId: 'todos', documentId: 'todo-1' }, { schema: TodoSchema }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AwValidationError);
    expect((error as AwValidationError).target).toBe('response');
  });

  it('returns the document untouched without a schema', async () => {
    server.reply({ status: 200, json: document });
    expect(await getDocumentById(client, { databaseId: 'main', collectionId: 'todos', documentId: 'todo-1' })).toEqual(document);
  });
});
