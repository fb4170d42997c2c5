// The official `appwrite` web SDK (a client we did not write) running document, file, function
// and realtime flows against the emulator. In Node it needs a WebSocket global and, for its
// session fallback, a `window.localStorage`; both are set up in this file only.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Account, Client, Databases, Functions, Graphql, ID, Permission, Query, Role, Storage, type Models } from 'appwrite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startEmulator, type RunningEmulator } from '../../index.ts';

const storage = new Map<string, string>();
const globals = globalThis as unknown as Record<string, unknown>;
globals.WebSocket = WebSocket;
globals.window = {
  localStorage: {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  },
  // The SDK warns through window.console when it falls back to localStorage.
  console: { ...console, warn: () => undefined },
  setTimeout,
  clearTimeout,
};

let emulator: RunningEmulator;
let client: Client;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'official-sdk',
      baseDir: fileURLToPath(new URL('../functions/testing', import.meta.url)),
      databases: [{ $id: 'app', name: 'App' }],
      collections: [
        {
          $id: 'posts', databaseId: 'app', name: 'Posts', documentSecurity: true, $permissions: ['create("users")', 'read("users")'],
          attributes: [{ key: 'title', type: 'string', size: 100, required: true }, { key: 'likes', type: 'integer', min: 0, default: 0 }],
        },
      ],
      buckets: [{ $id: 'media', name: 'Media', $permissions: ['read("any")', 'create("users")'], fileSecurity: true }],
      functions: [{ $id: 'hello', name: 'Hello', runtime: 'node-18.0', execute: ['users'], path: '.', entrypoint: 'hello.mjs' }],
    },
  });
  client = new Client().setEndpoint(emulator.url).setProject(emulator.projectId);
  const account = new Account(client);
  await account.create('writer', 'writer@example.com', 'password-123', 'Writer');
  await account.createEmailPasswordSession('writer@example.com', 'password-123');
});

afterAll(async () => {
  await emulator?.close();
});

describe('official appwrite SDK against the emulator', () => {
  it('runs a document flow', async () => {
    const databases = new Databases(client);
    const post = await databases.createDocument('app', 'posts', ID.unique(), { title: 'Hello' }, [Permission.read(Role.any()), Permission.update(Role.user('writer'))]);
    expect(post).toMatchObject({ title: 'Hello', likes: 0, $databaseId: 'app', $collectionId: 'posts' });
    await databases.createDocument('app', 'posts', 'second', { title: 'Second', likes: 3 });
    const liked = await databases.listDocuments('app', 'posts', [Query.greaterThan('likes', 0)]);
    expect(liked.documents.map((doc) => doc.$id)).toEqual(['second']);
    const updated = await databases.updateDocument('app', 'posts', post.$id, { likes: 10 });
    expect(updated.likes).toBe(10);
    expect((await databases.getDocument('app', 'posts', post.$id)).likes).toBe(10);
    await databases.deleteDocument('app', 'posts', 'second');
    expect((await databases.listDocuments('app', 'posts')).total).toBe(1);
    await expect(databases.getDocument('app', 'posts', 'second')).rejects.toMatchObject({ code: 404, type: 'document_not_found' });
  });

  it('runs a chunked file upload, lists and downloads it', async () => {
    const files = new Storage(client);
    const bytes = randomBytes(6 * 1024 * 1024);
    const progress: number[] = [];
    const file = await files.createFile('media', 'video', new File([bytes], 'video.bin'), [Permission.read(Role.any()), Permission.write(Role.user('writer'))], (event) => progress.push(event.chunksUploaded));
    expect([file.chunksTotal, file.chunksUploaded, file.sizeOriginal]).toEqual([2, 2, bytes.length]);
    expect(progress).toEqual([1, 2]);
    expect((await files.listFiles('media', [Query.equal('name', 'video.bin')])).total).toBe(1);
    const downloaded = await fetch(files.getFileDownload('media', 'video'));
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await files.updateFile('media', 'video', 'clip.bin')).name).toBe('clip.bin');
    await files.deleteFile('media', 'video');
    await expect(files.getFile('media', 'video')).rejects.toMatchObject({ type: 'storage_file_not_found' });
  });

  it('runs a function execution', async () => {
    const functions = new Functions(client);
    const execution = await functions.createExecution('hello', '{"a":1}', false, '/echo', 'POST' as never, { 'content-type': 'application/json' });
    expect(execution.status).toBe('completed');
    expect(JSON.parse(execution.responseBody)).toMatchObject({ body: { a: 1 }, user: 'writer' });
    expect((await functions.listExecutions('hello')).total).toBe(1);
    expect((await functions.getExecution('hello', execution.$id)).responseStatusCode).toBe(200);
  });

  it('runs GraphQL through the wrapped request form of the SDK', async () => {
    const answer = (await new Graphql(client).query({ query: '{ accountGet { _id email } databasesListDocuments(databaseId: "app", collectionId: "posts") { total } }' })) as any;
    expect(answer.data.accountGet).toEqual({ _id: 'writer', email: 'writer@example.com' });
    expect(answer.data.databasesListDocuments.total).toBe(1);
  });

  it('receives realtime events through client.subscribe', async () => {
    const received: Array<{ events: string[]; payload: Models.Document }> = [];
    const gotOne = new Promise<void>((resolve) => {
      const unsubscribe = client.subscribe<Models.Document>('databases.app.collections.posts.documents', (message) => {
        received.push(message);
        unsubscribe();
        resolve();
      });
    });
    // The socket connects and then authenticates from the stored session in the background, so
    // keep writing until an event arrives instead of guessing how long that takes.
    let attempt = 0;
    let arrived = false;
    void gotOne.then(() => (arrived = true));
    while (!arrived && attempt < 40) {
      await new Databases(client).createDocument('app', 'posts', `live${attempt++}`, { title: 'Live' }, [Permission.read(Role.user('writer'))]);
      await Promise.race([gotOne, new Promise((resolve) => setTimeout(resolve, 250))]);
    }
    expect(arrived).toBe(true);
    expect(received[0]?.events[0]).toMatch(/^databases\.app\.collections\.posts\.documents\.live\d+\.create$/);
    expect(received[0]?.payload.title).toBe('Live');
  });
});
