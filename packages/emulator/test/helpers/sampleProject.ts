import type { Fixture } from '../../src/index.ts';

/** A project with one collection and one bucket, for the fixture and snapshot tests. */
export const projectConfig = {
  projectId: 'fixture-test',
  databases: [{ $id: 'library', name: 'Library' }],
  collections: [
    {
      $id: 'books', databaseId: 'library', name: 'Books', documentSecurity: true, $permissions: ['create("users")'],
      attributes: [
        { key: 'title', type: 'string', required: true, size: 200 },
        { key: 'year', type: 'integer', required: false, min: 0, max: 3000 },
      ],
    },
  ],
  buckets: [{ $id: 'photos', name: 'Photos', fileSecurity: true, $permissions: ['create("users")'], maximumFileSize: 1000 }],
};

/** Two users, a team, two documents and a file. */
export const fixture: Fixture = {
  users: [
    { id: 'ada', email: 'Ada@example.com', password: 'ada-password', name: 'Ada', emailVerification: true, labels: ['admin'], prefs: { theme: 'dark' } },
    { id: 'bob', email: 'bob@example.com', password: 'bob-password', phone: '+14155550100', phoneVerification: true },
  ],
  teams: [{ id: 'crew', name: 'Crew', members: [{ userId: 'ada', roles: ['owner'] }, { userId: 'bob', id: 'bob-in-crew' }] }],
  documents: [
    { databaseId: 'library', collectionId: 'books', id: 'ada-book', data: { title: 'Ada’s notes', year: 1843 }, permissions: ['read("user:ada")', 'write("user:ada")'] },
    { databaseId: 'library', collectionId: 'books', id: 'crew-book', data: { title: 'Crew log' }, permissions: ['read("team:crew")'] },
  ],
  files: [{ bucketId: 'photos', id: 'hello', name: 'hello.txt', bytes: 'hello, world', permissions: ['read("user:bob")'] }],
};

