import type { Client } from '@aw/core';
import { executeMutation, executeMutationOperation } from '@aw/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../index.ts';
import { sdkClient, signUp } from '../../../test/helpers/sdkClient.ts';

let emulator: RunningEmulator;
let alice: Client;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'graphql-test',
      databases: [{ $id: 'app', name: 'App' }],
      collections: [
        { $id: 'todos', databaseId: 'app', name: 'Todos', documentSecurity: true, $permissions: ['read("users")', 'create("users")'], attributes: [{ key: 'title', type: 'string', size: 50, required: true }, { key: 'done', type: 'boolean', default: false }] },
      ],
    },
  });
  alice = sdkClient(emulator, await signUp(emulator, 'alice'));
});

afterAll(async () => {
  await emulator?.close();
});

describe('graphql', () => {
  it('maps queries and mutations onto the REST operations', async () => {
    const me = (await executeMutation(alice, { query: 'query { accountGet { _id name email } }' })) as any;
    expect(me).toEqual({ data: { accountGet: { _id: 'alice', name: 'alice', email: 'alice@example.com' } } });

    const created = (await executeMutationOperation(alice, {
      query: 'mutation Add($data: Json!) { databasesCreateDocument(databaseId: "app", collectionId: "todos", documentId: "t1", data: $data) { _id _collectionId data } }',
      variables: { data: { title: 'Write tests' } },
    })) as any;
    expect(created.data.databasesCreateDocument).toMatchObject({ _id: 't1', _collectionId: 'todos' });
    expect(JSON.parse(created.data.databasesCreateDocument.data)).toEqual({ title: 'Write tests', done: false });

    const listed = (await executeMutation(alice, {
      query: 'query($q: [String]) { databasesListDocuments(databaseId: "app", collectionId: "todos", queries: $q) { total documents { _id } } }',
      variables: { q: ['{"method":"equal","attribute":"title","values":["Write tests"]}'] },
    })) as any;
    expect(listed.data.databasesListDocuments).toEqual({ total: 1, documents: [{ _id: 't1' }] });

    const removed = (await executeMutationOperation(alice, { query: 'mutation { databasesDeleteDocument(databaseId: "app", collectionId: "todos", documentId: "t1") { status } }' })) as any;
    expect(removed).toEqual({ data: { databasesDeleteDocument: { status: true } } });
  });

  it('reports Appwrite errors in GraphQL errors and accepts the SDK and batch forms', async () => {
    const guest = sdkClient(emulator);
    const denied = (await executeMutation(guest, { query: '{ accountGet { _id } }' })) as any;
    expect(denied.errors[0].extensions).toEqual({ code: 401, type: 'general_unauthorized_scope' });

    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${emulator.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-appwrite-project': emulator.projectId, 'x-appwrite-session': alice.session as string, ...headers },
        body: JSON.stringify(body),
      });
    const wrapped = await (await post({ query: { query: '{ localeListCodes { total } }' } }, { 'x-sdk-graphql': 'true' })).json();
    expect(wrapped.data.localeListCodes.total).toBeGreaterThan(0);
    const batch = await (await post([{ query: '{ accountGet { _id } }' }, { query: '{ localeListCountriesEU { total } }' }])).json();
    expect(batch).toHaveLength(2);
    expect(batch[0].data.accountGet._id).toBe('alice');
    const empty = await post({ query: '' });
    expect([empty.status, (await empty.json()).type]).toEqual([400, 'graphql_no_query']);
  });
});
