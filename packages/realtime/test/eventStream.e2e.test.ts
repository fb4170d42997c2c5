import { Permission, Role, type Client } from '@aw/core';
import { createDocument } from '@aw/databases';
import type { RunningEmulator } from '@aw/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { documents, eventStream } from '../src/index.ts';
import { signedInClient, startNotesEmulator } from './support/notesEmulator.ts';

let emulator: RunningEmulator;
let alice: Client;
let bob: Client;

/** Reads Server-Sent Events from a response body, one parsed message at a time. */
function reader(response: Response) {
  const stream = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<{ event: string; data: string }> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end !== -1) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(message)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(message)?.[1] ?? '';
        return { event, data };
      }
      const { value, done } = await stream.read();
      if (done) throw new Error('the stream ended');
      buffer += value;
    }
  };
  return Object.assign(next, { cancel: () => stream.cancel() });
}

beforeAll(async () => {
  emulator = await startNotesEmulator();
  alice = await signedInClient(emulator, 'alice');
  bob = await signedInClient(emulator, 'bob');
});

afterAll(async () => {
  await emulator?.close();
});

describe('eventStream', () => {
  it('relays the subscriber’s events as Server-Sent Events, mapped, and ends with the request', async () => {
    const abort = new AbortController();
    let closed = 0;
    const response = eventStream(alice, documents<{ text: string }>('main', 'notes'), {
      WebSocket: WebSocket as never,
      signal: abort.signal,
      map: (event) => ({ text: event.payload.text }),
      onClose: () => closed++,
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('cache-control')).toBe('no-store, no-transform');
    const next = reader(response);
    expect(await next()).toEqual({ event: 'ready', data: '{}' });

    // Bob's private note never reaches Alice's stream; her own does, mapped.
    await createDocument(bob, { databaseId: 'main', collectionId: 'notes', documentId: 'unique()', data: { text: 'bob only' }, permissions: [Permission.read(Role.user('bob'))] });
    await createDocument(alice, { databaseId: 'main', collectionId: 'notes', documentId: 'unique()', data: { text: 'hello' }, permissions: [Permission.read(Role.user('alice'))] });
    expect(await next()).toEqual({ event: 'message', data: JSON.stringify({ text: 'hello' }) });

    abort.abort();
    await expect(next()).rejects.toThrow('the stream ended');
    expect(closed).toBe(1);
  });

  it('ends at once, subscribing to nothing, when the request is already aborted', async () => {
    let closed = 0;
    const response = eventStream(alice, documents('main', 'notes'), { WebSocket: WebSocket as never, signal: AbortSignal.abort(), onClose: () => closed++ });
    expect(await response.text()).toBe('');
    expect(closed).toBe(1);
  });

  it('stops the subscription when the browser goes away (the body is cancelled)', async () => {
    let closed = 0;
    const response = eventStream(alice, documents('main', 'notes'), { WebSocket: WebSocket as never, onClose: () => closed++ });
    const next = reader(response);
    expect((await next()).event).toBe('ready');
    await next.cancel();
    expect(closed).toBe(1);
  });
});
