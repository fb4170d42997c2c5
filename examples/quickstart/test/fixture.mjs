// The state every test of the app starts from: two readers, each with one private book, and a
// shared shelf. `useEmulator` writes it once per test file and resets to it before each test.

/** @type {import('@aw/emulator').Fixture} */
export const fixture = {
  users: [
    { id: 'ada', email: 'ada@example.com', password: 'ada-password', name: 'Ada', emailVerification: true },
    { id: 'grace', email: 'grace@example.com', password: 'grace-password', name: 'Grace' },
  ],
  teams: [{ id: 'readers', name: 'Readers', members: [{ userId: 'ada', roles: ['owner'] }, { userId: 'grace' }] }],
  documents: [
    {
      databaseId: 'library', collectionId: 'books', id: 'ada-diary',
      data: { title: 'Notes on the Analytical Engine', author: 'Ada Lovelace', year: 1843 },
      permissions: ['read("user:ada")', 'update("user:ada")', 'delete("user:ada")'],
    },
    {
      databaseId: 'library', collectionId: 'books', id: 'grace-manual',
      data: { title: 'A-0 System Manual', author: 'Grace Hopper', year: 1952, tags: ['compilers'] },
      permissions: ['read("user:grace")', 'update("user:grace")', 'delete("user:grace")'],
    },
    {
      databaseId: 'library', collectionId: 'books', id: 'shared-shelf',
      data: { title: 'Kindred', author: 'Octavia E. Butler', year: 1979 },
      permissions: ['read("team:readers")'],
    },
  ],
  files: [{ bucketId: 'photos', id: 'cover', name: 'cover.txt', bytes: 'a cover, in words', permissions: ['read("team:readers")'] }],
};
