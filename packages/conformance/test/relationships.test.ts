// Ported from appwrite/appwrite 1.5.11 tests/e2e/Services/Databases (DatabasesBase.php and DatabasesCustomClientTest.php):
// the relationship tests, run in PHP's order because later tests read what earlier ones made.
// Translated mechanically from PHP (scripts/port.sh), then adapted by hand where marked `adapted:`.
// adapted: the collections and attributes these tests create with an API key go through the emulated server API
// (test/support/schemaApi.ts), which adds them to the project config as appwrite.json would declare them.
/* eslint-disable */
import { describe, it } from 'vitest';
import { useEmulator, requireSetup, array_merge, call, count, expect, getHeaders, getProject, getUser, ID, isArray, Permission, projectId, Query, Role, sleep } from './support/appwrite.ts';

useEmulator();

/** Utopia\Database's relationship constants. */
const Database = {
  RELATION_ONE_TO_ONE: 'oneToOne', RELATION_ONE_TO_MANY: 'oneToMany', RELATION_MANY_TO_ONE: 'manyToOne', RELATION_MANY_TO_MANY: 'manyToMany',
  RELATION_MUTATE_CASCADE: 'cascade', RELATION_MUTATE_RESTRICT: 'restrict', RELATION_MUTATE_SET_NULL: 'setNull',
  RELATION_SIDE_PARENT: 'parent', RELATION_SIDE_CHILD: 'child',
};

