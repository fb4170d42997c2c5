import { fileURLToPath } from 'node:url';
import * as account from '@aw/account';
import { createClient, isAppwriteError, withSession } from '@aw/core';
import * as databases from '@aw/databases';
import * as storage from '@aw/storage';
import { readLink, readSecret, useEmulator } from '@aw/emulator/vitest';
import { describe, expect, it } from 'vitest';
import { BookCollection } from '../src/generated/collections.mjs';
import { fixture } from './fixture.mjs';

// The app's tests, as a user of the SDK writes them: one in-process emulator for this file, seeded
// with two users and their books, reset to that seed before every test.
const emulator = useEmulator({ config: fileURLToPath(new URL('../appwrite.json', import.meta.url)), seed: fixture });

const books = { databaseId: 'library', collectionId: 'books' };

/**
 * Signs a seeded user in and returns a client that acts with their session.
 *
 * @param {string} email The user's email.
 * @param {string} password The user's password.
 *
 * @returns {Promise<import('@aw/core').Client>} The signed-in client.
 */
async function signIn(email, password) {
  const client = createClient({ endpoint: emulator.url, project: emulator.projectId });
  const raw = await account.createEmailPasswordSession(client, { email, password }).raw();
  return withSession(client, account.readSessionSecret(client, raw));
}

describe('document permissions between two users', () => {
  it('lets each user read their own book and not the other’s', async () => {
    const ada = await signIn('ada@example.com', 'ada-password');
    const grace = await signIn('grace@example.com', 'grace-password');

    const diary = await databases.getDocumentById(ada, { ...books, documentId: 'ada-diary' });
    expect(diary.title).toBe('Notes on the Analytical Engine');

    // Appwrite answers 404, not 403, so a stranger cannot even learn that the document exists.
    const refused = await databases.getDocumentById(grace, { ...books, documentId: 'ada-diary' }).catch((error) => error);
    expect(isAppwriteError(refused, 'document_not_found')).toBe(true);
    expect(refused.status).toBe(404);

    const graceSees = await databases.listUserDocuments(grace, books);
    expect(graceSees.documents.map((book) => book.$id).sort()).toEqual(['grace-manual', 'shared-shelf']);
  });

  it('shares the team’s book and file with both members', async () => {
    for (const [email, password] of [['ada@example.com', 'ada-password'], ['grace@example.com', 'grace-password']]) {
      const reader = await signIn(email, password);
      expect((await databases.getDocumentById(reader, { ...books, documentId: 'shared-shelf' })).author).toBe('Octavia E. Butler');
      const cover = await storage.getFileDownload(reader, { bucketId: 'photos', fileId: 'cover' });
      expect(await cover.text()).toBe('a cover, in words');
    }
  });
});

describe('email verification through the outbox', () => {
  it('sends the link, and confirming it verifies the address', async () => {
    const grace = await signIn('grace@example.com', 'grace-password');
    expect((await account.getCurrentUser(grace)).emailVerification).toBe(false);

    await account.sendEmailVerification(grace, { url: 'http://localhost:5173/verify' });
    const message = await emulator.outbox.next({ to: 'grace@example.com' });
    expect(readLink(message).pathname).toBe('/verify');
    const { userId, secret } = readSecret(message);
    await account.confirmEmailVerification(grace, { userId, secret });

    expect((await account.getCurrentUser(grace)).emailVerification).toBe(true);
  });
});

describe('sessions over time', () => {
  it('expires a session once its year is over', async () => {
    const ada = await signIn('ada@example.com', 'ada-password');
    expect((await account.getCurrentUser(ada)).name).toBe('Ada');

    emulator.clock.advance(366 * 24 * 60 * 60 * 1000);

    const expired = await account.getCurrentUser(ada).catch((error) => error);
    expect(expired.status).toBe(401);
  });
});

describe('reset between tests', () => {
  it('writes a book and renames the user', async () => {
    const grace = await signIn('grace@example.com', 'grace-password');
    await databases.createDocument(grace, { ...books, documentId: 'draft', data: { title: 'Draft', author: 'Grace Hopper', year: 1959 } });
    await account.updateName(grace, { name: 'Amazing Grace' });
    expect((await databases.listUserDocuments(grace, books)).total).toBe(3);
  });

  it('starts the next test from the seed again', async () => {
    const grace = await signIn('grace@example.com', 'grace-password');
    expect((await account.getCurrentUser(grace)).name).toBe('Grace');
    expect((await databases.listUserDocuments(grace, books)).total).toBe(2);
  });
});

describe('the generated BookCollection', () => {
  it('refuses a book that breaks a rule of appwrite.json before anything is sent', async () => {
    /** @type {string[]} */
    const sent = [];
    /** @type {typeof fetch} */
    const counting = (input, init) => (sent.push(String(input)), fetch(input, init));
    const client = createClient({ endpoint: emulator.url, project: emulator.projectId, fetch: counting });
    const raw = await account.createEmailPasswordSession(client, { email: 'ada@example.com', password: 'ada-password' }).raw();
    const ada = withSession(client, account.readSessionSecret(client, raw));
    const before = (await databases.listUserDocuments(ada, BookCollection)).total;
    sent.length = 0;
    const refused = await databases
      .createDocument(ada, { ...BookCollection, documentId: 'too-late', data: { title: 'Dune', author: 'Frank Herbert', year: 5000 } })
      .catch((error) => error);
    expect(refused.message).toMatch(/invalid params at "data\.year": it must be an integer between 0 and 3000/);
    expect(sent).toEqual([]);
    // The same call with good data goes through the same client.
    await databases.createDocument(ada, { ...BookCollection, documentId: 'dune', data: { title: 'Dune', author: 'Frank Herbert', year: 1965 } });
    expect(sent).toHaveLength(1);
    expect((await databases.listUserDocuments(ada, BookCollection)).total).toBe(before + 1);
  });
});
