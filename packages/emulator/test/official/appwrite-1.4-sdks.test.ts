import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Account, AppwriteException, Client, Databases, ID, Query, Storage } from 'appwrite-13';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';

// Apps still on the Appwrite 1.4 SDKs: appwrite@13 (web) and node-appwrite@11 (server). Both send
// `X-Appwrite-Response-Format: 1.4.0` and the 1.4 text query syntax, which Appwrite 1.5 rewrites.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// node-appwrite@11's types declare the ambient module "node-appwrite", which would replace node-appwrite@13's
// types in the other test; loaded untyped, they stay out of the program.
type Doc = { $id: string; title: string; year: number };
const server = createRequire(import.meta.url)('node-appwrite-11') as any;

const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const MiB = 1024 * 1024;
let emulator: RunningEmulator;
let jwt = '';

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'legacy',
      databases: [{ $id: 'library', name: 'Library', enabled: true }],
      collections: [{
        $id: 'books', databaseId: 'library', name: 'Books', documentSecurity: false, $permissions: ['create("users")', 'read("users")'],
        attributes: [
          { key: 'title', type: 'string', size: 128, required: true, array: false },
          { key: 'genre', type: 'string', size: 32, required: true, array: false },
          { key: 'year', type: 'integer', required: true, array: false },
        ],
        indexes: [{ key: 'title_search', type: 'fulltext', attributes: ['title'] }],
      }],
      buckets: [{ $id: 'uploads', name: 'Uploads', fileSecurity: false, $permissions: ['create("users")', 'read("users")'] }],
    },
  });
});
afterAll(async () => {
  await emulator.close();
});

/** A localStorage for the web SDK in Node: with `window.localStorage` it keeps the session as Appwrite's fallback cookie. */
class MemoryStorage {
  readonly #items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
}

const books = [
  { title: 'Dune', genre: 'scifi', year: 1965 },
  { title: 'Dune Messiah', genre: 'scifi', year: 1969 },
  { title: 'Neuromancer', genre: 'scifi', year: 1984 },
  { title: 'Emma', genre: 'classic', year: 1815 },
];

describe('appwrite@13.0.2 (web SDK for Appwrite 1.4) in Node', () => {
  const globals = globalThis as unknown as { window?: unknown };
  beforeAll(() => {
    globals.window = { localStorage: new MemoryStorage(), console };
  });
  afterAll(() => {
    delete globals.window;
  });

  it('signs up, signs in with createEmailSession, and gets 1.4-shaped answers', async () => {
    const client = new Client().setEndpoint(emulator.url).setProject('legacy');
    const account = new Account(client);
    const user = await account.create(ID.unique(), 'reader@example.com', 'correct horse', 'Reader');
    expect(user.email).toBe('reader@example.com');
    // 1.5 added `mfa` and `targets` to users and `factors`/`secret` to sessions; a 1.4 client gets neither.
    expect(Object.keys(user)).not.toContain('mfa');
    expect(Object.keys(user)).not.toContain('targets');
    const session = await account.createEmailSession('reader@example.com', 'correct horse');
    expect(session.userId).toBe(user.$id);
    expect(Object.keys(session)).not.toContain('factors');
    expect(Object.keys(session)).not.toContain('secret');
    expect((await account.get()).$id).toBe(user.$id);
    const wrong = await account.createEmailSession('reader@example.com', 'wrong password').then(() => undefined, (e: unknown) => e);
    expect(wrong).toBeInstanceOf(AppwriteException);
    jwt = (await account.createJWT()).jwt;
  });

  it('writes documents and reads them back with Query.equal, Query.search and ordering', async () => {
    const databases = new Databases(new Client().setEndpoint(emulator.url).setProject('legacy'));
    for (const book of books) await databases.createDocument('library', 'books', ID.unique(), book);
    const scifi = await databases.listDocuments('library', 'books', [Query.equal('genre', 'scifi'), Query.orderDesc('year')]);
    expect(scifi.documents.map((d) => d.title)).toEqual(['Neuromancer', 'Dune Messiah', 'Dune']);
    const dune = await databases.listDocuments('library', 'books', [Query.search('title', 'Dune'), Query.orderAsc('year')]);
    expect(dune.documents.map((d) => d.year)).toEqual([1965, 1969]);
    const page = await databases.listDocuments('library', 'books', [Query.greaterThan('year', 1900), Query.orderAsc('year'), Query.limit(1), Query.offset(1)]);
    expect([page.total, page.documents.map((d) => d.title)]).toEqual([3, ['Dune Messiah']]);
    const picked = await databases.listDocuments('library', 'books', [Query.equal('title', ['Emma', 'Dune']), Query.select(['title'])]);
    expect(picked.documents.map((d) => d.title).sort()).toEqual(['Dune', 'Emma']);
    const first = scifi.documents[0]!;
    expect((await databases.getDocument('library', 'books', first.$id, [Query.select(['title', 'year'])])).year).toBe(1984);
  });

  it('cannot upload from Node: its FormData stand-in (the form-data package) cannot read a File, so nothing is sent', async () => {
    const storage = new Storage(new Client().setEndpoint(emulator.url).setProject('legacy'));
    const error = await storage.createFile('uploads', ID.unique(), new File([Buffer.from('hello')], 'hello.txt')).then(() => undefined, (e: unknown) => e);
    expect((error as Error).message).toBe('source.on is not a function');
    expect((await server_files()).total).toBe(0);
  });
});

