import type { Client } from '@aw/core';
import { describe, expectTypeOf, it } from 'vitest';
import { account } from '../channels/account.ts';
import { channel } from '../channels/channel.ts';
import { document } from '../channels/document.ts';
import { documents } from '../channels/documents.ts';
import { files } from '../channels/files.ts';
import type { RealtimeAccountPayload, RealtimeDocument, RealtimeFile } from '../channels/payloads.ts';
import { subscribe } from './subscribe.ts';

declare const client: Client;

// A typed collection as aw-typegen declares it.
interface Todo {
  $id: string;
  $collectionId: string;
  $databaseId: string;
  $createdAt: string;
  $updatedAt: string;
  $permissions: string[];
  title: string;
  done: boolean | null;
}
declare const TodoCollection: {
  readonly databaseId: 'db';
  readonly collectionId: 'todos';
  readonly '~types'?: { readonly document: Todo; readonly data: object; readonly patch: object; readonly attributes: { readonly title: 'string' } };
};

describe('subscribe types', () => {
  it('types the payload from a document channel with the document fields', () => {
    subscribe(client, documents<{ title: string; done: boolean }>('db', 'todos'), (event) => {
      expectTypeOf(event.payload).toEqualTypeOf<RealtimeDocument<{ title: string; done: boolean }>>();
      expectTypeOf(event.payload.title).toBeString();
      expectTypeOf(event.payload.$databaseId).toBeString();
      expectTypeOf(event.events).toEqualTypeOf<readonly string[]>();
    });
  });

  it('types the payload from a typed collection with no type argument', () => {
    subscribe(client, documents(TodoCollection), (event) => {
      expectTypeOf(event.payload.title).toBeString();
      expectTypeOf(event.payload.done).toEqualTypeOf<boolean | null>();
      // @ts-expect-error -- a Todo has no `owner` field.
      void event.payload.owner;
    });
    subscribe(client, document(TodoCollection, 't1'), (event) => {
      expectTypeOf(event.payload.$id).toBeString();
      expectTypeOf(event.payload.title).toBeString();
    });
  });

  it('types a list of channels as a union of their payloads', () => {
    subscribe(client, [files('b'), account()], (event) => {
      expectTypeOf(event.payload).toEqualTypeOf<RealtimeFile | RealtimeAccountPayload>();
    });
  });

  it('leaves a plain string channel unknown, and a raw typed channel as declared', () => {
    subscribe(client, 'documents', (event) => {
      expectTypeOf(event.payload).toBeUnknown();
    });
    subscribe(client, channel<{ n: number }>('x'), (event) => {
      expectTypeOf(event.payload).toEqualTypeOf<{ n: number }>();
    });
  });

  it('returns an unsubscribe function', () => {
    expectTypeOf(subscribe(client, account(), () => {})).toEqualTypeOf<() => void>();
  });

  it('accepts the ws package as the WebSocket implementation', async () => {
    const { default: WebSocket } = await import('ws');
    subscribe(client, account(), () => {}, { WebSocket });
  });
});
