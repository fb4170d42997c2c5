import { updatePreferences } from '@aw/account';
import { Permission, Role, type Client } from '@aw/core';
import { createDocument } from '@aw/databases';
import type { RunningEmulator } from '@aw/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { account, createRealtime, documents, type Realtime, type RealtimeDocument, type RealtimeEvent } from '../src/index.ts';
import { sleep, waitFor } from './support/fakeRealtimeServer.ts';
import { signedInClient, startNotesEmulator } from './support/notesEmulator.ts';

interface Note {
  readonly text: string;
}

/** `ws` with a list of the sockets it opened, so a test can cut one like a network failure would. */
const opened: WebSocket[] = [];
class TrackedWebSocket extends WebSocket {
  constructor(url: string) {
    super(url);
    opened.push(this);
  }
}

let emulator: RunningEmulator;
let alice: Client;
let bob: Client;
let realtime: Realtime;

const notes = documents<Note>('main', 'notes');

/** Subscribes and resolves once the socket is ready, i.e. events on the channel will reach the callback. */
async function subscribeReady(client: Client, callback: (event: RealtimeEvent<RealtimeDocument<Note>>) => void): Promise<() => void> {
  let ready!: () => void;
  const connected = new Promise<void>((resolve) => (ready = resolve));
  const stop = realtime.subscribe(client, notes, callback, { onConnected: () => ready() });
  await connected;
  return stop;
}

function note(client: Client, text: string, permissions: string[]) {
  return createDocument<Note>(client, { databaseId: 'main', collectionId: 'notes', documentId: 'unique()', data: { text }, permissions });
}

beforeAll(async () => {
  emulator = await startNotesEmulator();
  alice = await signedInClient(emulator, 'alice');
  bob = await signedInClient(emulator, 'bob');
});

afterAll(async () => {
  await emulator?.close();
});

afterEach(() => {
  realtime?.close();
  opened.length = 0;
});

describe('realtime against @aw/emulator', () => {
  it('delivers an event after a document is created', async () => {
    realtime = createRealtime({ WebSocket: TrackedWebSocket });
    const received: RealtimeEvent<RealtimeDocument<Note>>[] = [];
    await subscribeReady(alice, (event) => received.push(event));
    expect(opened).toHaveLength(1);

    const created = await note(alice, 'hello', [Permission.read(Role.user('alice'))]);
    await waitFor(() => received.length === 1);
    const [event] = received;
    expect(event!.payload.text).toBe('hello');
    expect(event!.payload.$id).toBe(created.$id);
    expect(event!.events).toContain(`databases.main.collections.notes.documents.${created.$id}.create`);
    expect(event!.channels).toContain('databases.main.collections.notes.documents');
  });

  it('delivers account changes to the signed-in user only', async () => {
    realtime = createRealtime({ WebSocket: TrackedWebSocket });
    const aliceSaw: string[] = [];
    const bobSaw: string[] = [];
    let ready = 0;
    realtime.subscribe(alice, account(), (event) => aliceSaw.push(...event.events), { onConnected: () => ready++ });
    realtime.subscribe(bob, account(), (event) => bobSaw.push(...event.events), { onConnected: () => ready++ });
    await waitFor(() => ready === 2);

    await updatePreferences(alice, { prefs: { theme: 'dark' } });
    await waitFor(() => aliceSaw.length > 0);
    expect(aliceSaw).toContain('users.alice.update.prefs');
    await updatePreferences(bob, { prefs: { theme: 'light' } });
    await waitFor(() => bobSaw.length > 0);
    expect(bobSaw.every((name) => !name.includes('alice'))).toBe(true);
  });

  it('comes back after the connection drops and receives events again', async () => {
    realtime = createRealtime({ WebSocket: TrackedWebSocket, reconnect: { baseDelay: 50, maxDelay: 200 } });
    const texts: string[] = [];
    let connections = 0;
    realtime.subscribe(alice, notes, (event) => texts.push(event.payload.text), { onConnected: () => connections++ });
    await waitFor(() => connections === 1);

    // Cut the connection the way a network failure would: no closing handshake.
    opened[0]!.terminate();
    await waitFor(() => connections === 2);
    expect(opened).toHaveLength(2);
    expect(new URL(opened[1]!.url).searchParams.getAll('channels[]')).toEqual(['databases.main.collections.notes.documents']);
    await note(alice, 'after the drop', [Permission.read(Role.user('alice'))]);
    await waitFor(() => texts.includes('after the drop'));
  });

  it('closes the socket when the last channel is unsubscribed', async () => {
    realtime = createRealtime({ WebSocket: TrackedWebSocket });
    const texts: string[] = [];
    const stop = await subscribeReady(alice, (event) => texts.push(event.payload.text));
    stop();
    await waitFor(() => opened[0]!.readyState === WebSocket.CLOSED);
    await note(alice, 'nobody listens', [Permission.read(Role.user('alice'))]);
    await sleep(150);
    expect(opened).toHaveLength(1);
    expect(texts).toEqual([]);
  });

  it('does not send a user events for documents they may not read', async () => {
    realtime = createRealtime({ WebSocket: TrackedWebSocket });
    const aliceSaw: string[] = [];
    const bobSaw: string[] = [];
    await Promise.all([
      subscribeReady(alice, (event) => aliceSaw.push(event.payload.text)),
      subscribeReady(bob, (event) => bobSaw.push(event.payload.text)),
    ]);
    expect(opened).toHaveLength(2);

    await note(alice, 'private', [Permission.read(Role.user('alice'))]);
    await note(alice, 'shared', [Permission.read(Role.users())]);
    // Events arrive in order, so once bob sees the shared note the private one has had its chance.
    await waitFor(() => bobSaw.includes('shared') && aliceSaw.includes('shared'));
    expect(aliceSaw).toEqual(['private', 'shared']);
    expect(bobSaw).toEqual(['shared']);
  });
});
