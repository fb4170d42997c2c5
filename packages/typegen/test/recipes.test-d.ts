// Typed collection descriptors, end to end: every call below passes `RecipeCollection` from the
// generated fixture (spread into the params, or as the params) with no type argument and no
// `{ schema }`, and the compiler alone refuses what the collection would refuse.
import type { Client } from '@aw/core';
import { paginate } from '@aw/core/paginate';
import * as Query from '@aw/core/query';
import { createDocument, deleteDocumentById, getDocumentById, listUserDocuments, updateDocumentById } from '@aw/databases';
import { describe, expectTypeOf, it } from 'vitest';
import { AuthorCollection, RecipeCollection, RecipeSchema, type AuthorDocument, type Recipe, type RecipeDocument } from './fixture/recipes.ts';

declare const client: Client;
const documentId = 'unique()';

describe('create data is typed by the descriptor', () => {
  it('accepts good data, spread or not, and types the result', async () => {
    const recipe = await createDocument(client, { ...RecipeCollection, documentId, data: { title: 'Soup', difficulty: 'easy' } });
    expectTypeOf(recipe).toEqualTypeOf<RecipeDocument>();
    expectTypeOf(recipe.difficulty).toEqualTypeOf<'easy' | 'medium' | 'hard'>();
    expectTypeOf(recipe.minutes).toEqualTypeOf<number | null>();
    await createDocument(client, { ...RecipeCollection, documentId, data: { title: 'Stew', difficulty: 'hard', minutes: 90, tags: ['winter'], author: 'a1', publishedAt: '2024-05-01T00:00:00.000Z', vegetarian: true, rating: 4.5 } });
  });

  it('refuses a wrong enum, a missing required attribute, an unknown key and a wrong type', () => {
    // @ts-expect-error -- `extreme` is not a difficulty.
    void createDocument(client, { ...RecipeCollection, documentId, data: { title: 'x', difficulty: 'extreme' } });
    // @ts-expect-error -- `title` is required.
    void createDocument(client, { ...RecipeCollection, documentId, data: { difficulty: 'easy' } });
    // @ts-expect-error -- `colour` is not an attribute of recipes.
    void createDocument(client, { ...RecipeCollection, documentId, data: { title: 'x', difficulty: 'easy', colour: 'red' } });
    // @ts-expect-error -- `minutes` is a number.
    void createDocument(client, { ...RecipeCollection, documentId, data: { title: 'x', difficulty: 'easy', minutes: '5' } });
    // @ts-expect-error -- `tags` is a list of strings.
    void createDocument(client, { ...RecipeCollection, documentId, data: { title: 'x', difficulty: 'easy', tags: 'winter' } });
  });

  it('refuses bad data with a `{ schema }` too: the answer check does not loosen the data', () => {
    // @ts-expect-error -- `extreme` is not a difficulty.
    void createDocument(client, { ...RecipeCollection, documentId, data: { title: 'x', difficulty: 'extreme' } }, { schema: RecipeSchema });
  });
});

describe('update data is typed by the descriptor', () => {
  it('accepts any subset of the attributes', async () => {
    const recipe = await updateDocumentById(client, { ...RecipeCollection, documentId: 'r1', data: { minutes: 10 } });
    expectTypeOf(recipe).toEqualTypeOf<RecipeDocument>();
    await updateDocumentById(client, { ...RecipeCollection, documentId: 'r1', data: { rating: null } });
  });

  it('refuses a wrong value type, a wrong enum and an unknown key', () => {
    // @ts-expect-error -- `minutes` is a number.
    void updateDocumentById(client, { ...RecipeCollection, documentId: 'r1', data: { minutes: 'ten' } });
    // @ts-expect-error -- `vegetarian` is a boolean.
    void updateDocumentById(client, { ...RecipeCollection, documentId: 'r1', data: { vegetarian: 'yes' } });
    // @ts-expect-error -- `extreme` is not a difficulty.
    void updateDocumentById(client, { ...RecipeCollection, documentId: 'r1', data: { difficulty: 'extreme' } });
    // @ts-expect-error -- `colour` is not an attribute of recipes.
    void updateDocumentById(client, { ...RecipeCollection, documentId: 'r1', data: { colour: 'red' } });
  });
});

