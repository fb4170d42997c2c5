// Ported from appwrite/appwrite 1.5.11 tests/e2e/Services (see each test's comment for its PHP origin).
// Translated mechanically from PHP, then adapted by hand where marked `adapted:`.
/* eslint-disable */
import { describe, it } from 'vitest';
import { requireSetup, array_key_exists, array_merge, call, count, DatetimeValidator, DateTime, DateTimeValidator, expect, getHeaders, getLastEmail, getProject, getUser, ID, isArray, isEmpty, isNumeric, Permission, projectId, Query, Role, sleep, strlen, strpos, substr, uniqid, useEmulator } from './support/appwrite.ts';

useEmulator();

describe('databases (DatabasesCustomClientTest)', () => {
  // adapted: testCreateDatabase, testCreateCollection, testCreateAttributes and testCreateIndexes run with an API key in PHP;
  // their schema is declared in fixtures/appwrite.json (database db, collections movies and actors).
  const getSide = (): string => 'client';
  const data: any = { databaseId: 'db', moviesId: 'movies', actorsId: 'actors' };
  // DatabasesBase::testCreateDocument
  it('testCreateDocument', async () => {
    let databaseId: any, document1: any, document2: any, document3: any, document4: any;
        databaseId = data['databaseId'];
        document1 = await call('POST', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                title: 'Captain America',
                releaseYear: 1944,
                birthDay: '1975-06-12 14:12:55+02:00',
                actors: [
                    'Chris Evans',
                    'Samuel Jackson',
                ]
            },
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        document2 = await call('POST', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                title: 'Spider-Man: Far From Home',
                releaseYear: 2019,
                birthDay: null,
                actors: [
                    'Tom Holland',
                    'Zendaya Maree Stoermer',
                    'Samuel Jackson',
                ],
                integers: [50,60]
            },
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        document3 = await call('POST', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                title: 'Spider-Man: Homecoming',
                releaseYear: 2017,
                birthDay: '1975-06-12 14:12:55 America/New_York',
                duration: 65,
                actors: [
                    'Tom Holland',
                    'Zendaya Maree Stoermer',
                ],
                integers: [50]
            },
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        document4 = await call('POST', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                releaseYear: 2020, 
            },
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        expect(document1['headers']['status-code']).toEqual(201);
        expect(document1['body']['$collectionId']).toEqual(data['moviesId']);
        expect(document1['body']).not.toHaveProperty(['$collection']);
        expect(document1['body']['$databaseId']).toEqual(databaseId);
        expect('Captain America').toEqual(document1['body']['title']);
        expect(1944).toEqual(document1['body']['releaseYear']);
        expect(isArray(document1['body']['$permissions'])).toBe(true);
        expect(count(document1['body']['$permissions'])).toBe(3);
        expect(count(document1['body']['actors'])).toBe(2);
        expect('Chris Evans').toEqual(document1['body']['actors'][0]);
        expect('Samuel Jackson').toEqual(document1['body']['actors'][1]);
        expect('1975-06-12T12:12:55.000+00:00').toEqual(document1['body']['birthDay']);
        expect(document2['headers']['status-code']).toEqual(201);
        expect(document2['body']['$collectionId']).toEqual(data['moviesId']);
        expect(document2['body']).not.toHaveProperty(['$collection']);
        expect(document2['body']['$databaseId']).toEqual(databaseId);
        expect('Spider-Man: Far From Home').toEqual(document2['body']['title']);
        expect(2019).toEqual(document2['body']['releaseYear']);
        expect(null).toEqual(document2['body']['duration']);
        expect(isArray(document2['body']['$permissions'])).toBe(true);
        expect(count(document2['body']['$permissions'])).toBe(3);
        expect(count(document2['body']['actors'])).toBe(3);
        expect('Tom Holland').toEqual(document2['body']['actors'][0]);
        expect('Zendaya Maree Stoermer').toEqual(document2['body']['actors'][1]);
        expect('Samuel Jackson').toEqual(document2['body']['actors'][2]);
        expect(null).toEqual(document2['body']['birthDay']);
        expect(50).toEqual(document2['body']['integers'][0]);
        expect(60).toEqual(document2['body']['integers'][1]);
        expect(document3['headers']['status-code']).toEqual(201);
        expect(document3['body']['$collectionId']).toEqual(data['moviesId']);
        expect(document3['body']).not.toHaveProperty(['$collection']);
        expect(document3['body']['$databaseId']).toEqual(databaseId);
        expect('Spider-Man: Homecoming').toEqual(document3['body']['title']);
        expect(2017).toEqual(document3['body']['releaseYear']);
        expect(65).toEqual(document3['body']['duration']);
        expect(isArray(document3['body']['$permissions'])).toBe(true);
        expect(count(document3['body']['$permissions'])).toBe(3);
        expect(count(document3['body']['actors'])).toBe(2);
        expect('Tom Holland').toEqual(document3['body']['actors'][0]);
        expect('Zendaya Maree Stoermer').toEqual(document3['body']['actors'][1]);
        expect('1975-06-12T18:12:55.000+00:00').toEqual(document3['body']['birthDay']); 
        expect(document4['headers']['status-code']).toEqual(400);
        expect((await call('DELETE', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders()))))['headers']['status-code']).toEqual(404);
        return data;
  });
  // DatabasesBase::testListDocuments
  it('testListDocuments', async () => {
    let databaseId: any, documents: any;
        databaseId = data['databaseId'];
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.orderAsc('releaseYear'),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['releaseYear']).toEqual(1944);
        expect(documents['body']['documents'][1]['releaseYear']).toEqual(2017);
        expect(documents['body']['documents'][2]['releaseYear']).toEqual(2019);
        expect(array_key_exists('$internalId', documents['body']['documents'][0])).toBe(false);
        expect(array_key_exists('$internalId', documents['body']['documents'][1])).toBe(false);
        expect(array_key_exists('$internalId', documents['body']['documents'][2])).toBe(false);
        expect(count(documents['body']['documents'])).toBe(3);
        for (const document of Object.values<any>(documents['body']['documents'])) {
            expect(document['$collectionId']).toEqual(data['moviesId']);
            expect(document).not.toHaveProperty(['$collection']);
            expect(document['$databaseId']).toEqual(databaseId);
        }
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.orderDesc('releaseYear'),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][2]['releaseYear']).toEqual(1944);
        expect(documents['body']['documents'][1]['releaseYear']).toEqual(2017);
        expect(documents['body']['documents'][0]['releaseYear']).toEqual(2019);
        expect(count(documents['body']['documents'])).toBe(3);
        Object.assign(data, {documents: documents['body']['documents'], databaseId: databaseId});
  });
  // DatabasesBase::testGetDocument
  it('testGetDocument', async () => {
    let databaseId: any, response: any;
        databaseId = data['databaseId'];
        for (const document of Object.values<any>(data['documents'])) {
            response = await call('GET', '/databases/' + databaseId + '/collections/' + document['$collectionId'] + '/documents/' + document['$id'], array_merge({
                'content-type': 'application/json',
                'x-appwrite-project': projectId(),
            }, (await getHeaders())));
            expect(response['headers']['status-code']).toEqual(200);
            expect(document['$id']).toEqual(response['body']['$id']);
            expect(response['body']['$collectionId']).toEqual(document['$collectionId']);
            expect(response['body']).not.toHaveProperty(['$collection']);
            expect(response['body']['$databaseId']).toEqual(document['$databaseId']);
            expect(document['title']).toEqual(response['body']['title']);
            expect(document['releaseYear']).toEqual(response['body']['releaseYear']);
            expect(document['$permissions']).toEqual(response['body']['$permissions']);
            expect(document['birthDay']).toEqual(response['body']['birthDay']);
            expect(array_key_exists('$internalId', response['body'])).toBe(false);
        }
  });
  // DatabasesBase::testGetDocumentWithQueries
  it('testGetDocumentWithQueries', async () => {
    let databaseId: any, document: any, response: any;
        databaseId = data['databaseId'];
        document = data['documents'][0];
        response = await call('GET', '/databases/' + databaseId + '/collections/' + document['$collectionId'] + '/documents/' + document['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.select(['title', 'releaseYear', '$id']),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']['title']).toEqual(document['title']);
        expect(response['body']['releaseYear']).toEqual(document['releaseYear']);
        expect(response['body']).not.toHaveProperty(['birthDay']);
  });
  // DatabasesBase::testListDocumentsAfterPagination
  it('testListDocumentsAfterPagination', async () => {
    let databaseId: any, base: any, documents: any;
        databaseId = data['databaseId'];
        base = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(base['headers']['status-code']).toEqual(200);
        expect(base['body']['documents'][0]['title']).toEqual('Captain America');
        expect(base['body']['documents'][1]['title']).toEqual('Spider-Man: Far From Home');
        expect(base['body']['documents'][2]['title']).toEqual('Spider-Man: Homecoming');
        expect(count(base['body']['documents'])).toBe(3);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.cursorAfter(({$id: base['body']['documents'][0]['$id']}))
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['$id']).toEqual(base['body']['documents'][1]['$id']);
        expect(documents['body']['documents'][1]['$id']).toEqual(base['body']['documents'][2]['$id']);
        expect(count(documents['body']['documents'])).toBe(2);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.cursorAfter(({$id: base['body']['documents'][2]['$id']}))
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(isEmpty(documents['body']['documents'])).toBe(true);
        base = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.orderAsc('releaseYear')
            ],
        });
        expect(base['headers']['status-code']).toEqual(200);
        expect(base['body']['documents'][0]['releaseYear']).toEqual(1944);
        expect(base['body']['documents'][1]['releaseYear']).toEqual(2017);
        expect(base['body']['documents'][2]['releaseYear']).toEqual(2019);
        expect(count(base['body']['documents'])).toBe(3);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.cursorAfter(({$id: base['body']['documents'][1]['$id']})),
                Query.orderAsc('releaseYear')
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['$id']).toEqual(base['body']['documents'][2]['$id']);
        expect(count(documents['body']['documents'])).toBe(1);
        base = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.orderDesc('releaseYear')
            ],
        });
        expect(base['headers']['status-code']).toEqual(200);
        expect(base['body']['documents'][2]['releaseYear']).toEqual(1944);
        expect(base['body']['documents'][1]['releaseYear']).toEqual(2017);
        expect(base['body']['documents'][0]['releaseYear']).toEqual(2019);
        expect(count(base['body']['documents'])).toBe(3);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.cursorAfter(({$id: base['body']['documents'][1]['$id']})),
                Query.orderDesc('releaseYear')
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['$id']).toEqual(base['body']['documents'][2]['$id']);
        expect(count(documents['body']['documents'])).toBe(1);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.cursorAfter(({$id: 'unknown'})),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(400);
        return;
  });
  // DatabasesBase::testListDocumentsBeforePagination
  it('testListDocumentsBeforePagination', async () => {
    let databaseId: any, base: any, documents: any;
        databaseId = data['databaseId'];
        base = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(base['headers']['status-code']).toEqual(200);
        expect(base['body']['documents'][0]['title']).toEqual('Captain America');
        expect(base['body']['documents'][1]['title']).toEqual('Spider-Man: Far From Home');
        expect(base['body']['documents'][2]['title']).toEqual('Spider-Man: Homecoming');
        expect(count(base['body']['documents'])).toBe(3);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.cursorBefore(({$id: base['body']['documents'][2]['$id']})),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['$id']).toEqual(base['body']['documents'][0]['$id']);
        expect(documents['body']['documents'][1]['$id']).toEqual(base['body']['documents'][1]['$id']);
        expect(count(documents['body']['documents'])).toBe(2);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.cursorBefore(({$id: base['body']['documents'][0]['$id']})),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(isEmpty(documents['body']['documents'])).toBe(true);
        base = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.orderAsc('releaseYear'),
            ],
        });
        expect(base['headers']['status-code']).toEqual(200);
        expect(base['body']['documents'][0]['releaseYear']).toEqual(1944);
        expect(base['body']['documents'][1]['releaseYear']).toEqual(2017);
        expect(base['body']['documents'][2]['releaseYear']).toEqual(2019);
        expect(count(base['body']['documents'])).toBe(3);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.cursorBefore(({$id: base['body']['documents'][1]['$id']})),
                Query.orderAsc('releaseYear'),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['$id']).toEqual(base['body']['documents'][0]['$id']);
        expect(count(documents['body']['documents'])).toBe(1);
        base = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.orderDesc('releaseYear'),
            ],
        });
        expect(base['headers']['status-code']).toEqual(200);
        expect(base['body']['documents'][2]['releaseYear']).toEqual(1944);
        expect(base['body']['documents'][1]['releaseYear']).toEqual(2017);
        expect(base['body']['documents'][0]['releaseYear']).toEqual(2019);
        expect(count(base['body']['documents'])).toBe(3);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.cursorBefore(({$id: base['body']['documents'][1]['$id']})),
                Query.orderDesc('releaseYear'),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['$id']).toEqual(base['body']['documents'][0]['$id']);
        expect(count(documents['body']['documents'])).toBe(1);
        return;
  });
  // DatabasesBase::testListDocumentsLimitAndOffset
  it('testListDocumentsLimitAndOffset', async () => {
    let databaseId: any, documents: any;
        databaseId = data['databaseId'];
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.orderAsc('releaseYear'),
                Query.limit(1),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['releaseYear']).toEqual(1944);
        expect(count(documents['body']['documents'])).toBe(1);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.orderAsc('releaseYear'),
                Query.limit(2),
                Query.offset(1),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['releaseYear']).toEqual(2017);
        expect(documents['body']['documents'][1]['releaseYear']).toEqual(2019);
        expect(count(documents['body']['documents'])).toBe(2);
        return;
  });
  // DatabasesBase::testDocumentsListQueries
  it('testDocumentsListQueries', async () => {
    let databaseId: any, documents: any, conditions: any, value: any;
        databaseId = data['databaseId'];
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.search('title', 'Captain America'),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['releaseYear']).toEqual(1944);
        expect(count(documents['body']['documents'])).toBe(1);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.equal('$id', [documents['body']['documents'][0]['$id']]),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['releaseYear']).toEqual(1944);
        expect(count(documents['body']['documents'])).toBe(1);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.search('title', 'Homecoming'),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['releaseYear']).toEqual(2017);
        expect(count(documents['body']['documents'])).toBe(1);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.search('title', 'spider'),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['releaseYear']).toEqual(2019);
        expect(documents['body']['documents'][1]['releaseYear']).toEqual(2017);
        expect(count(documents['body']['documents'])).toBe(2);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                '{"method":"contains","attribute":"title","values":[bad]}'
            ],
        });
        expect(documents['headers']['status-code']).toEqual(400);
        expect(documents['body']['message']).toEqual('Invalid query: Syntax error');
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.contains('title', ['spi']), 
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['total']).toEqual(2);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.equal('releaseYear', [1944]),
            ],
        });
        expect(count(documents['body']['documents'])).toBe(1);
        expect(documents['body']['documents'][0]['title']).toEqual('Captain America');
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.notEqual('releaseYear', 1944),
            ],
        });
        expect(count(documents['body']['documents'])).toBe(2);
        expect(documents['body']['documents'][0]['title']).toEqual('Spider-Man: Far From Home');
        expect(documents['body']['documents'][1]['title']).toEqual('Spider-Man: Homecoming');
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.greaterThan('$createdAt', '1976-06-12'),
            ],
        });
        expect(count(documents['body']['documents'])).toBe(3);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.lessThan('$createdAt', '1976-06-12'),
            ],
        });
        expect(count(documents['body']['documents'])).toBe(0);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.contains('actors', ['Tom Holland', 'Samuel Jackson']),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['total']).toEqual(3);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.contains('actors', ['Tom']), 
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['total']).toEqual(0);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.greaterThan('birthDay', '16/01/2024 12:00:00AM'),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(400);
        expect(documents['body']['message']).toEqual('Invalid query: Query value is invalid for attribute "birthDay"');
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.greaterThan('birthDay', '1960-01-01 10:10:10+02:30'),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['documents'][0]['birthDay']).toEqual('1975-06-12T12:12:55.000+00:00');
        expect(documents['body']['documents'][1]['birthDay']).toEqual('1975-06-12T18:12:55.000+00:00');
        expect(count(documents['body']['documents'])).toBe(2);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.isNull('integers'),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(200);
        expect(documents['body']['total']).toEqual(1);
        conditions = [];
        for (let i = 0; i < 101; i++) {
            conditions.push(i);
        }
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.equal('releaseYear', conditions),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(400);
        expect(documents['body']['message']).toEqual('Invalid query: Query on attribute has greater than 100 values: releaseYear');
        value = '';
        for (let i = 0; i < 101; i++) {
            value += "[" + i + "] Too long title to cross 2k chars query limit ";
        }
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.search('title', value),
            ],
        });
        return;
  });
  // DatabasesBase::testUpdateDocument
  it('testUpdateDocument', async () => {
    let databaseId: any, document: any, id: any, dateValidator: any, response: any;
        databaseId = data['databaseId'];
        document = await call('POST', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                title: 'Thor: Ragnaroc',
                releaseYear: 2017,
                birthDay: '1976-06-12 14:12:55',
                actors: [],
                $createdAt: 5 
            },
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ],
        });
        id = document['body']['$id'];
        expect(document['headers']['status-code']).toEqual(201);
        expect(document['body']['$collectionId']).toEqual(data['moviesId']);
        expect(document['body']).not.toHaveProperty(['$collection']);
        expect(document['body']['$databaseId']).toEqual(databaseId);
        expect('Thor: Ragnaroc').toEqual(document['body']['title']);
        expect(2017).toEqual(document['body']['releaseYear']);
        dateValidator = new DatetimeValidator();
        expect(dateValidator.isValid(document['body']['$createdAt'])).toEqual(true);
        expect(dateValidator.isValid(document['body']['birthDay'])).toEqual(true);
        expect(document['body']['$permissions']).toContain(Permission.read(Role.user((await getUser())['$id'])));
        expect(document['body']['$permissions']).toContain(Permission.update(Role.user((await getUser())['$id'])));
        expect(document['body']['$permissions']).toContain(Permission.delete(Role.user((await getUser())['$id'])));
        document = await call('PATCH', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            data: {
                title: 'Thor: Ragnarok',
            },
            permissions: [
                Permission.read(Role.users()),
                Permission.update(Role.users()),
                Permission.delete(Role.users()),
            ],
        });
        expect(document['headers']['status-code']).toEqual(200);
        expect(id).toEqual(document['body']['$id']);
        expect(document['body']['$collectionId']).toEqual(data['moviesId']);
        expect(document['body']).not.toHaveProperty(['$collection']);
        expect(document['body']['$databaseId']).toEqual(databaseId);
        expect('Thor: Ragnarok').toEqual(document['body']['title']);
        expect(2017).toEqual(document['body']['releaseYear']);
        expect(document['body']['$permissions']).toContain(Permission.read(Role.users()));
        expect(document['body']['$permissions']).toContain(Permission.update(Role.users()));
        expect(document['body']['$permissions']).toContain(Permission.delete(Role.users()));
        document = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        id = document['body']['$id'];
        expect(document['headers']['status-code']).toEqual(200);
        expect(document['body']['$collectionId']).toEqual(data['moviesId']);
        expect(document['body']).not.toHaveProperty(['$collection']);
        expect(document['body']['$databaseId']).toEqual(databaseId);
        expect('Thor: Ragnarok').toEqual(document['body']['title']);
        expect(2017).toEqual(document['body']['releaseYear']);
        response = await call('PATCH', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-timestamp': DateTime.formatTz(DateTime.now()),
        }, (await getHeaders())), {
            data: {
                title: 'Thor: Ragnarok',
            },
        });
        expect(response['headers']['status-code']).toEqual(200);
        response = await call('PATCH', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-timestamp': 'invalid',
        }, (await getHeaders())), {
            data: {
                title: 'Thor: Ragnarok',
            },
        });
        expect(response['headers']['status-code']).toEqual(400);
        expect(response['body']['message']).toEqual('Invalid X-Appwrite-Timestamp header value');
        expect(response['body']['type']).toEqual('general_argument_invalid');
        response = await call('PATCH', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-timestamp': DateTime.formatTz(DateTime.addSeconds(new DateTime(), -1000)),
        }, (await getHeaders())), {
            data: {
                title: 'Thor: Ragnarok',
            },
        });
        expect(response['headers']['status-code']).toEqual(409);
        expect(response['body']['message']).toEqual('Remote document is newer than local.');
        expect(response['body']['type']).toEqual('document_update_conflict');
        return;
  });
  // DatabasesBase::testDeleteDocument
  it('testDeleteDocument', async () => {
    let databaseId: any, document: any, id: any;
        databaseId = data['databaseId'];
        document = await call('POST', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                title: 'Thor: Ragnarok',
                releaseYear: 2017,
                birthDay: '1975-06-12 14:12:55',
                actors: [],
            },
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        id = document['body']['$id'];
        expect(document['headers']['status-code']).toEqual(201);
        document = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(document['headers']['status-code']).toEqual(200);
        document = await call('DELETE', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(document['headers']['status-code']).toEqual(204);
        document = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(document['headers']['status-code']).toEqual(404);
        return data;
  });
  // DatabasesBase::testDefaultPermissions
  it('testDefaultPermissions', async () => {
    let databaseId: any, document: any, id: any;
        databaseId = data['databaseId'];
        document = await call('POST', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                title: 'Captain America',
                releaseYear: 1944,
                actors: [],
            },
        });
        id = document['body']['$id'];
        expect(document['headers']['status-code']).toEqual(201);
        expect('Captain America').toEqual(document['body']['title']);
        expect(1944).toEqual(document['body']['releaseYear']);
        expect(isArray(document['body']['$permissions'])).toBe(true);
        if (getSide() == 'client') {
            expect(count(document['body']['$permissions'])).toBe(3);
            expect(document['body']['$permissions']).toContain(Permission.read(Role.user((await getUser())['$id'])));
            expect(document['body']['$permissions']).toContain(Permission.update(Role.user((await getUser())['$id'])));
            expect(document['body']['$permissions']).toContain(Permission.delete(Role.user((await getUser())['$id'])));
        }
        if (getSide() == 'server') {
            expect(count(document['body']['$permissions'])).toBe(0);
            expect(document['body']['$permissions']).toEqual([]);
        }
        document = await call('PATCH', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            data: {
                title: 'Captain America 2',
                releaseYear: 1945,
                actors: [],
            },
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id']))
            ],
        });
        expect(document['headers']['status-code']).toEqual(200);
        expect('Captain America 2').toEqual(document['body']['title']);
        expect(1945).toEqual(document['body']['releaseYear']);
        expect(count(document['body']['$permissions'])).toBe(2);
        expect(document['body']['$permissions']).toEqual([
            Permission.read(Role.user((await getUser())['$id'])),
            Permission.update(Role.user((await getUser())['$id'])),
        ]);
        document = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(document['headers']['status-code']).toEqual(200);
        expect('Captain America 2').toEqual(document['body']['title']);
        expect(1945).toEqual(document['body']['releaseYear']);
        expect(count(document['body']['$permissions'])).toBe(2);
        expect(document['body']['$permissions']).toEqual([
            Permission.read(Role.user((await getUser())['$id'])),
            Permission.update(Role.user((await getUser())['$id'])),
        ]);
        document = await call('PATCH', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            data: {
                title: 'Captain America 3',
                releaseYear: 1946,
                actors: [],
            },
            permissions: [],
        });
        expect(document['headers']['status-code']).toEqual(200);
        expect('Captain America 3').toEqual(document['body']['title']);
        expect(1946).toEqual(document['body']['releaseYear']);
        expect(count(document['body']['$permissions'])).toBe(0);
        expect(document['body']['$permissions']).toEqual([]);
        document = await call('GET', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        switch (getSide()) {
            case 'client':
                expect(document['headers']['status-code']).toEqual(404);
                break;
            case 'server':
                expect(document['headers']['status-code']).toEqual(200);
                break;
        }
        return data;
  });
  // DatabasesBase::testValidateOperators and DatabasesBase::testSelectQueries run in relationships.test.ts, after the
  // relationship tests that make the person collection they read.
  // DatabasesBase::testUniqueIndexDuplicate
  it('testUniqueIndexDuplicate', async () => {
    let databaseId: any, uniqueIndex: any, duplicate: any, document: any;
        databaseId = data['databaseId'];
        uniqueIndex = await call('POST', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/indexes', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: 'unique_title',
            type: 'unique',
            attributes: ['title'],
        });
        requireSetup(uniqueIndex); // adapted: server-side setup (API key) applied to the project config, not counted
        duplicate = await call('POST', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                title: 'Captain America',
                releaseYear: 1944,
                actors: [
                    'Chris Evans',
                    'Samuel Jackson',
                ]
            },
            permissions: [
                Permission.read(Role.user(ID.custom((await getUser())['$id']))),
                Permission.update(Role.user(ID.custom((await getUser())['$id']))),
                Permission.delete(Role.user(ID.custom((await getUser())['$id']))),
            ]
        });
        expect(duplicate['headers']['status-code']).toEqual(409);
        document = await call('POST', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                title: 'Captain America 5',
                releaseYear: 1944,
                actors: [
                    'Chris Evans',
                    'Samuel Jackson',
                ]
            },
            permissions: [
                Permission.read(Role.user(ID.custom((await getUser())['$id']))),
                Permission.update(Role.user(ID.custom((await getUser())['$id']))),
                Permission.delete(Role.user(ID.custom((await getUser())['$id']))),
            ]
        });
        expect(document['headers']['status-code']).toEqual(201);
        duplicate = await call('PATCH', '/databases/' + databaseId + '/collections/' + data['moviesId'] + '/documents/' + document['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                title: 'Captain America',
                releaseYear: 1944,
                actors: [
                    'Chris Evans',
                    'Samuel Jackson',
                ]
            },
            permissions: [
                Permission.read(Role.user(ID.custom((await getUser())['$id']))),
                Permission.update(Role.user(ID.custom((await getUser())['$id']))),
                Permission.delete(Role.user(ID.custom((await getUser())['$id']))),
            ]
        });
        expect(duplicate['headers']['status-code']).toEqual(409);
        return data;
  });
});
