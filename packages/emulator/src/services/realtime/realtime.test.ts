import { createDocument } from '@aw/databases';
import { fileURLToPath } from 'node:url';
import { triggerFunctionExecution } from '@aw/functions';
import { createFile } from '@aw/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startEmulator, type RunningEmulator } from '../../index.ts';
import { sdkClient, signUp } from '../../../test/helpers/sdkClient.ts';

let emulator: RunningEmulator;
let aliceSession: string;
const open: WebSocket[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'realtime-test',
      databases: [{ $id: 'app', name: 'App' }],
      collections: [
        { $id: 'public', databaseId: 'app', name: 'Public', $permissions: ['read("any")', 'create("users")'], attributes: [{ key: 'title', type: 'string', size: 50, required: true }] },
        { $id: 'private', databaseId: 'app', name: 'Private', documentSecurity: true, $permissions: ['create("users")'], attributes: [{ key: 'title', type: 'string', size: 50, required: true }] },
      ],
      buckets: [{ $id: 'files', name: 'Files', $permissions: ['read("any")', 'create("users")'] }],
      baseDir: fileURLToPath(new URL('../functions/testing', import.meta.url)),
      functions: [{ $id: 'hello', name: 'Hello', runtime: 'node-18.0', execute: ['users'], path: '.', entrypoint: 'hello.mjs' }],
    },
  });
  aliceSession = await signUp(emulator, 'alice');
});

afterAll(async () => {
  for (const socket of open) socket.close();
  await emulator?.close();
});

/** A socket that records every message it gets. */
async function connect(query: string, headers: Record<string, string> = {}): Promise<{ socket: WebSocket; messages: any[]; next: (type: string) => Promise<any> }> {
  const socket = new WebSocket(`${emulator.url.replace('http', 'ws')}/realtime?${query}`, { headers });
  open.push(socket);
  const messages: any[] = [];
  const waiters: Array<{ type: string; resolve: (message: any) => void }> = [];
  let seen = 0;
  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw));
    messages.push(message);
    const index = waiters.findIndex((waiter) => waiter.type === message.type);
    if (index >= 0) waiters.splice(index, 1)[0]?.resolve(message);
  });
  const next = (type: string) =>
    new Promise<any>((resolve, reject) => {
      const found = messages.slice(seen).find((message) => message.type === type);
      if (found) {
        seen = messages.indexOf(found) + 1;
        return resolve(found);
      }
      const timer = setTimeout(() => reject(new Error(`no ${type} message`)), 3000);
      waiters.push({ type, resolve: (message) => { clearTimeout(timer); seen = messages.indexOf(message) + 1; resolve(message); } });
    });
  return { socket, messages, next };
}

describe('realtime', () => {
  it('refuses unknown projects and missing channels with policy errors', async () => {
    const wrong = await connect('project=nope&channels[]=documents');
    expect((await wrong.next('error')).data).toEqual({ code: 1008, message: 'Missing or unknown project ID' });
    const none = await connect(`project=${emulator.projectId}`);
    expect((await none.next('error')).data.code).toBe(1008);
  });

  it('delivers document events to readers only, and authenticates by session', async () => {
    const guest = await connect(`project=${emulator.projectId}&channels[]=documents`);
    expect((await guest.next('connected')).data).toEqual({ channels: ['documents'], user: null });
    const member = await connect(`project=${emulator.projectId}&channels[]=documents&channels[]=databases.app.collections.private.documents`);
    await member.next('connected');
    member.socket.send(JSON.stringify({ type: 'authentication', data: { session: aliceSession } }));
    const response = await member.next('response');
    expect(response.data).toMatchObject({ to: 'authentication', success: true, user: { $id: 'alice' } });

    const alice = sdkClient(emulator, aliceSession);
    await createDocument(alice, { databaseId: 'app', collectionId: 'private', documentId: 'secret', data: { title: 'mine' } });
    await createDocument(alice, { databaseId: 'app', collectionId: 'public', documentId: 'hello', data: { title: 'for all' } });

    const privateEvent = await member.next('event');
    expect(privateEvent.data.events).toContain('databases.app.collections.private.documents.secret.create');
    expect(privateEvent.data.events).toContain('databases.*.collections.*.documents.*.create');
    expect(privateEvent.data.channels).toEqual(['documents', 'databases.app.collections.private.documents', 'databases.app.collections.private.documents.secret']);
    expect(privateEvent.data.payload).toMatchObject({ $id: 'secret', title: 'mine' });
    expect(privateEvent.data.timestamp).toMatch(/\+00:00$/);
    expect((await member.next('event')).data.payload.$id).toBe('hello');

    // The guest only ever sees the public document.
    expect((await guest.next('event')).data.payload.$id).toBe('hello');
    expect(guest.messages.filter((message) => message.type === 'event')).toHaveLength(1);

    member.socket.send(JSON.stringify({ type: 'authentication', data: { session: 'bogus' } }));
    expect((await member.next('error')).data).toEqual({ code: 1003, message: 'Session is not valid.' });
    member.socket.send('not json');
    expect((await member.next('error')).data.code).toBe(1003);
  });

  it('delivers file events and signs in from the handshake cookie', async () => {
    const socket = await connect(`project=${emulator.projectId}&channels[]=buckets.files.files`, { Cookie: `a_session_${emulator.projectId}=${aliceSession}` });
    expect((await socket.next('connected')).data.user.$id).toBe('alice');
    await createFile(sdkClient(emulator, aliceSession), { bucketId: 'files', fileId: 'f1', file: new File(['hi'], 'hi.txt') });
    const event = await socket.next('event');
    expect(event.data.events[0]).toBe('buckets.files.files.f1.create');
    expect(event.data.payload).toMatchObject({ $id: 'f1', name: 'hi.txt' });
  });

  it('delivers execution and account events to their owner only', async () => {
    const owner = await connect(`project=${emulator.projectId}&channels[]=executions&channels[]=account`, { Cookie: `a_session_${emulator.projectId}=${aliceSession}` });
    await owner.next('connected');
    const stranger = await connect(`project=${emulator.projectId}&channels[]=executions&channels[]=account`);
    await stranger.next('connected');
    const execution = await triggerFunctionExecution(sdkClient(emulator, aliceSession), { functionId: 'hello', path: '/text' });
    const created = await owner.next('event');
    expect(created.data.events).toContain(`functions.hello.executions.${execution.$id}.create`);
    expect(created.data.channels).toContain(`executions.${execution.$id}`);
    const finished = await owner.next('event');
    expect(finished.data.payload).toMatchObject({ $id: execution.$id, status: 'completed', responseStatusCode: 201 });

    await fetch(`${emulator.url}/account/name`, {
      method: 'PATCH',
      headers: { 'X-Appwrite-Project': emulator.projectId, 'X-Appwrite-Session': aliceSession, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Alice Renamed' }),
    });
    const renamed = await owner.next('event');
    expect(renamed.data.channels).toContain('account');
    expect(renamed.data.payload).toMatchObject({ $id: 'alice', name: 'Alice Renamed' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stranger.messages.filter((message) => message.type === 'event')).toHaveLength(0);
  });
});