describe('results are typed by the descriptor', () => {
  it('types list results, passed as the params or spread', async () => {
    const page = await listUserDocuments(client, RecipeCollection);
    expectTypeOf(page.total).toBeNumber();
    expectTypeOf(page.documents).toEqualTypeOf<RecipeDocument[]>();
    expectTypeOf(page.documents[0]!.tags).toEqualTypeOf<string[] | null>();
    expectTypeOf(page.documents[0]!.author).toEqualTypeOf<AuthorDocument | string | null | undefined>();
    // @ts-expect-error -- recipes have no `whatever` attribute.
    void page.documents[0]!.whatever;
    const spread = await listUserDocuments(client, { ...RecipeCollection, queries: [Query.limit(5)] });
    // @ts-expect-error -- recipes have no `colour` attribute.
    void spread.documents[0]!.colour;
  });

  it('types one document', async () => {
    const recipe = await getDocumentById(client, { ...RecipeCollection, documentId: 'r1' });
    expectTypeOf(recipe.title).toBeString();
    // @ts-expect-error -- recipes have no `whatever` attribute.
    void recipe.whatever;
    const author = await getDocumentById(client, { ...AuthorCollection, documentId: 'a1' });
    expectTypeOf(author).toEqualTypeOf<AuthorDocument>();
  });

  it('keeps the `{ schema }` answer check typing the result', async () => {
    const recipe = await getDocumentById(client, { ...RecipeCollection, documentId: 'r1' }, { schema: RecipeSchema });
    expectTypeOf(recipe.title).toBeString();
    expectTypeOf<Recipe['difficulty']>().toEqualTypeOf<'easy' | 'medium' | 'hard'>();
  });

  it('types paginate items', async () => {
    for await (const recipe of paginate(listUserDocuments, client, RecipeCollection)) {
      expectTypeOf(recipe).toEqualTypeOf<RecipeDocument>();
      expectTypeOf(recipe.difficulty).toEqualTypeOf<'easy' | 'medium' | 'hard'>();
      // @ts-expect-error -- recipes have no `whatever` attribute.
      void recipe.whatever;
    }
    for await (const recipe of paginate(listUserDocuments, client, { ...RecipeCollection, queries: [Query.equal('difficulty', 'easy')] }, { pageSize: 50 })) {
      expectTypeOf(recipe.title).toBeString();
      // @ts-expect-error -- recipes have no `colour` attribute.
      void recipe.colour;
    }
  });

  it('deletes with a descriptor spread in', () => {
    expectTypeOf(deleteDocumentById(client, { ...RecipeCollection, documentId: 'r1' })).resolves.toBeVoid();
  });
});

