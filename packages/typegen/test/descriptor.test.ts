// Outgoing data through a typed collection descriptor, over real HTTP: bad data is refused before
// anything is sent, good data is sent, and the descriptor's `'~schemas'` never is.
import { AwValidationError, createClient, type Client } from '@aw/core';
import { createDocument, deleteDocumentById, getDocumentById, listUserDocuments, updateDocumentById } from '@aw/databases';
import { startTestServer, type TestServer } from '@aw/test-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RecipeCollection, type RecipeData } from './fixture/recipes.ts';

const recipe = {
  $id: 'r1',
  $collectionId: 'recipes',
  $databaseId: 'cookbook',
  $createdAt: '2024-05-01T10:00:00.000+00:00',
  $updatedAt: '2024-05-01T10:00:00.000+00:00',
  $permissions: [],
  title: 'Soup',
  minutes: 30,
  difficulty: 'easy',
  tags: null,
  publishedAt: null,
  vegetarian: false,
  rating: null,
  author: null,
};
const CREATE = 'POST /databases/{databaseId}/collections/{collectionId}/documents';
const UPDATE = 'PATCH /databases/{databaseId}/collections/{collectionId}/documents/{documentId}';

let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startTestServer();
  client = createClient({ endpoint: `${server.url}/v1`, project: 'p', retry: 0 });
});
beforeEach(() => {
  server.reset();
  server.reply({ status: 200, json: recipe });
});
afterAll(() => server.close());

async function refusal(call: () => Promise<unknown>): Promise<AwValidationError> {
  const error = await call().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AwValidationError);
  return error as AwValidationError;
}

describe('create data is checked with the collection data schema before sending', () => {
  // Each bad data breaks one rule of the recipes collection: [field, data, rule].
  const bad: [string, Record<string, unknown>, string][] = [
    ['difficulty', { title: 'x', difficulty: 'extreme' }, 'it must be one of: easy, medium, hard'],
    ['title', { difficulty: 'easy' }, 'it is required'],
    ['colour', { title: 'x', difficulty: 'easy', colour: 'red' }, 'it is not an attribute of this collection'],
    ['minutes', { title: 'x', difficulty: 'easy', minutes: 0 }, 'it must be an integer between 1 and 1440'],
    ['tags.1', { title: 'x', difficulty: 'easy', tags: ['ok', 'x'.repeat(21)] }, 'it must be a string of at most 20 characters'],
    ['publishedAt', { title: 'x', difficulty: 'easy', publishedAt: 'someday' }, 'it must be an ISO 8601 date'],
    ['vegetarian', { title: 'x', difficulty: 'easy', vegetarian: 'yes' }, 'it must be a boolean'],
    ['rating', { title: 'x', difficulty: 'easy', rating: 6 }, 'it must be a number between 0 and 5'],
  ];

  it.each(bad)('refuses %s when the descriptor is spread in, sending nothing', async (field, data, rule) => {
    const error = await refusal(() => createDocument(client, { ...RecipeCollection, documentId: 'unique()', data: data as unknown as RecipeData }));
    expect(error.message).toBe(`${CREATE}: invalid params at "data.${field}": ${rule}`);
    expect(error.target).toBe('params');
    expect(error.issues[0]?.path?.map((item) => item.key)).toEqual(['data', ...field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key))]);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses bad data in a params object built beforehand and passed as it is', async () => {
    const params = { ...RecipeCollection, documentId: 'r1', data: { title: 'x', difficulty: 'extreme' } as unknown as RecipeData };
    const error = await refusal(() => createDocument(client, params));
    expect(error.message).toBe(`${CREATE}: invalid params at "data.difficulty": it must be one of: easy, medium, hard`);
    expect(server.requests).toHaveLength(0);
  });

  it('sends good data as given, without the schemas', async () => {
    const data: RecipeData = { title: 'Soup', difficulty: 'easy', tags: ['winter'], author: 'a1' };
    const created = await createDocument(client, { ...RecipeCollection, documentId: 'r1', data });
    expect(created.title).toBe('Soup');
    const sent = server.only();
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe('/v1/databases/cookbook/collections/recipes/documents');
    // The defaults the schema would fill in stay the server's business.
    expect(sent.json()).toEqual({ documentId: 'r1', data });
    expect(sent.body.toString('utf8')).not.toContain('~');
  });
});

describe('update data is checked with the collection patch schema before sending', () => {
  it('refuses a value of the wrong type, sending nothing', async () => {
    const error = await refusal(() => updateDocumentById(client, { ...RecipeCollection, documentId: 'r1', data: { minutes: 'ten' } as never }));
    expect(error.message).toBe(`${UPDATE}: invalid params at "data.minutes": it must be an integer between 1 and 1440`);
    expect(server.requests).toHaveLength(0);
  });

  it('sends a good patch without the schemas, and a permissions-only update without data', async () => {
    await updateDocumentById(client, { ...RecipeCollection, documentId: 'r1', data: { minutes: 10, rating: null } });
    expect(server.only().json()).toEqual({ data: { minutes: 10, rating: null } });
    server.reset();
    server.reply({ status: 200, json: recipe });
    await updateDocumentById(client, { ...RecipeCollection, documentId: 'r1', permissions: ['read("any")'] });
    expect(server.only().json()).toEqual({ permissions: ['read("any")'] });
  });
});

describe('reads and deletes never send the schemas', () => {
  it('lists with the descriptor as the params, and with queries', async () => {
    server.reply({ status: 200, json: { total: 1, documents: [recipe] } });
    const page = await listUserDocuments(client, RecipeCollection);
    expect(page.documents[0]?.difficulty).toBe('easy');
    expect(server.only().query).toEqual([]);
    expect(server.only().path).toBe('/v1/databases/cookbook/collections/recipes/documents');
    server.reset();
    server.reply({ status: 200, json: { total: 1, documents: [recipe] } });
    await listUserDocuments(client, { ...RecipeCollection, queries: ['{"method":"limit","values":[1]}'] });
    expect(server.only().query).toEqual([['queries[0]', '{"method":"limit","values":[1]}']]);
  });

  it('gets and deletes with the descriptor spread in', async () => {
    await getDocumentById(client, { ...RecipeCollection, documentId: 'r1' });
    expect(server.only().query).toEqual([]);
    server.reset();
    server.reply({ status: 204 });
    await deleteDocumentById(client, { ...RecipeCollection, documentId: 'r1' });
    const sent = server.only();
    expect(sent.method).toBe('DELETE');
    expect(sent.body.length).toBe(0);
  });
});