/**
 * Lists the bucket's files with node-appwrite@11 and the JWT of the web SDK's session.
 *
 * @returns The files list.
 */
async function server_files() {
  return new server.Storage(new server.Client().setEndpoint(emulator.url).setProject('legacy').setJWT(jwt)).listFiles('uploads');
}

describe('node-appwrite@11.1.1 (server SDK for Appwrite 1.4)', () => {
  // Its Account service has no sign-up or sign-in (those are client operations): a server acts with the browser's JWT.
  it('reads the account and its sessions with the JWT, 1.4-shaped', async () => {
    const account = new server.Account(new server.Client().setEndpoint(emulator.url).setProject('legacy').setJWT(jwt));
    const user = await account.get();
    expect(user.email).toBe('reader@example.com');
    expect(Object.keys(user)).not.toContain('mfa');
    const sessions = await account.listSessions();
    expect(sessions.total).toBe(1);
    expect(Object.keys(sessions.sessions[0]!)).not.toContain('factors');
  });

  it('acts for a user with a JWT: filtered, searched and ordered lists', async () => {
    const databases = new server.Databases(new server.Client().setEndpoint(emulator.url).setProject('legacy').setJWT(jwt));
    const scifi = await databases.listDocuments('library', 'books', [server.Query.equal('genre', ['scifi']), server.Query.orderAsc('year')]);
    expect(scifi.documents.map((d: Doc) => d.title)).toEqual(['Dune', 'Dune Messiah', 'Neuromancer']);
    const found = await databases.listDocuments('library', 'books', [server.Query.search('title', 'Neuromancer')]);
    expect(found.documents.map((d: Doc) => d.year)).toEqual([1984]);
    const between = await databases.listDocuments('library', 'books', [server.Query.between('year', 1960, 1970), server.Query.orderDesc('year')]);
    expect(between.documents.map((d: Doc) => d.year)).toEqual([1969, 1965]);
  });

  it('uploads a small file and a chunked 11 MiB one with InputFile, and reads them back', async () => {
    const storage = new server.Storage(new server.Client().setEndpoint(emulator.url).setProject('legacy').setJWT(jwt));
    const small = await storage.createFile('uploads', server.ID.unique(), server.InputFile.fromBuffer(Buffer.from('hello from 1.4'), 'hello.txt'));
    expect([small.name, small.sizeOriginal, small.chunksTotal]).toEqual(['hello.txt', 14, 1]);
    expect(Buffer.from(await storage.getFileDownload('uploads', small.$id)).toString()).toBe('hello from 1.4');
    const bytes = Buffer.alloc(11 * MiB + 7);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) & 255;
    const big = await storage.createFile('uploads', server.ID.unique(), server.InputFile.fromBuffer(bytes, 'big.bin'));
    expect([big.sizeOriginal, big.chunksTotal, big.chunksUploaded]).toEqual([bytes.length, 3, 3]);
    expect(Buffer.from(await storage.getFileDownload('uploads', big.$id)).equals(bytes)).toBe(true);
    const listed = await storage.listFiles('uploads', [server.Query.equal('name', ['big.bin'])]);
    expect(listed.files.map((f: { $id: string }) => f.$id)).toEqual([big.$id]);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('appwrite@13.0.2 browser build in Chromium', () => {
  let browser: Browser;
  let page: Server;
  let pageUrl = '';
  beforeAll(async () => {
    const sdk = readFileSync(join(here, '../../node_modules/appwrite-13/dist/iife/sdk.js'), 'utf8');
    page = createServer((req, res) => {
      if (req.url === '/sdk.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(sdk);
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>1.4 app</title><script src="/sdk.js"></script>');
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    page?.closeAllConnections();
    await new Promise((resolve) => page?.close(resolve));
  });

  it('signs up, signs in, queries documents and uploads small and chunked files from the page', async () => {
    const tab = await browser.newPage();
    await tab.goto(pageUrl);
    const result = await tab.evaluate(async ({ endpoint }) => {
      const { Client, Account, Databases, Storage, ID, Query } = (window as any).Appwrite;
      const client = new Client().setEndpoint(endpoint).setProject('legacy');
      const account = new Account(client);
      const user = await account.create(ID.unique(), 'page@example.com', 'correct horse', 'Page');
      await account.createEmailSession('page@example.com', 'correct horse');
      const me = await account.get();
      const databases = new Databases(client);
      await databases.createDocument('library', 'books', ID.unique(), { title: 'Persuasion', genre: 'classic', year: 1817 });
      const classics = await databases.listDocuments('library', 'books', [Query.equal('genre', 'classic'), Query.orderDesc('year')]);
      const storage = new Storage(client);
      const small = await storage.createFile('uploads', ID.unique(), new File(['page text'], 'page.txt', { type: 'text/plain' }));
      const big = new Uint8Array(6 * 1024 * 1024 + 5);
      for (let i = 0; i < big.length; i++) big[i] = (i * 13) & 255;
      const progress: number[] = [];
      const chunked = await storage.createFile('uploads', ID.unique(), new File([big], 'page.bin'), undefined, (p: { chunksUploaded: number }) => progress.push(p.chunksUploaded));
      const back = new Uint8Array(await (await fetch(storage.getFileDownload('uploads', chunked.$id).toString(), { credentials: 'include' })).arrayBuffer());
      let same = back.length === big.length;
      for (let i = 0; same && i < big.length; i++) same = back[i] === big[i];
      return { userId: user.$id, meId: me.$id, hasMfa: 'mfa' in me, classics: classics.documents.map((d: any) => d.title), small: [small.name, small.sizeOriginal], chunked: [chunked.sizeOriginal, chunked.chunksTotal], progress, same, agent: navigator.userAgent };
    }, { endpoint: emulator.url });
    expect(result.agent).toMatch(/Chrome/);
    expect(result.meId).toBe(result.userId);
    expect(result.hasMfa).toBe(false);
    expect(result.classics).toEqual(['Persuasion', 'Emma']);
    expect(result.small).toEqual(['page.txt', 9]);
    expect(result.chunked).toEqual([6 * MiB + 5, 2]);
    expect(result.progress).toEqual([1, 2]);
    expect(result.same).toBe(true);
  });
});