describe('queries are typed by the descriptor', () => {
  it('accepts the collection attributes, system attributes and values of their type', () => {
    void listUserDocuments(client, {
      ...RecipeCollection,
      queries: [
        Query.equal('difficulty', 'easy'),
        Query.equal('difficulty', ['easy', 'medium']),
        Query.notEqual('title', 'Soup'),
        Query.lessThan('minutes', 30),
        Query.between('rating', 1, 4.5),
        Query.greaterThan('publishedAt', '2024-01-01T00:00:00.000Z'),
        Query.greaterThanEqual('$createdAt', new Date(0).toISOString()),
        Query.equal('vegetarian', true),
        Query.equal('$id', 'r1'),
        Query.equal('author', 'a1'),
        Query.isNull('rating'),
        Query.isNotNull('author'),
        Query.contains('tags', 'winter'),
        Query.contains('tags', ['winter', 'soup']),
        Query.contains('title', 'sou'),
        Query.startsWith('title', 'So'),
        Query.search('title', 'soup'),
        Query.or([Query.equal('difficulty', 'easy'), Query.lessThan('minutes', 20)]),
        Query.and([Query.isNull('rating'), Query.equal('vegetarian', false)]),
        Query.select(['title', '$id', 'author.name', '*']),
        Query.orderDesc('$createdAt'),
        Query.orderAsc('minutes'),
        Query.limit(10),
        Query.offset(0),
        Query.cursorAfter('r1'),
        // A hand-written query string is taken as it is.
        '{"method":"limit","values":[5]}',
      ],
    });
    void getDocumentById(client, { ...RecipeCollection, documentId: 'r1', queries: [Query.select(['title', 'author.*'])] });
  });

  it('refuses an unknown attribute or a value outside an enum', () => {
    // @ts-expect-error -- recipes have no `dificulty` attribute.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.equal('dificulty', 'easy')] });
    // @ts-expect-error -- `extreme` is not a difficulty.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.equal('difficulty', 'extreme')] });
    // @ts-expect-error -- neither is `extreme` in a list of values.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.equal('difficulty', ['easy', 'extreme'])] });
    // @ts-expect-error -- nor inside `or`.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.or([Query.equal('difficulty', 'extreme'), Query.isNull('rating')])] });
    // @ts-expect-error -- `colour` is not an attribute to order by.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.orderAsc('colour')] });
    // @ts-expect-error -- nor to select.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.select(['title', 'colour'])] });
    // @ts-expect-error -- reading one document takes only `select`.
    void getDocumentById(client, { ...RecipeCollection, documentId: 'r1', queries: [Query.equal('title', 'x')] });
  });

  it('refuses values of the wrong type', () => {
    // @ts-expect-error -- `minutes` is an integer, not a string.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.lessThan('minutes', '30')] });
    // @ts-expect-error -- `vegetarian` is a boolean.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.equal('vegetarian', 'yes')] });
    // @ts-expect-error -- `publishedAt` compares with an ISO string, not a number.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.greaterThan('publishedAt', 1714521600)] });
    // @ts-expect-error -- `rating` is a number.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.between('rating', 'a', 'z')] });
  });

  it('refuses operators Appwrite 1.5 refuses on the attribute type', () => {
    // @ts-expect-error -- no ordering comparison on a boolean.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.lessThan('vegetarian', true)] });
    // @ts-expect-error -- full-text search is for strings.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.search('minutes', '5')] });
    // @ts-expect-error -- `difficulty` is a string, but Appwrite searches only attributes with a fulltext index of their own.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.search('difficulty', 'easy')] });
    // @ts-expect-error -- `contains` on a single value is for strings.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.contains('minutes', 5)] });
    // @ts-expect-error -- a list attribute takes only `contains` and null checks.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.equal('tags', 'winter')] });
    // @ts-expect-error -- `notEqual` takes exactly one value in Appwrite 1.5.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.notEqual('difficulty', ['easy', 'hard'])] });
    // @ts-expect-error -- `startsWith` is for strings.
    void listUserDocuments(client, { ...RecipeCollection, queries: [Query.startsWith('publishedAt', '2024')] });
    // @ts-expect-error -- the "many" end of a relationship cannot be filtered on.
    void listUserDocuments(client, { ...AuthorCollection, queries: [Query.isNull('recipes')] });
  });

  it('checks queries given to paginate', () => {
    // @ts-expect-error -- recipes have no `dificulty` attribute.
    void paginate(listUserDocuments, client, { ...RecipeCollection, queries: [Query.equal('dificulty', 'easy')] });
  });
});

describe('calls with plain IDs keep working as before', () => {
  const ids = { databaseId: 'cookbook', collectionId: 'recipes' };

  it('accepts any data and any query string, and types results loosely', async () => {
    const created = await createDocument(client, { ...ids, documentId, data: { anything: 1 } });
    expectTypeOf(created.anything).toEqualTypeOf<number>();
    const page = await listUserDocuments(client, { ...ids, queries: [Query.equal('dificulty', 'extreme'), 'raw'] });
    expectTypeOf(page.documents[0]!.whatever).toBeUnknown();
  });

  it('still lets a type argument type the fields', async () => {
    interface Note {
      text: string;
    }
    const note = await getDocumentById<Note>(client, { ...ids, documentId: 'n1' });
    expectTypeOf(note.text).toBeString();
    // @ts-expect-error -- `text` is a string.
    void createDocument<Note>(client, { ...ids, documentId, data: { text: 1 } });
  });
});