describe('databases relationships (DatabasesCustomClientTest)', () => {
  const data: any = { databaseId: 'db' };
  // DatabasesBase::testOneToOneRelationship
  it('testOneToOneRelationship', async () => {
    let databaseId: any, person: any, library: any, relation: any, libraryName: any, attributes: any, attribute: any, person1: any, person2: any, documents: any, response: any;
        databaseId = data['databaseId'];
        person = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: 'person',
            name: 'person',
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
                Permission.create(Role.user((await getUser())['$id'])),
            ],
            documentSecurity: true,
        });
        requireSetup(person); // adapted: server-side setup (API key), not counted
        library = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: 'library',
            name: 'library',
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.create(Role.user((await getUser())['$id'])),
            ],
            documentSecurity: true,
        });
        requireSetup(library); // adapted: server-side setup (API key), not counted
        await call('POST', '/databases/' + databaseId + '/collections/' + person['body']['$id'] + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: 'fullName',
            size: 255,
            required: false,
        });
        // adapted: no attribute worker to wait for (PHP: sleep(1))
        relation = await call('POST', '/databases/' + databaseId + '/collections/' + person['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: 'library',
            type: Database.RELATION_ONE_TO_ONE,
            key: 'library',
            twoWay: true,
            onDelete: Database.RELATION_MUTATE_CASCADE,
        });
        // adapted: no attribute worker to wait for (PHP: sleep(1))
        libraryName = await call('POST', '/databases/' + databaseId + '/collections/' + library['body']['$id'] + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: 'libraryName',
            size: 255,
            required: true,
        });
        // adapted: no attribute worker to wait for (PHP: sleep(1))
        requireSetup(libraryName); // adapted: server-side setup (API key), not counted
        requireSetup(relation); // adapted: server-side setup (API key), not counted
        expect(relation['body']['key']).toEqual('library');
        expect(relation['body']['type']).toEqual('relationship');
        expect(relation['body']['status']).toEqual('processing');
        attributes = await call('GET', '/databases/' + databaseId + '/collections/' + person['body']['$id'] + '/attributes', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }));
        expect(attributes['headers']['status-code']).toEqual(200);
        expect(attributes['body']['total']).toEqual(2);
        attributes = attributes['body']['attributes'];
        expect(attributes[1]['relatedCollection']).toEqual('library');
        expect(attributes[1]['relationType']).toEqual('oneToOne');
        expect(attributes[1]['twoWay']).toEqual(true);
        expect(attributes[1]['twoWayKey']).toEqual('person');
        expect(attributes[1]['onDelete']).toEqual(Database.RELATION_MUTATE_CASCADE);
        attribute = await call('GET', `/databases/${databaseId}/collections/${person['body']['$id']}/attributes/library`, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }));
        expect(attribute['headers']['status-code']).toEqual(200);
        expect(attribute['body']['status']).toEqual('available');
        expect(attribute['body']['key']).toEqual('library');
        expect(attribute['body']['type']).toEqual('relationship');
        expect(attribute['body']['required']).toEqual(false);
        expect(attribute['body']['array']).toEqual(false);
        expect(attribute['body']['relationType']).toEqual('oneToOne');
        expect(attribute['body']['twoWay']).toEqual(true);
        expect(attribute['body']['twoWayKey']).toEqual('person');
        expect(attribute['body']['onDelete']).toEqual(Database.RELATION_MUTATE_CASCADE);
        person1 = await call('POST', '/databases/' + databaseId + '/collections/' + person['body']['$id'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                library: {
                    $id: 'library1',
                    $permissions: [
                        Permission.read(Role.any()),
                    ],
                    libraryName: 'Library 1',
                },
            },
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        expect(person1['body']['library']['libraryName']).toEqual('Library 1');
        person2 = await call('POST', '/databases/' + databaseId + '/collections/' + person['body']['$id'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                library: {
                    libraryName: 'Library 2',
                },
            },
            permissions: [
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        expect(person2['body']['library']['libraryName']).toEqual('Library 2');
        expect(person1['body']['$databaseId']).toEqual(databaseId);
        expect(person1['body']['library']['$databaseId']).toEqual(databaseId);
        expect(person1['body']['$collectionId']).toEqual(person['body']['$id']);
        expect(person1['body']['library']['$collectionId']).toEqual(library['body']['$id']);
        expect(person1['body']).not.toHaveProperty(['$collection']);
        expect(person1['body']['library']).not.toHaveProperty(['$collection']);
        expect(person1['body']).not.toHaveProperty(['$internalId']);
        expect(person1['body']['library']).not.toHaveProperty(['$internalId']);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + person['body']['$id'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.select(['fullName', 'library.*']),
                Query.equal('library', ['library1']),
            ],
        });
        expect(documents['body']['total']).toEqual(1);
        expect(documents['body']['documents'][0]['library']['libraryName']).toEqual('Library 1');
        expect(documents['body']['documents'][0]).toHaveProperty(['fullName']);
        documents = await call('GET', '/databases/' + databaseId + '/collections/' + person['body']['$id'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.equal('library.libraryName', ['Library 1']),
            ],
        });
        expect(documents['headers']['status-code']).toEqual(400);
        expect(documents['body']['message']).toEqual('Invalid query: Cannot query nested attribute on: library');
        response = await call('DELETE', '/databases/' + databaseId + '/collections/' + person['body']['$id'] + '/attributes/library', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }));
        // adapted: no attribute worker to wait for (PHP: sleep(2))
        expect(response['headers']['status-code']).toEqual(204);
        attribute = await call('GET', `/databases/${databaseId}/collections/${person['body']['$id']}/attributes/library`, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }));
        expect(attribute['headers']['status-code']).toEqual(404);
        person1 = await call('GET', '/databases/' + databaseId + '/collections/' + person['body']['$id'] + '/documents/' + person1['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(person1['body']).not.toHaveProperty(['library']);
        attributes = await call('GET', '/databases/' + databaseId + '/collections/' + library['body']['$id'] + '/attributes', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }));
        expect(attributes['headers']['status-code']).toEqual(200);
        expect(attributes['body']['total']).toEqual(1);
        expect(attributes['body']['attributes'][0]['key']).toEqual('libraryName');
        Object.assign(data, {
            databaseId: databaseId,
            personCollection: person['body']['$id'],
            libraryCollection: library['body']['$id'],
        });
  });
  // DatabasesBase::testOneToManyRelationship
  it('testOneToManyRelationship', async () => {
    let databaseId: any, personCollection: any, libraryCollection: any, libraryAttributesResponse: any, libraryCollectionResponse: any, attribute: any, person2: any, response: any;
        databaseId = data['databaseId'];
        personCollection = data['personCollection'];
        libraryCollection = data['libraryCollection'];
        await call('POST', '/databases/' + databaseId + '/collections/' + personCollection + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: 'library',
            type: Database.RELATION_ONE_TO_MANY,
            twoWay: true,
            key: 'libraries',
            twoWayKey: 'person_one_to_many',
        });
        // adapted: no attribute worker to wait for (PHP: sleep(1))
        libraryAttributesResponse = await call('GET', '/databases/' + databaseId + '/collections/' + libraryCollection + '/attributes', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }));
        expect(isArray(libraryAttributesResponse['body']['attributes'])).toBe(true);
        expect(libraryAttributesResponse['body']['total']).toEqual(2);
        expect(libraryAttributesResponse['body']['attributes'][1]['key']).toEqual('person_one_to_many');
        libraryCollectionResponse = await call('GET', '/databases/' + databaseId + '/collections/' + libraryCollection, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }));
        expect(isArray(libraryCollectionResponse['body']['attributes'])).toBe(true);
        expect(count(libraryCollectionResponse['body']['attributes'])).toBe(2);
        attribute = await call('GET', `/databases/${databaseId}/collections/${personCollection}/attributes/libraries`, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }));
        expect(attribute['headers']['status-code']).toEqual(200);
        expect(attribute['body']['status']).toEqual('available');
        expect(attribute['body']['key']).toEqual('libraries');
        expect(attribute['body']['type']).toEqual('relationship');
        expect(attribute['body']['required']).toEqual(false);
        expect(attribute['body']['array']).toEqual(false);
        expect(attribute['body']['relationType']).toEqual('oneToMany');
        expect(attribute['body']['twoWay']).toEqual(true);
        expect(attribute['body']['twoWayKey']).toEqual('person_one_to_many');
        expect(attribute['body']['onDelete']).toEqual('restrict');
        person2 = await call('POST', '/databases/' + databaseId + '/collections/' + personCollection + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: 'person10',
            data: {
                fullName: 'Stevie Wonder',
                libraries: [
                    {
                        $id: 'library10',
                        $permissions: [
                            Permission.read(Role.any()),
                            Permission.update(Role.any()),
                            Permission.delete(Role.any()),
                        ],
                        libraryName: 'Library 10',
                    },
                    {
                        $id: 'library11',
                        $permissions: [
                            Permission.read(Role.any()),
                            Permission.update(Role.any()),
                            Permission.delete(Role.any()),
                        ],
                        libraryName: 'Library 11',
                    }
                ],
            },
            permissions: [
                Permission.read(Role.any()),
                Permission.update(Role.any()),
                Permission.delete(Role.any()),
            ]
        });
        expect(person2['headers']['status-code']).toEqual(201);
        expect(person2['body']).toHaveProperty(['libraries']);
        expect(count(person2['body']['libraries'])).toEqual(2);
        response = await call('GET', '/databases/' + databaseId + '/collections/' + personCollection + '/documents/' + person2['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']).not.toHaveProperty(['$collection']);
        expect(response['body']).toHaveProperty(['libraries']);
        expect(count(response['body']['libraries'])).toEqual(2);
        response = await call('GET', '/databases/' + databaseId + '/collections/' + libraryCollection + '/documents/library11', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']).toHaveProperty(['person_one_to_many']);
        expect(response['body']['person_one_to_many']['$id']).toEqual('person10');
        response = await call('PATCH', '/databases/' + databaseId + '/collections/' + personCollection + '/attributes/libraries/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            onDelete: Database.RELATION_MUTATE_CASCADE,
        });
        expect(response['headers']['status-code']).toEqual(200);
        attribute = await call('GET', `/databases/${databaseId}/collections/${personCollection}/attributes/libraries`, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }));
        expect(attribute['headers']['status-code']).toEqual(200);
        expect(attribute['body']['status']).toEqual('available');
        expect(attribute['body']['key']).toEqual('libraries');
        expect(attribute['body']['type']).toEqual('relationship');
        expect(attribute['body']['required']).toEqual(false);
        expect(attribute['body']['array']).toEqual(false);
        expect(attribute['body']['relationType']).toEqual('oneToMany');
        expect(attribute['body']['twoWay']).toEqual(true);
        expect(attribute['body']['onDelete']).toEqual(Database.RELATION_MUTATE_CASCADE);
        Object.assign(data, {databaseId: databaseId, personCollection: personCollection});
  });
  // DatabasesBase::testManyToOneRelationship
  it('testManyToOneRelationship', async () => {
    let databaseId: any, albums: any, artists: any, response: any, permissions: any, album: any, artist: any;
        databaseId = data['databaseId'];
        albums = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.unique(),
            name: 'Albums',
            documentSecurity: true,
            permissions: [
                Permission.create(Role.user((await getUser())['$id'])),
                Permission.read(Role.user((await getUser())['$id'])),
            ],
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + albums['body']['$id'] + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: 'name',
            size: 255,
            required: true,
        });
        artists = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.unique(),
            name: 'Artists',
            documentSecurity: true,
            permissions: [
                Permission.create(Role.user((await getUser())['$id'])),
                Permission.read(Role.user((await getUser())['$id'])),
            ],
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + artists['body']['$id'] + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: 'name',
            size: 255,
            required: true,
        });
        response = await call('POST', '/databases/' + databaseId + '/collections/' + albums['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: artists['body']['$id'],
            type: Database.RELATION_MANY_TO_ONE,
            twoWay: true,
            key: 'artist',
            twoWayKey: 'albums',
        });
        requireSetup(response); // adapted: server-side setup (API key), not counted
        expect(response['body']['key']).toEqual('artist');
        expect(response['body']['type']).toEqual('relationship');
        expect(response['body']['required']).toEqual(false);
        expect(response['body']['array']).toEqual(false);
        expect(response['body']['relationType']).toEqual('manyToOne');
        expect(response['body']['twoWay']).toEqual(true);
        expect(response['body']['twoWayKey']).toEqual('albums');
        expect(response['body']['onDelete']).toEqual('restrict');
        // adapted: no attribute worker to wait for (PHP: sleep(1))
        permissions = [
            Permission.read(Role.user((await getUser())['$id'])),
            Permission.update(Role.user((await getUser())['$id'])),
            Permission.delete(Role.user((await getUser())['$id'])),
        ];
        album = await call('POST', '/databases/' + databaseId + '/collections/' + albums['body']['$id'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: 'album1',
            permissions: permissions,
            data: {
                name: 'Album 1',
                artist: {
                    $id: ID.unique(),
                    name: 'Artist 1',
                },
            },
        });
        expect(album['headers']['status-code']).toEqual(201);
        expect(album['body']['$id']).toEqual('album1');
        expect(album['body']['name']).toEqual('Album 1');
        expect(album['body']['artist']['name']).toEqual('Artist 1');
        expect(album['body']['$permissions']).toEqual(permissions);
        expect(album['body']['artist']['$permissions']).toEqual(permissions);
        album = await call('GET', '/databases/' + databaseId + '/collections/' + albums['body']['$id'] + '/documents/album1', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(album['headers']['status-code']).toEqual(200);
        expect(album['body']['$id']).toEqual('album1');
        expect(album['body']['name']).toEqual('Album 1');
        expect(album['body']['artist']['name']).toEqual('Artist 1');
        expect(album['body']['$permissions']).toEqual(permissions);
        expect(album['body']['artist']['$permissions']).toEqual(permissions);
        artist = await call('GET', '/databases/' + databaseId + '/collections/' + artists['body']['$id'] + '/documents/' + album['body']['artist']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(artist['headers']['status-code']).toEqual(200);
        expect(artist['body']['name']).toEqual('Artist 1');
        expect(artist['body']['$permissions']).toEqual(permissions);
        expect(count(artist['body']['albums'])).toEqual(1);
        expect(artist['body']['albums'][0]['$id']).toEqual('album1');
        expect(artist['body']['albums'][0]['name']).toEqual('Album 1');
        expect(artist['body']['albums'][0]['$permissions']).toEqual(permissions);
        Object.assign(data, {
            databaseId: databaseId,
            albumsCollection: albums['body']['$id'],
            artistsCollection: artists['body']['$id'],
        });
  });
  // DatabasesBase::testManyToManyRelationship
  it('testManyToManyRelationship', async () => {
    let databaseId: any, sports: any, players: any, response: any, permissions: any, sport: any, player: any;
        databaseId = data['databaseId'];
        sports = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.unique(),
            name: 'Sports',
            documentSecurity: true,
            permissions: [
                Permission.create(Role.user((await getUser())['$id'])),
                Permission.read(Role.user((await getUser())['$id'])),
            ],
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + sports['body']['$id'] + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: 'name',
            size: 255,
            required: true,
        });
        players = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.unique(),
            name: 'Players',
            documentSecurity: true,
            permissions: [
                Permission.create(Role.user((await getUser())['$id'])),
                Permission.read(Role.user((await getUser())['$id'])),
            ],
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + players['body']['$id'] + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: 'name',
            size: 255,
            required: true,
        });
        response = await call('POST', '/databases/' + databaseId + '/collections/' + sports['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: players['body']['$id'],
            type: Database.RELATION_MANY_TO_MANY,
            twoWay: true,
            key: 'players',
            twoWayKey: 'sports',
            onDelete: Database.RELATION_MUTATE_SET_NULL,
        });
        requireSetup(response); // adapted: server-side setup (API key), not counted
        expect(response['body']['key']).toEqual('players');
        expect(response['body']['type']).toEqual('relationship');
        expect(response['body']['required']).toEqual(false);
        expect(response['body']['array']).toEqual(false);
        expect(response['body']['relationType']).toEqual('manyToMany');
        expect(response['body']['twoWay']).toEqual(true);
        expect(response['body']['twoWayKey']).toEqual('sports');
        expect(response['body']['onDelete']).toEqual('setNull');
        // adapted: no attribute worker to wait for (PHP: sleep(1))
        permissions = [
            Permission.read(Role.user((await getUser())['$id'])),
            Permission.update(Role.user((await getUser())['$id'])),
        ];
        sport = await call('POST', '/databases/' + databaseId + '/collections/' + sports['body']['$id'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: 'sport1',
            permissions: permissions,
            data: {
                name: 'Sport 1',
                players: [
                    {
                        $id: 'player1',
                        name: 'Player 1',
                    },
                    {
                        $id: 'player2',
                        name: 'Player 2',
                    }
                ],
            },
        });
        expect(sport['headers']['status-code']).toEqual(201);
        expect(sport['body']['$id']).toEqual('sport1');
        expect(sport['body']['name']).toEqual('Sport 1');
        expect(sport['body']['players'][0]['name']).toEqual('Player 1');
        expect(sport['body']['players'][1]['name']).toEqual('Player 2');
        expect(sport['body']['$permissions']).toEqual(permissions);
        expect(sport['body']['players'][0]['$permissions']).toEqual(permissions);
        expect(sport['body']['players'][1]['$permissions']).toEqual(permissions);
        sport = await call('GET', '/databases/' + databaseId + '/collections/' + sports['body']['$id'] + '/documents/sport1', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(sport['headers']['status-code']).toEqual(200);
        expect(sport['body']['$id']).toEqual('sport1');
        expect(sport['body']['name']).toEqual('Sport 1');
        expect(sport['body']['players'][0]['name']).toEqual('Player 1');
        expect(sport['body']['players'][1]['name']).toEqual('Player 2');
        expect(sport['body']['$permissions']).toEqual(permissions);
        expect(sport['body']['players'][0]['$permissions']).toEqual(permissions);
        expect(sport['body']['players'][1]['$permissions']).toEqual(permissions);
        player = await call('GET', '/databases/' + databaseId + '/collections/' + players['body']['$id'] + '/documents/' + sport['body']['players'][0]['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(player['headers']['status-code']).toEqual(200);
        expect(player['body']['name']).toEqual('Player 1');
        expect(player['body']['$permissions']).toEqual(permissions);
        expect(count(player['body']['sports'])).toEqual(1);
        expect(player['body']['sports'][0]['$id']).toEqual('sport1');
        expect(player['body']['sports'][0]['name']).toEqual('Sport 1');
        expect(player['body']['sports'][0]['$permissions']).toEqual(permissions);
        Object.assign(data, {
            databaseId: databaseId,
            sportsCollection: sports['body']['$id'],
            playersCollection: players['body']['$id'],
        });
  });
  // DatabasesBase::testValidateOperators
  it('testValidateOperators', async () => {
    let response: any;
        response = await call('GET', '/databases/' + data['databaseId'] + '/collections/' + data['personCollection'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.isNotNull('$id'),
                Query.startsWith('fullName', 'Stevie'),
                Query.endsWith('fullName', 'Wonder'),
                Query.between('$createdAt', '1975-12-06', '2050-12-01'),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(count(response['body']['documents'])).toEqual(1);
        expect(response['body']['documents'][0]['$id']).toEqual('person10');
        expect(response['body']['documents'][0]['fullName']).toEqual('Stevie Wonder');
        expect(count(response['body']['documents'][0]['libraries'])).toEqual(2);
        response = await call('GET', '/databases/' + data['databaseId'] + '/collections/' + data['personCollection'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.isNotNull('$id'),
                Query.isNull('fullName'),
                Query.select(['fullName']),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(count(response['body']['documents'])).toEqual(2);
        expect(response['body']['documents'][0]['fullName']).toEqual(null);
        expect(response['body']['documents'][0]).not.toHaveProperty(["libraries"]);
        expect(response['body']['documents'][0]).not.toHaveProperty(['$databaseId']);
        expect(response['body']['documents'][0]).not.toHaveProperty(['$collectionId']);
  });
  // DatabasesBase::testSelectQueries
  it('testSelectQueries', async () => {
    let response: any, document: any;
        response = await call('GET', '/databases/' + data['databaseId'] + '/collections/' + data['personCollection'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.equal('fullName', ['Stevie Wonder']),
                Query.select(['fullName']),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']['documents'][0]).not.toHaveProperty(['libraries']);
        expect(response['body']['documents'][0]).not.toHaveProperty(['$databaseId']);
        expect(response['body']['documents'][0]).not.toHaveProperty(['$collectionId']);
        response = await call('GET', '/databases/' + data['databaseId'] + '/collections/' + data['personCollection'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.select(['libraries.*', '$id']),
            ],
        });
        document = response['body']['documents'][0];
        expect(response['headers']['status-code']).toEqual(200);
        expect(document).toHaveProperty(['libraries']);
        expect(document).not.toHaveProperty(['$databaseId']);
        expect(document).not.toHaveProperty(['$collectionId']);
        response = await call('GET', '/databases/' + data['databaseId'] + '/collections/' + data['personCollection'] + '/documents/' + document['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.select(['fullName', '$id']),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']).toHaveProperty(['fullName']);
        expect(response['body']).not.toHaveProperty(['libraries']);
  });
  // DatabasesBase::testUpdateWithExistingRelationships
  it('testUpdateWithExistingRelationships', async () => {
    let databaseId: any, collection1: any, collection2: any, document: any, update: any;
        databaseId = data['databaseId'];
        collection1 = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.unique(),
            name: 'Collection1',
            documentSecurity: true,
            permissions: [
                Permission.create(Role.user((await getUser())['$id'])),
                Permission.read(Role.user((await getUser())['$id'])),
            ],
        });
        collection2 = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.unique(),
            name: 'Collection2',
            documentSecurity: true,
            permissions: [
                Permission.create(Role.user((await getUser())['$id'])),
                Permission.read(Role.user((await getUser())['$id'])),
            ],
        });
        collection1 = collection1['body']['$id'];
        collection2 = collection2['body']['$id'];
        await call('POST', '/databases/' + databaseId + '/collections/' + collection1 + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: 'name',
            size: '49',
            required: true,
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + collection2 + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: 'name',
            size: '49',
            required: true,
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + collection1 + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection2,
            type: Database.RELATION_ONE_TO_MANY,
            twoWay: true,
            key: 'collection2'
        });
        // adapted: no attribute worker to wait for (PHP: sleep(1))
        document = await call('POST', '/databases/' + databaseId + '/collections/' + collection1 + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId()
        }, (await getHeaders())), {
            documentId: ID.unique(),
            data: {
                name: 'Document 1',
                collection2: [
                    {
                        name: 'Document 2',
                    },
                ],
            },
        });
        update = await call('PATCH', '/databases/' + databaseId + '/collections/' + collection1 + '/documents/' + document['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId()
        }, (await getHeaders())), {
            data: {
                name: 'Document 1 Updated',
            },
        });
        expect(update['headers']['status-code']).toEqual(200);
  });
  it('testUpdateTwoWayRelationship', async () => {
    let database: any, databaseId: any, collection1: any, collection2: any, relation: any, collection1Attributes: any, collection1RelationAttribute: any;
        database = await call('POST', '/databases', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }, {
            databaseId: ID.unique(),
            name: 'Test Database'
        });
        databaseId = database['body']['$id'];
        collection1 = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.unique(),
            name: 'level1',
            documentSecurity: false,
            permissions: [
                Permission.create(Role.user((await getUser())['$id'])),
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        collection2 = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.unique(),
            name: 'level2',
            documentSecurity: false,
            permissions: [
                Permission.create(Role.user((await getUser())['$id'])),
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        // adapted: no attribute worker to wait for (PHP: sleep(2))
        relation = await call('POST', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection2['body']['$id'],
            type: 'oneToMany',
            twoWay: true,
            onDelete: 'cascade',
            key: collection2['body']['$id'],
            twoWayKey: collection1['body']['$id']
        });
        // adapted: no attribute worker to wait for (PHP: sleep(3))
        await call('PATCH', '/databases/' + databaseId + '/collections/' + collection2['body']['$id'] + '/attributes/' + collection1['body']['$id'] + '/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            onDelete: 'restrict',
        });
        collection1Attributes =  await call('GET', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'], {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        });
        collection1RelationAttribute = collection1Attributes['body']['attributes'][0];
        expect(collection1RelationAttribute['side']).toEqual(relation['body']['side']);
        expect(collection1RelationAttribute['twoWayKey']).toEqual(relation['body']['twoWayKey']);
        expect(collection1RelationAttribute['relatedCollection']).toEqual(relation['body']['relatedCollection']);
        expect(collection1RelationAttribute['onDelete']).toEqual('restrict');
  });
  // DatabasesCustomClientTest::testRelationshipSameTwoWayKey
  it('testRelationshipSameTwoWayKey', async () => {
    let database: any, databaseId: any, collection1: any, collection2: any, relation: any;
        database = await call('POST', '/databases', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }, {
            databaseId: ID.unique(),
            name: 'Same two way key'
        });
        databaseId = database['body']['$id'];
        collection1 = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.unique(),
            name: 'c1',
            documentSecurity: false,
            permissions: [
                Permission.create(Role.user((await getUser())['$id'])),
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        collection2 = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.unique(),
            name: 'c2',
            documentSecurity: false,
            permissions: [
                Permission.create(Role.user((await getUser())['$id'])),
                Permission.read(Role.user((await getUser())['$id'])),
                Permission.update(Role.user((await getUser())['$id'])),
                Permission.delete(Role.user((await getUser())['$id'])),
            ]
        });
        // adapted: no attribute worker to wait for (PHP: sleep(2))
        relation = await call('POST', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection2['body']['$id'],
            type: Database.RELATION_ONE_TO_ONE,
            twoWay: false,
            onDelete: 'cascade',
            key: 'attr1',
            twoWayKey: 'same_key'
        });
        // adapted: no attribute worker to wait for (PHP: sleep(2))
        expect(relation['headers']['status-code']).toEqual(202);
        expect(relation['body']['twoWayKey']).toEqual('same_key');
        relation = await call('POST', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection2['body']['$id'],
            type: Database.RELATION_ONE_TO_MANY,
            twoWay: false,
            onDelete: 'cascade',
            key: 'attr2',
            twoWayKey: 'same_key'
        });
        // adapted: no attribute worker to wait for (PHP: sleep(2))
        expect(relation['body']['code']).toEqual(409);
        expect(relation['body']['message']).toEqual('Attribute with the requested key already exists. Attribute keys must be unique, try again with a different key.');
        relation = await call('POST', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection2['body']['$id'],
            type: Database.RELATION_ONE_TO_MANY,
            twoWay: false,
            onDelete: 'cascade',
            key: 'attr3',
        });
        // adapted: no attribute worker to wait for (PHP: sleep(2))
        expect(relation['headers']['status-code']).toEqual(202);
        expect(relation['body']).toHaveProperty(['twoWayKey']);
        relation = await call('POST', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection2['body']['$id'],
            type: Database.RELATION_ONE_TO_MANY,
            twoWay: false,
            onDelete: 'cascade',
            key: 'attr4',
        });
        // adapted: no attribute worker to wait for (PHP: sleep(2))
        expect(relation['body']['message']).toEqual('Attribute with the requested key already exists. Attribute keys must be unique, try again with a different key.');
        expect(relation['body']['code']).toEqual(409);
        relation = await call('POST', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection2['body']['$id'],
            type: Database.RELATION_MANY_TO_MANY,
            twoWay: true,
            onDelete: 'setNull',
            key: 'songs',
            twoWayKey: 'playlist',
        });
        // adapted: no attribute worker to wait for (PHP: sleep(2))
        expect(relation['headers']['status-code']).toEqual(202);
        expect(relation['body']).toHaveProperty(['twoWayKey']);
        relation = await call('POST', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection2['body']['$id'],
            type: Database.RELATION_MANY_TO_MANY,
            twoWay: true,
            onDelete: 'setNull',
            key: 'songs2',
            twoWayKey: 'playlist2',
        });
        // adapted: no attribute worker to wait for (PHP: sleep(2))
        expect(relation['body']['code']).toEqual(409);
        expect(relation['body']['message']).toEqual('Creating more than one "manyToMany" relationship on the same collection is currently not permitted.');
  });
  // DatabasesCustomClientTest::testUpdateWithoutRelationPermission
  it('testUpdateWithoutRelationPermission', async () => {
    let userId: any, database: any, databaseId: any, collection1: any, collection2: any, collection3: any, collection4: any, collection5: any, parentDocument: any, response: any;
        userId = (await getUser())['$id'];
        database = await call('POST', '/databases', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }, {
            databaseId: ID.unique(),
            name: ID.unique(),
        });
        databaseId = database['body']['$id'];
        collection1 = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.custom('collection1'),
            name: ID.custom('collection1'),
            documentSecurity: false,
            permissions: [
                Permission.create(Role.user(userId)),
                Permission.read(Role.user(userId)),
                Permission.delete(Role.user(userId)),
            ]
        });
        collection2 = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.custom('collection2'),
            name: ID.custom('collection2'),
            documentSecurity: false,
            permissions: [
                Permission.read(Role.user(userId)),
            ]
        });
        collection3 = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.custom('collection3'),
            name: ID.custom('collection3'),
            documentSecurity: false,
            permissions: [
                Permission.create(Role.user(userId)),
                Permission.read(Role.user(userId)),
                Permission.delete(Role.user(userId)),
            ]
        });
        collection4 = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.custom('collection4'),
            name: ID.custom('collection4'),
            documentSecurity: false,
            permissions: [
                Permission.read(Role.user(userId)),
            ]
        });
        collection5 = await call('POST', '/databases/' + databaseId + '/collections', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.custom('collection5'),
            name: ID.custom('collection5'),
            documentSecurity: false,
            permissions: [
                Permission.create(Role.user(userId)),
                Permission.read(Role.user(userId)),
                Permission.delete(Role.user(userId)),
            ]
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection2['body']['$id'],
            type: 'oneToOne',
            twoWay: false,
            onDelete: 'setNull',
            key: collection2['body']['$id']
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + collection2['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection3['body']['$id'],
            type: 'oneToOne',
            twoWay: false,
            onDelete: 'setNull',
            key: collection3['body']['$id']
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + collection3['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection4['body']['$id'],
            type: 'oneToOne',
            twoWay: false,
            onDelete: 'setNull',
            key: collection4['body']['$id']
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + collection4['body']['$id'] + '/attributes/relationship', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            relatedCollectionId: collection5['body']['$id'],
            type: 'oneToOne',
            twoWay: false,
            onDelete: 'setNull',
            key: collection5['body']['$id']
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: "Title",
            size: 100,
            required: false,
            array: false,
            default: null,
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + collection2['body']['$id'] + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: "Rating",
            size: 100,
            required: false,
            array: false,
            default: null,
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + collection3['body']['$id'] + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: "Rating",
            size: 100,
            required: false,
            array: false,
            default: null,
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + collection4['body']['$id'] + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: "Rating",
            size: 100,
            required: false,
            array: false,
            default: null,
        });
        await call('POST', '/databases/' + databaseId + '/collections/' + collection5['body']['$id'] + '/attributes/string', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            key: "Rating",
            size: 100,
            required: false,
            array: false,
            default: null,
        });
        // adapted: no attribute worker to wait for (PHP: sleep(2))
        parentDocument = await call('POST', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            documentId: ID.custom(collection1['body']['$id']),
            data: {
                Title: 'Captain America',
                [collection2['body']['$id']]: {
                    $id: ID.custom(collection2['body']['$id']),
                    Rating: '10',
                    [collection3['body']['$id']]: {
                        $id: ID.custom(collection3['body']['$id']),
                        Rating: '10',
                        [collection4['body']['$id']]: {
                            $id: ID.custom(collection4['body']['$id']),
                            Rating: '10',
                            [collection5['body']['$id']]: {
                                $id: ID.custom(collection5['body']['$id']),
                                Rating: '10'
                            }
                        }
                    }
                }
            }
        });
        requireSetup(parentDocument); // adapted: server-side setup (API key), not counted
        response = await call('PATCH', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/documents/' + collection1['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            documentId: ID.custom(collection1['body']['$id']),
            data: {
                Title: 'Captain America',
                [collection2['body']['$id']]: {
                    $id: collection2['body']['$id'],
                    Rating: '10',
                    [collection3['body']['$id']]: {
                        $id: collection3['body']['$id'],
                        Rating: '10',
                        [collection4['body']['$id']]: {
                            $id: collection4['body']['$id'],
                            Rating: '10',
                            [collection5['body']['$id']]: {
                                $id: collection5['body']['$id'],
                                Rating: '10'
                            }
                        }
                    }
                }
            }
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']).toEqual(parentDocument['body']);
        await call('PUT', '/databases/' + databaseId + '/collections/collection3', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.custom('collection3'),
            name: ID.custom('collection3'),
            documentSecurity: false,
            permissions: [
                Permission.create(Role.user(userId)),
                Permission.read(Role.user(userId)),
                Permission.update(Role.user(userId)),
                Permission.delete(Role.user(userId)),
            ]
        });
        response = await call('PATCH', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/documents/' + collection1['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            data: {
                Title: 'Captain America',
                [collection2['body']['$id']]: {
                    $id: ID.custom(collection2['body']['$id']),
                    Rating: '10',
                    [collection3['body']['$id']]: {
                        $id: ID.custom(collection3['body']['$id']),
                        Rating: '11',
                        [collection4['body']['$id']]: {
                            $id: ID.custom(collection4['body']['$id']),
                            Rating: '10',
                            [collection5['body']['$id']]: {
                                $id: ID.custom(collection5['body']['$id']),
                                Rating: '11'
                            }
                        }
                    }
                }
            }
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body'][collection2['body']['$id']]['collection3']['Rating']).toEqual('11'); // adapted: PHP's assertEquals compares '11' with 11 loosely
        response = await call('PATCH', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/documents/' + collection1['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            data: {
                Title: 'Captain America',
                [collection2['body']['$id']]: {
                    $id: ID.custom(collection2['body']['$id']),
                    Rating: '11',
                    [collection3['body']['$id']]: null,
                }
            }
        });
        expect(response['headers']['status-code']).toEqual(401);
        response = await call('PATCH', '/databases/' + databaseId + '/collections/' + collection2['body']['$id'] + '/documents/' + collection2['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            data: {
                Rating: '11',
            }
        });
        expect(response['headers']['status-code']).toEqual(401);
        await call('PUT', '/databases/' + databaseId + '/collections/collection3', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.custom('collection3'),
            name: ID.custom('collection3'),
            documentSecurity: false,
            permissions: [
                Permission.create(Role.user(userId)),
                Permission.read(Role.user(userId)),
                Permission.delete(Role.user(userId)),
            ]
        });
        await call('PUT', '/databases/' + databaseId + '/collections/collection2', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            collectionId: ID.custom('collection2'),
            name: ID.custom('collection2'),
            documentSecurity: false,
            permissions: [
                Permission.create(Role.user(userId)),
                Permission.update(Role.user(userId)),
                Permission.read(Role.user(userId)),
                Permission.delete(Role.user(userId)),
            ]
        });
        response = await call('POST', '/databases/' + databaseId + '/collections/' + collection3['body']['$id'] + '/documents', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            'x-appwrite-key': getProject()['apiKey']
        }), {
            documentId: ID.custom('collection3Doc1'),
            data: {
                Rating: '20'
            }
        });
        requireSetup(response); // adapted: server-side setup (API key), not counted
        response = await call('PATCH', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/documents/' + collection1['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            data: {
                Title: 'Captain America',
                [collection2['body']['$id']]: {
                    $id: ID.custom(collection2['body']['$id']),
                    [collection3['body']['$id']]: 'collection3Doc1',
                }
            }
        });
        expect(response['headers']['status-code']).toEqual(200);
        response = await call('PATCH', '/databases/' + databaseId + '/collections/' + collection1['body']['$id'] + '/documents/' + collection1['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            data: {
                Title: 'Captain America',
                [collection2['body']['$id']]: {
                    $id: ID.custom(collection2['body']['$id']),
                    [collection3['body']['$id']]: {
                        $id: ID.custom('collection3Doc2')
                    },
                }
            }
        });
        expect(response['headers']['status-code']).toEqual(200);
  });

});
