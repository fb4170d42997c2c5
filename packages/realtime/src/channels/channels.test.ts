import { describe, expect, it } from 'vitest';
import { account } from './account.ts';
import { channel } from './channel.ts';
import { document } from './document.ts';
import { documents } from './documents.ts';
import { executions } from './executions.ts';
import { file } from './file.ts';
import { files } from './files.ts';
import { memberships } from './memberships.ts';
import { teams } from './teams.ts';

// A typed collection as aw-typegen writes it: the schemas ride along but never reach the channel name.
const todoCollection = { databaseId: 'db', collectionId: 'todos', '~schemas': {} } as const;

describe('channel builders', () => {
  const table: [string, () => string, string][] = [
    ['account', () => account(), 'account'],
    ['all documents', () => documents(), 'documents'],
    ['documents of a collection', () => documents('db', 'todos'), 'databases.db.collections.todos.documents'],
    ['one document', () => document('db', 'todos', 't1'), 'databases.db.collections.todos.documents.t1'],
    ['documents of a typed collection', () => documents(todoCollection), 'databases.db.collections.todos.documents'],
    ['one document of a typed collection', () => document(todoCollection, 't1'), 'databases.db.collections.todos.documents.t1'],
    ['all files', () => files(), 'files'],
    ['files of a bucket', () => files('avatars'), 'buckets.avatars.files'],
    ['one file', () => file('avatars', 'f1'), 'buckets.avatars.files.f1'],
    ['all executions', () => executions(), 'executions'],
    ['executions of a function', () => executions('fn1'), 'functions.fn1'],
    ['all teams', () => teams(), 'teams'],
    ['one team', () => teams('t1'), 'teams.t1'],
    ['all memberships', () => memberships(), 'memberships'],
    ['one membership', () => memberships('m1'), 'memberships.m1'],
    ['a raw channel', () => channel('buckets.b.files'), 'buckets.b.files'],
  ];
  it.each(table)('%s', (_, build, expected) => {
    expect(build()).toBe(expected);
  });

  it.each([
    ['an ID with a dot', () => documents('db.x', 'todos'), /databaseId must be a non-empty ID without dots/],
    ['an empty ID', () => file('avatars', ''), /fileId/],
    ['a typed collection with a dotted ID', () => documents({ databaseId: 'db', collectionId: 'a.b' }), /collectionId must be a non-empty ID without dots/],
    ['a typed collection without a document ID', () => (document as unknown as (c: object) => string)(todoCollection), /documentId/],
    ['a database without a collection', () => (documents as (a?: string, b?: string) => string)('db'), /collectionId/],
    ['an empty raw channel', () => channel(''), /must not be empty/],
  ])('rejects %s', (_, build, message) => {
    expect(build).toThrow(message);
  });
});
