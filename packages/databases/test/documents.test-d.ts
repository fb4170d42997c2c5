import type { AwPromise, Client } from '@aw/core';
import type { Models } from '@aw/models';
import * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import { createDocument, getDocumentById, listUserDocuments, updateDocumentById, type DocumentOf } from '../src/index.ts';

interface Todo {
  title: string;
  done: boolean;
}

const TodoSchema = v.object({ title: v.string(), done: v.boolean() });
declare const client: Client;
const ids = { databaseId: 'main', collectionId: 'todos' } as const;

describe('document operations are generic over the document fields', () => {
  it('types a fetched document from a type argument', () => {
    expectTypeOf(getDocumentById<Todo>(client, { ...ids, documentId: 'a' })).toEqualTypeOf<AwPromise<Models.DocumentSystemFields & Todo>>();
  });

  it('types a fetched document from a schema option', () => {
    const promise = getDocumentById(client, { ...ids, documentId: 'a' }, { schema: TodoSchema });
    expectTypeOf(promise).resolves.toEqualTypeOf<Models.DocumentSystemFields & { title: string; done: boolean }>();
  });

  it('types each listed document, keeping total', async () => {
    const list = await listUserDocuments(client, ids, { schema: TodoSchema });
    expectTypeOf(list.total).toBeNumber();
    expectTypeOf(list.documents[0]!.title).toBeString();
    expectTypeOf(list.documents[0]!.$id).toBeString();
    const untyped = await listUserDocuments(client, ids);
    expectTypeOf(untyped.documents[0]!).toEqualTypeOf<DocumentOf>();
  });

  it('infers the created fields from data and checks them against a type argument', () => {
    expectTypeOf(createDocument(client, { ...ids, documentId: 'unique()', data: { title: 'x', done: false } })).resolves.toHaveProperty('title');
    // @ts-expect-error -- `done` must be a boolean for a Todo.
    createDocument<Todo>(client, { ...ids, documentId: 'unique()', data: { title: 'x', done: 'no' } });
  });

  it('accepts a partial update', () => {
    expectTypeOf(updateDocumentById<Todo>(client, { ...ids, documentId: 'a', data: { done: true } })).toEqualTypeOf<AwPromise<Models.DocumentSystemFields & Todo>>();
  });

  it('once the fields are known, a key the collection lacks is a compile error', async () => {
    const typed = await getDocumentById<Todo>(client, { ...ids, documentId: 'a' });
    expectTypeOf(typed.$id).toBeString();
    // @ts-expect-error -- a Todo has no `owner` field.
    void typed.owner;
    const fromSchema = await getDocumentById(client, { ...ids, documentId: 'a' }, { schema: TodoSchema });
    // @ts-expect-error -- the schema has no `owner` field either.
    void fromSchema.owner;
    const untyped = await getDocumentById(client, { ...ids, documentId: 'a' });
    expectTypeOf(untyped.owner).toBeUnknown();
  });

  it('without fields, the document is the bare model', () => {
    expectTypeOf(getDocumentById(client, { ...ids, documentId: 'a' })).toEqualTypeOf<AwPromise<DocumentOf>>();
  });
});
