// @ts-check
import * as ID from '@aw/core/id';
import * as Permission from '@aw/core/permission';
import * as Query from '@aw/core/query';
import * as Role from '@aw/core/role';
import * as databases from '@aw/databases';
import { BookCollection, BookSchema } from '../generated/collections.mjs';

// The `library/books` collection is declared in ../../appwrite.json; `pnpm typegen` writes its types and
// schemas. `BookCollection` carries both: spread into a document operation's params (or passed as them),
// it types `data`, `queries` and the result with no type argument, and checks `data` before sending.

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
  const owner = [Permission.read(Role.user(userId)), Permission.update(Role.user(userId)), Permission.delete(Role.user(userId))];
  for (const book of BOOKS) {
    // A book that breaks a rule of appwrite.json (a missing title, a year of 5000, a tag of 31
    // characters) is refused here, naming the field, and never sent.
    await databases.createDocument(client, { ...BookCollection, documentId: ID.unique(), data: book, permissions: owner });
  }
  log(`  • Added ${BOOKS.length} books to library/books`);

  // The descriptor types each answer but does not check it at run time, which keeps bundles small.
  // `{ schema: BookSchema }` adds that check: each book the server returns is validated, so a
  // document written by an older app version or another client cannot reach this code malformed.
  const byLeGuin = await databases.listUserDocuments(
    client,
    { ...BookCollection, queries: [Query.equal('author', 'Ursula K. Le Guin'), Query.greaterThan('year', 1968), Query.orderDesc('year')] },
    { schema: BookSchema },
  );
  log(`  • Le Guin after 1968, newest first: ${byLeGuin.documents.map((book) => `${book.title} (${book.year})`).join('; ')} — total ${byLeGuin.total}`);

  const search = await databases.listUserDocuments(client, { ...BookCollection, queries: [Query.search('title', 'dark'), Query.select(['title'])] });
  log(`  • Full-text search "dark": ${search.documents.map((book) => book.title).join(', ')}`);

  const firstPage = await databases.listUserDocuments(client, { ...BookCollection, queries: [Query.orderAsc('year'), Query.limit(2)] });
  const last = firstPage.documents.at(-1);
  if (!last) throw new Error('expected the first page to hold books');
  const nextPage = await databases.listUserDocuments(client, { ...BookCollection, queries: [Query.orderAsc('year'), Query.limit(2), Query.cursorAfter(last.$id)] });
  log(`  • Paged by year: [${firstPage.documents.map((book) => book.year).join(', ')}] then [${nextPage.documents.map((book) => book.year).join(', ')}]`);

  const [kindred] = (await databases.listUserDocuments(client, { ...BookCollection, queries: [Query.contains('tags', 'history')] })).documents;
  if (!kindred) throw new Error('expected a book tagged "history"');
  // An update's `data` is checked against the patch schema: any subset of the attributes.
  const updated = await databases.updateDocumentById(client, { ...BookCollection, documentId: kindred.$id, data: { tags: [...(kindred.tags ?? []), 'classic'] } });
  log(`  • Tagged "${updated.title}" as ${(updated.tags ?? []).join(', ')}`);

  return { created: BOOKS.length, found: byLeGuin.documents.map((book) => book.title) };
}
