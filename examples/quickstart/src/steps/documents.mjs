import * as ID from '@aw/core/id';
import * as Permission from '@aw/core/permission';
import * as Query from '@aw/core/query';
import * as Role from '@aw/core/role';
import * as databases from '@aw/databases';
import { BookCollection, BookDataSchema, BookPatchSchema, BookSchema } from '../generated/collections.mjs';

// The `library/books` collection is declared in ../../appwrite.json; `pnpm typegen` writes its types and schemas.

/** @type {import('../generated/collections.mjs').BookData[]} */
const BOOKS = [
  { title: 'The Left Hand of Darkness', author: 'Ursula K. Le Guin', year: 1969, tags: ['scifi'] },
  { title: 'A Wizard of Earthsea', author: 'Ursula K. Le Guin', year: 1968, tags: ['fantasy'] },
  { title: 'Kindred', author: 'Octavia E. Butler', year: 1979, tags: ['scifi', 'history'] },
  { title: 'The Dispossessed', author: 'Ursula K. Le Guin', year: 1974, tags: ['scifi'] },
];

/**
 * Runs the documents step: creates a few books owned by the signed-in user, then reads them
 * back with filters, ordering, full-text search and paging, and updates one.
 *
 * @param {{ client: import('@aw/core').Client, userId: string, log?: (line: string) => void }} options A signed-in client and how to report.
 *
 * @returns {Promise<{ created: number, found: string[] }>} How many books were created and the titles the filter found.
 */
export async function runDocumentsStep({ client, userId, log = console.log }) {
  const target = BookCollection;
  // The generated schema checks each book before it is sent, and types and checks each book read back.
  const typed = { schema: BookSchema };
  const owner = [Permission.read(Role.user(userId)), Permission.update(Role.user(userId)), Permission.delete(Role.user(userId))];
  for (const book of BOOKS) {
    await databases.createDocument(client, { ...target, documentId: ID.unique(), data: databases.documentData(BookDataSchema, book), permissions: owner }, typed);
  }
  log(`  • Added ${BOOKS.length} books to library/books`);

  const byLeGuin = await databases.listUserDocuments(client, {
    ...target,
    queries: [Query.equal('author', 'Ursula K. Le Guin'), Query.greaterThan('year', 1968), Query.orderDesc('year')],
  }, typed);
  log(`  • Le Guin after 1968, newest first: ${byLeGuin.documents.map((book) => `${book.title} (${book.year})`).join('; ')} — total ${byLeGuin.total}`);

  const search = await databases.listUserDocuments(client, { ...target, queries: [Query.search('title', 'dark'), Query.select(['title'])] });
  log(`  • Full-text search "dark": ${search.documents.map((book) => book.title).join(', ')}`);

  const firstPage = await databases.listUserDocuments(client, { ...target, queries: [Query.orderAsc('year'), Query.limit(2)] }, typed);
  const last = firstPage.documents.at(-1);
  const nextPage = await databases.listUserDocuments(client, { ...target, queries: [Query.orderAsc('year'), Query.limit(2), Query.cursorAfter(last.$id)] }, typed);
  log(`  • Paged by year: [${firstPage.documents.map((book) => book.year).join(', ')}] then [${nextPage.documents.map((book) => book.year).join(', ')}]`);

  const kindred = (await databases.listUserDocuments(client, { ...target, queries: [Query.contains('tags', 'history')] }, typed)).documents[0];
  const patch = databases.documentData(BookPatchSchema, { tags: [...(kindred.tags ?? []), 'classic'] });
  const updated = await databases.updateDocumentById(client, { ...target, documentId: kindred.$id, data: patch }, typed);
  log(`  • Tagged "${updated.title}" as ${(updated.tags ?? []).join(', ')}`);

  return { created: BOOKS.length, found: byLeGuin.documents.map((book) => book.title) };
}
