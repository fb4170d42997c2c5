// The runtime smoke flow: the SDK's main jobs in one pass, using only web-standard APIs
// (fetch, Blob, File, WebSocket), so the same compiled file runs on Node, Bun, Deno, workerd
// and in a browser. Built from the packed tarballs by scripts/consumer-check.mjs and
// scripts/runtime-matrix.mjs; type-checked with skipLibCheck off.
import { AppwriteError, AwValidationError, ID, Permission, Query, Role, createClient, isAppwriteError, memoryCookieStorage, withSession } from '@aw/core';
import type { RoleString } from '@aw/core/role';
import * as account from '@aw/account';
import * as databases from '@aw/databases';
import type { Models } from '@aw/models';
import { documents, subscribe, type WebSocketConstructor } from '@aw/realtime';
import * as storage from '@aw/storage';

/** The project the smoke flow needs, in appwrite.json shape: one collection and one bucket. */
export const smokeProject = {
  projectId: 'smoke',
  databases: [{ $id: 'smoke', name: 'Smoke' }],
  collections: [
    {
      $id: 'notes',
      databaseId: 'smoke',
      name: 'Notes',
      documentSecurity: true,
      $permissions: ['create("users")'],
      attributes: [
        { key: 'title', type: 'string', size: 100, required: true },
        { key: 'rank', type: 'integer', required: true },
      ],
      indexes: [],
    },
  ],
  buckets: [
    { $id: 'files', name: 'Files', $permissions: ['create("users")'], fileSecurity: true, maximumFileSize: 30_000_000, allowedFileExtensions: [], enabled: true },
  ],
};

/** How to reach the server, and what to report with. */
export interface SmokeOptions {
  endpoint: string;
  project: string;
  /** A WebSocket implementation when the runtime has no global one (Node 20: `ws`). */
  WebSocket?: WebSocketConstructor;
  log?: (line: string) => void;
}

/** What the flow saw, for the runner to check and print. */
export interface SmokeResult {
  steps: string[];
  userId: string;
  listed: number;
  chunks: number;
}

interface Note {
  title: string;
  rank: number;
}

const MiB = 1024 * 1024;

/**
 * Runs the smoke flow once and throws on the first step that does not behave.
 *
 * @param options Where to connect.
 *
 * @returns The steps that passed.
 */
export async function runSmoke(options: SmokeOptions): Promise<SmokeResult> {
  const steps: string[] = [];
  const pass = (step: string): void => {
    steps.push(step);
    options.log?.(`ok ${step}`);
  };
  const check = (ok: boolean, what: string): void => {
    if (!ok) throw new Error(`smoke: ${what}`);
  };

  const client = createClient({ endpoint: options.endpoint, project: options.project, cookieStorage: memoryCookieStorage() });
  const email = `smoke-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  const password = 'smoke-password-1';

  const user: Models.User = await account.registerUser(client, { userId: ID.unique(), email, password, name: 'Smoke Test' });
  pass('sign up');

  const raw = await account.createEmailPasswordSession(client, { email, password }).raw();
  const secret = account.readSessionSecret(client, raw);
  check(raw.status === 201 && typeof secret === 'string', `session: status ${raw.status}, secret ${typeof secret}`);
  const me = withSession(client, secret!);
  pass('session');

  const current = await account.getCurrentUser(me);
  check(current.$id === user.$id && current.email === email, 'current user is not the one signed up');
  pass('current user');

  const owner: string[] = [Permission.read(Role.user(user.$id)), Permission.update(Role.user(user.$id))];
  const target = { databaseId: 'smoke', collectionId: 'notes' };

  // Realtime: subscribe first, then create the document whose event must arrive.
  let stop: () => void = () => {};
  const event = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('smoke: no realtime event within 10 s')), 10_000);
    const onConnected = (): void => {
      databases
        .createDocument<Note>(me, { ...target, documentId: ID.unique(), data: { title: 'live', rank: 0 }, permissions: owner })
        .catch(reject);
    };
    stop = subscribe(me, documents('smoke', 'notes'), (e) => {
      clearTimeout(timer);
      resolve(e.events[0] ?? '');
    }, { ...(options.WebSocket ? { WebSocket: options.WebSocket } : {}), onError: reject, onConnected });
  });
  const eventName = await event.finally(() => stop());
  check(eventName.endsWith('.create'), `realtime event was ${eventName}`);
  pass('realtime event');

  for (const [title, rank] of [['alpha', 1], ['beta', 2], ['gamma', 3]] as const) {
    await databases.createDocument<Note>(me, { ...target, documentId: ID.unique(), data: { title, rank }, permissions: owner });
  }
  const listed = await databases.listUserDocuments<Note>(me, { ...target, queries: [Query.greaterThan('rank', 1), Query.orderDesc('rank'), Query.limit(5)] });
  check(listed.total === 2 && listed.documents.map((note) => note.title).join() === 'gamma,beta', `list with queries gave ${listed.documents.map((note) => note.title).join()}`);
  pass('documents: create + list with queries');

  const small = await storage.createFile(me, { bucketId: 'files', fileId: ID.unique(), file: new File([new TextEncoder().encode('hello smoke')], 'hello.txt', { type: 'text/plain' }), permissions: owner });
  check(small.sizeOriginal === 11 && small.chunksTotal === 1, `small upload: ${small.sizeOriginal} bytes in ${small.chunksTotal} chunks`);
  pass('small upload');

  const bytes = new Uint8Array(6 * MiB + 1234);
  for (let i = 0; i < bytes.length; i += 997) bytes[i] = i & 0xff;
  const progress: number[] = [];
  const big = await storage.createFile(
    me,
    { bucketId: 'files', fileId: ID.unique(), file: new File([bytes], 'big.bin'), permissions: owner },
    { onProgress: (p) => progress.push(p.chunksUploaded) },
  );
  check(big.sizeOriginal === bytes.length && big.chunksTotal === 2 && progress.at(-1) === 2, `chunked upload: ${big.sizeOriginal} bytes in ${big.chunksTotal} chunks, progress ${progress.join()}`);
  pass('chunked upload');

  try {
    await databases.getDocumentById(me, { ...target, documentId: 'missing' });
    check(false, 'reading a missing document did not throw');
  } catch (error) {
    check(error instanceof AppwriteError && isAppwriteError(error, 'document_not_found') && error.status === 404, `missing document threw ${String(error)}`);
  }
  try {
    const role: RoleString = Role.any();
    await databases.createDocument(me, { ...target, documentId: 'not valid!', data: {}, permissions: [Permission.read(role)] });
    check(false, 'a bad document id did not throw');
  } catch (error) {
    check(error instanceof AwValidationError && error.target === 'params', `bad input threw ${String(error)}`);
  }
  pass('errors: AppwriteError + AwValidationError');

  return { steps, userId: user.$id, listed: listed.total, chunks: big.chunksTotal };
}
