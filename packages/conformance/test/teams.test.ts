// Ported from appwrite/appwrite 1.5.11 tests/e2e/Services (see each test's comment for its PHP origin).
// Translated mechanically from PHP, then adapted by hand where marked `adapted:`.
/* eslint-disable */
import { describe, it } from 'vitest';
import { array_merge, call, count, DatetimeValidator, DateTimeValidator, expect, getHeaders, getLastEmail, getProject, getUser, ID, isArray, isEmpty, isNumeric, Permission, projectId, Query, Role, sleep, strlen, strpos, substr, uniqid, useEmulator } from './support/appwrite.ts';

useEmulator();

describe('teams (TeamsCustomClientTest)', () => {
  const data: any = {};
  // TeamsBase::testCreateTeam
  it('testCreateTeam', async () => {
    let response1: any, dateValidator: any, teamUid: any, teamName: any, teamId: any, response2: any, response3: any, response: any;
        response1 = await call('POST', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            teamId: ID.unique(),
            name: 'Arsenal',
            roles: ['player'],
        });
        expect(response1['headers']['status-code']).toEqual(201);
        expect(isEmpty(response1['body']['$id'])).toBe(false);
        expect(response1['body']['name']).toEqual('Arsenal');
        expect(response1['body']['total']).toBeGreaterThan(-1);
        expect(Number.isInteger(response1['body']['total'])).toBe(true);
        expect(response1['body']).toHaveProperty(['prefs']);
        dateValidator = new DatetimeValidator();
        expect(dateValidator.isValid(response1['body']['$createdAt'])).toEqual(true);
        teamUid = response1['body']['$id'];
        teamName = response1['body']['name'];
        teamId = ID.unique();
        response2 = await call('POST', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            teamId: teamId,
            name: 'Manchester United'
        });
        expect(response2['headers']['status-code']).toEqual(201);
        expect(isEmpty(response2['body']['$id'])).toBe(false);
        expect(response2['body']['$id']).toEqual(teamId);
        expect(response2['body']['name']).toEqual('Manchester United');
        expect(response2['body']['total']).toBeGreaterThan(-1);
        expect(Number.isInteger(response2['body']['total'])).toBe(true);
        expect(response2['body']).toHaveProperty(['prefs']);
        expect(dateValidator.isValid(response2['body']['$createdAt'])).toEqual(true);
        response3 = await call('POST', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            teamId: ID.unique(),
            name: 'Newcastle'
        });
        expect(response3['headers']['status-code']).toEqual(201);
        expect(isEmpty(response3['body']['$id'])).toBe(false);
        expect(response3['body']['name']).toEqual('Newcastle');
        expect(response3['body']['total']).toBeGreaterThan(-1);
        expect(Number.isInteger(response3['body']['total'])).toBe(true);
        expect(dateValidator.isValid(response3['body']['$createdAt'])).toEqual(true);
        response = await call('POST', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), [
        ]);
        expect(response['headers']['status-code']).toEqual(400);
        response = await call('POST', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            teamId: teamId,
            name: 'John'
        });
        expect(response['headers']['status-code']).toEqual(409);
        expect(response['body']['type']).toEqual('team_already_exists');
        Object.assign(data, {teamUid: teamUid, teamName: teamName});
  });
  // TeamsBase::testGetTeam
  it('testGetTeam', async () => {
    let id: any, response: any, dateValidator: any;
        id = data['teamUid'] ?? '';
        response = await call('GET', '/teams/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(200);
        expect(isEmpty(response['body']['$id'])).toBe(false);
        expect(response['body']['name']).toEqual('Arsenal');
        expect(response['body']['total']).toBeGreaterThan(-1);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(response['body']).toHaveProperty(['prefs']);
        dateValidator = new DatetimeValidator();
        expect(dateValidator.isValid(response['body']['$createdAt'])).toEqual(true);
        return;
  });
  // TeamsBase::testListTeams
  it('testListTeams', async () => {
    let response: any, teams: any;
        response = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']['total']).toBeGreaterThan(0);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(count(response['body']['teams'])).toBeGreaterThan(2);
        response = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.limit(2),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(count(response['body']['teams'])).toEqual(2);
        response = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.offset(1),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(count(response['body']['teams'])).toBeGreaterThan(1);
        response = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.greaterThanEqual('total', 0),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(count(response['body']['teams'])).toBeGreaterThan(2);
        response = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.equal('name', ['Arsenal', 'Newcastle']),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(count(response['body']['teams'])).toEqual(2);
        response = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            search: 'Manchester',
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']['total']).toBeGreaterThan(0);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(count(response['body']['teams'])).toBe(1);
        expect(response['body']['teams'][0]['name']).toEqual('Manchester United');
        response = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            search: 'United',
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']['total']).toBeGreaterThan(0);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(count(response['body']['teams'])).toBe(1);
        expect(response['body']['teams'][0]['name']).toEqual('Manchester United');
        response = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            search: data['teamUid'],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']['total']).toBeGreaterThan(0);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(count(response['body']['teams'])).toBe(1);
        expect(response['body']['teams'][0]['name']).toEqual('Arsenal');
        teams = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.limit(2),
            ],
        });
        expect(teams['headers']['status-code']).toEqual(200);
        expect(teams['body']['total']).toBeGreaterThan(0);
        expect(Number.isInteger(teams['body']['total'])).toBe(true);
        expect(count(teams['body']['teams'])).toBe(2);
        response = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.limit(1),
                Query.cursorAfter(({$id: teams['body']['teams'][0]['$id']})),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']['total']).toBeGreaterThan(0);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(count(response['body']['teams'])).toBe(1);
        expect(response['body']['teams'][0]['$id']).toEqual(teams['body']['teams'][1]['$id']);
        response = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.limit(1),
                Query.cursorBefore(({$id: teams['body']['teams'][1]['$id']})),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']['total']).toBeGreaterThan(0);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(count(response['body']['teams'])).toBe(1);
        expect(response['body']['teams'][0]['$id']).toEqual(teams['body']['teams'][0]['$id']);
        response = await call('GET', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.cursorAfter(({$id: 'unknown'})),
            ],
        });
        expect(response['headers']['status-code']).toEqual(400);
        return;
  });
  // TeamsBase::testUpdateTeam
  it('testUpdateTeam', async () => {
    let response: any;
        response = await call('POST', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            teamId: ID.unique(),
            name: 'Demo'
        });
        expect(response['headers']['status-code']).toEqual(201);
        expect(isEmpty(response['body']['$id'])).toBe(false);
        expect(response['body']['name']).toEqual('Demo');
        expect(response['body']['total']).toBeGreaterThan(-1);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect((new DatetimeValidator()).isValid(response['body']['$createdAt'])).toEqual(true);
        response = await call('PUT', '/teams/' + response['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            teamId: ID.unique(),
            name: 'Demo New'
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(isEmpty(response['body']['$id'])).toBe(false);
        expect(response['body']['name']).toEqual('Demo New');
        expect(response['body']['total']).toBeGreaterThan(-1);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect((new DatetimeValidator()).isValid(response['body']['$createdAt'])).toEqual(true);
        expect(response['body']).toHaveProperty(['prefs']);
        response = await call('PUT', '/teams/' + response['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), [
        ]);
        expect(response['headers']['status-code']).toEqual(400);
        return;
  });
  // TeamsBase::testDeleteTeam
  it('testDeleteTeam', async () => {
    let response: any, teamUid: any, dateValidator: any;
        response = await call('POST', '/teams', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            teamId: ID.unique(),
            name: 'Demo'
        });
        teamUid = response['body']['$id'];
        expect(response['headers']['status-code']).toEqual(201);
        expect(isEmpty(response['body']['$id'])).toBe(false);
        expect(response['body']['name']).toEqual('Demo');
        expect(response['body']['total']).toBeGreaterThan(-1);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(response['body']).toHaveProperty(['prefs']);
        dateValidator = new DatetimeValidator();
        expect(dateValidator.isValid(response['body']['$createdAt'])).toEqual(true);
        response = await call('DELETE', '/teams/' + teamUid, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(204);
        expect(isEmpty(response['body'])).toBe(true);
        response = await call('GET', '/teams/' + teamUid, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(404);
        return;
  });
  // TeamsBase::testUpdateAndGetUserPrefs
  it('testUpdateAndGetUserPrefs', async () => {
    let id: any, team: any, user: any;
        id = data['teamUid'] ?? '';
        team = await call('PUT', '/teams/' + id + '/prefs', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            prefs: {
                funcKey1: 'funcValue1',
                funcKey2: 'funcValue2',
            },
        });
        expect(200).toEqual(team['headers']['status-code']);
        expect('funcValue1').toEqual(team['body']['funcKey1']);
        expect('funcValue2').toEqual(team['body']['funcKey2']);
        team = await call('GET', '/teams/' + id + '/prefs', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(200).toEqual(team['headers']['status-code']);
        expect({
            funcKey1: 'funcValue1',
            funcKey2: 'funcValue2',
        }).toEqual(team['body']);
        team = await call('GET', '/teams/' + id, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(200).toEqual(team['headers']['status-code']);
        expect({
            funcKey1: 'funcValue1',
            funcKey2: 'funcValue2',
        }).toEqual(team['body']['prefs']);
        user = await call('PUT', '/teams/' + id + '/prefs', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            prefs: 'bad-string',
        });
        expect(400).toEqual(user['headers']['status-code']);
  });

  // TeamsBaseClient::testGetTeamMemberships
  it('testGetTeamMemberships', async () => {
    let teamUid: any, teamName: any, response: any, membershipId: any;
        teamUid = data['teamUid'] ?? '';
        teamName = data['teamName'] ?? '';
        response = await call('GET', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(200);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(isEmpty(response['body']['memberships'][0]['$id'])).toBe(false);
        expect(response['body']['memberships'][0]['mfa']).toBe(false);
        expect(response['body']['memberships'][0]['userName']).toEqual((await getUser())['name']);
        expect(response['body']['memberships'][0]['userEmail']).toEqual((await getUser())['email']);
        expect(response['body']['memberships'][0]['teamName']).toEqual(teamName);
        expect(response['body']['memberships'][0]['roles']).toContain('owner');
        expect(response['body']['memberships'][0]['roles']).toContain('player');
        membershipId = response['body']['memberships'][0]['$id'];
        response = await call('GET', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.limit(1),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(count(response['body']['memberships'])).toBe(1);
        response = await call('GET', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.offset(1),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(count(response['body']['memberships'])).toBe(0);
        response = await call('GET', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.equal('confirm', [true]),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(count(response['body']['memberships'])).toBe(1);
        response = await call('GET', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.equal('confirm', [false]),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(count(response['body']['memberships'])).toBe(0);
        response = await call('GET', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            search: (await getUser())['$id']
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(isEmpty(response['body']['memberships'][0])).toBe(false);
        expect(response['body']['memberships'][0]['userName']).toEqual((await getUser())['name']);
        expect(response['body']['memberships'][0]['userEmail']).toEqual((await getUser())['email']);
        expect(response['body']['memberships'][0]['teamName']).toEqual(teamName);
        expect(response['body']['memberships'][0]['roles']).toContain('owner');
        expect(response['body']['memberships'][0]['roles']).toContain('player');
        response = await call('GET', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            search: membershipId
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(isEmpty(response['body']['memberships'][0])).toBe(false);
        expect(response['body']['memberships'][0]['userName']).toEqual((await getUser())['name']);
        expect(response['body']['memberships'][0]['userEmail']).toEqual((await getUser())['email']);
        expect(response['body']['memberships'][0]['teamName']).toEqual(teamName);
        expect(response['body']['memberships'][0]['roles']).toContain('owner');
        expect(response['body']['memberships'][0]['roles']).toContain('player');
        response = await call('GET', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            search: 'unknown'
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(isEmpty(response['body']['memberships'])).toBe(true);
        expect(response['body']['total']).toEqual(0);
        return data;
  });
  // TeamsBaseClient::testCreateTeamMembership
  it('testCreateTeamMembership', async () => {
    let teamUid: any, teamName: any, email: any, name: any, response: any, lastEmail: any, secret: any, membershipUid: any, userUid: any, secondEmail: any, secondName: any, userId: any;
        teamUid = data['teamUid'] ?? '';
        teamName = data['teamName'] ?? '';
        email = uniqid() + 'friend@localhost.test';
        name = 'Friend User';
        response = await call('POST', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            email: email,
            name: name,
            roles: ['admin', 'editor'],
            url: 'http://localhost:5000/join-us#title'
        });
        expect(response['headers']['status-code']).toEqual(201);
        expect(isEmpty(response['body']['$id'])).toBe(false);
        expect(isEmpty(response['body']['userId'])).toBe(false);
        expect(response['body']['userName']).toEqual(name);
        expect(response['body']['userEmail']).toEqual(email);
        expect(isEmpty(response['body']['teamId'])).toBe(false);
        expect(isEmpty(response['body']['teamName'])).toBe(false);
        expect(count(response['body']['roles'])).toBe(2);
        expect((new DatetimeValidator()).isValid(response['body']['joined'])).toEqual(false); 
        expect(response['body']['confirm']).toEqual(false);
        lastEmail = getLastEmail();
        expect(lastEmail['to'][0]['address']).toEqual(email);
        expect(lastEmail['to'][0]['name']).toEqual(name);
        expect(lastEmail['subject']).toEqual('Invitation to ' + teamName + ' Team at ' + getProject()['name']);
        secret = substr(lastEmail['text'], strpos(lastEmail['text'], '&secret=', 0) + 8, 256);
        membershipUid = substr(lastEmail['text'], strpos(lastEmail['text'], '?membershipId=', 0) + 14, 20);
        userUid = substr(lastEmail['text'], strpos(lastEmail['text'], '&userId=', 0) + 8, 20);
        secondEmail = uniqid() + 'foe@localhost.test';
        secondName = 'Another Foe';
        response = await call('POST', '/account', {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, {
            userId: 'unique()',
            email: secondEmail,
            password: 'password',
            name: secondName
        });
        expect(response['headers']['status-code']).toEqual(201);
        userId = response['body']['$id'];
        response = await call('POST', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            userId: 'abcdefdg',
            roles: ['admin', 'editor'],
            url: 'http://localhost:5000/join-us#title'
        });
        expect(response['headers']['status-code']).toEqual(404);
        response = await call('POST', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            userId: userId,
            roles: ['admin', 'editor'],
            url: 'http://localhost:5000/join-us#title'
        });
        expect(response['headers']['status-code']).toEqual(201);
        expect(isEmpty(response['body']['$id'])).toBe(false);
        expect(isEmpty(response['body']['userId'])).toBe(false);
        expect(response['body']['userName']).toEqual(secondName);
        expect(response['body']['userEmail']).toEqual(secondEmail);
        expect(isEmpty(response['body']['teamId'])).toBe(false);
        expect(isEmpty(response['body']['teamName'])).toBe(false);
        expect(count(response['body']['roles'])).toBe(2);
        expect((new DateTimeValidator()).isValid(response['body']['joined'])).toEqual(false); 
        expect(response['body']['confirm']).toEqual(false);
        lastEmail = getLastEmail();
        expect(lastEmail['to'][0]['address']).toEqual(secondEmail);
        expect(lastEmail['to'][0]['name']).toEqual(secondName);
        expect(lastEmail['subject']).toEqual('Invitation to ' + teamName + ' Team at ' + getProject()['name']);
        response = await call('POST', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            email: email,
            name: 'Friend User',
            roles: ['admin', 'editor'],
            url: 'http://localhost:5000/join-us#title'
        });
        expect(response['headers']['status-code']).toEqual(409);
        response = await call('POST', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            email: 'dasdkaskdjaskdjasjkd',
            name: name,
            roles: ['admin', 'editor'],
            url: 'http://localhost:5000/join-us#title'
        });
        expect(response['headers']['status-code']).toEqual(400);
        response = await call('POST', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            email: email,
            name: name,
            roles: 'bad string',
            url: 'http://localhost:5000/join-us#title'
        });
        expect(response['headers']['status-code']).toEqual(400);
        response = await call('POST', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            email: email,
            name: name,
            roles: ['admin', 'editor'],
            url: 'http://example.com/join-us#title' 
        });
        expect(response['headers']['status-code']).toEqual(400);
        Object.assign(data, {
            teamUid: teamUid,
            teamName: teamName,
            secret: secret,
            membershipUid: membershipUid,
            userUid: userUid,
            email: email,
            name: name
        });
  });
  // TeamsBaseClient::testGetTeamMembership
  it('testGetTeamMembership', async () => {
    let teamUid: any, membershipUid: any, response: any;
        teamUid = data['teamUid'] ?? '';
        membershipUid = data['membershipUid'] ?? '';
        response = await call('GET', '/teams/' + teamUid + '/memberships/' + membershipUid, array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(200);
        expect(isEmpty(response['body']['$id'])).toBe(false);
        expect(response['body']['mfa']).toBe(false);
        expect(isEmpty(response['body']['userId'])).toBe(false);
        expect(isEmpty(response['body']['userName'])).toBe(false);
        expect(isEmpty(response['body']['userEmail'])).toBe(false);
        expect(isEmpty(response['body']['teamId'])).toBe(false);
        expect(isEmpty(response['body']['teamName'])).toBe(false);
        expect(count(response['body']['roles'])).toBe(2);
        expect((new DatetimeValidator()).isValid(response['body']['joined'])).toEqual(false); 
        expect(response['body']['confirm']).toEqual(false);
        response = await call('GET', '/teams/' + teamUid + '/memberships/' + membershipUid + 'dasdasd', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(404);
        response = await call('GET', '/teams/' + teamUid + '/memberships/' + membershipUid, {
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        });
        expect(response['headers']['status-code']).toEqual(401);
  });
  // TeamsBaseClient::testListTeamMemberships
  it('testListTeamMemberships', async () => {
    let memberships: any, response: any;
        memberships = await call('GET', '/teams/' + data['teamUid'] + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(memberships['headers']['status-code']).toEqual(200);
        expect(Number.isInteger(memberships['body']['total'])).toBe(true);
        expect(isEmpty(memberships['body']['memberships'])).toBe(false);
        expect(count(memberships['body']['memberships'])).toBe(3);
        response = await call('GET', '/teams/' + data['teamUid'] + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            queries: [
                Query.cursorAfter(({$id: memberships['body']['memberships'][0]['$id']})),
            ],
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(Number.isInteger(response['body']['total'])).toBe(true);
        expect(isEmpty(response['body']['memberships'])).toBe(false);
        expect(count(response['body']['memberships'])).toBe(2);
        expect(response['body']['memberships'][0]['$id']).toEqual(memberships['body']['memberships'][1]['$id']);
  });
  // TeamsBaseClient::testUpdateTeamMembership
  it('testUpdateTeamMembership', async () => {
    let teamUid: any, secret: any, membershipUid: any, userUid: any, email: any, name: any, response: any, session: any;
        teamUid = data['teamUid'] ?? '';
        secret = data['secret'] ?? '';
        membershipUid = data['membershipUid'] ?? '';
        userUid = data['userUid'] ?? '';
        email = data['email'] ?? '';
        name = data['name'] ?? '';
        response = await call('PATCH', '/teams/' + teamUid + '/memberships/' + membershipUid + '/status', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }), {
            secret: secret,
            userId: userUid,
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(isEmpty(response['body']['$id'])).toBe(false);
        expect(isEmpty(response['body']['userId'])).toBe(false);
        expect(isEmpty(response['body']['teamId'])).toBe(false);
        expect(count(response['body']['roles'])).toBe(2);
        expect((new DatetimeValidator()).isValid(response['body']['joined'])).toEqual(true);
        expect(response['body']['confirm']).toEqual(true);
        session = response['cookies']['a_session_' + projectId()];
        data['session'] = session;
        response = await call('GET', '/account', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + session,
        }));
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']['emailVerification']).toEqual(true);
        response = await call('PATCH', '/account/password', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + session,
        }), {
            password: 'new-password'
        });
        expect(200).toEqual(response['headers']['status-code']);
        expect(isArray(response['body'])).toBe(true);
        expect(isEmpty(response['body'])).toBe(false);
        expect(isEmpty(response['body']['$id'])).toBe(false);
        expect((new DatetimeValidator()).isValid(response['body']['registration'])).toEqual(true);
        expect(email).toEqual(response['body']['email']);
        expect(name).toEqual(response['body']['name']);
        response = await call('PATCH', '/account/password', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + session,
        }), {
            password: 'new-password',
        });
        expect(response['headers']['status-code']).toEqual(401);
        response = await call('PATCH', '/account/password', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + session,
        }), {
            password: 'newer-password',
            oldPassword: 'new-password'
        });
        expect(200).toEqual(response['headers']['status-code']);
        expect(isArray(response['body'])).toBe(true);
        expect(isEmpty(response['body'])).toBe(false);
        expect(isEmpty(response['body']['$id'])).toBe(false);
        expect((new DatetimeValidator()).isValid(response['body']['registration'])).toEqual(true);
        expect(email).toEqual(response['body']['email']);
        expect(name).toEqual(response['body']['name']);
        response = await call('PATCH', '/teams/' + teamUid + '/memberships/' + membershipUid + '/status', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }), {
            secret: 'sdasdasd',
            userId: userUid,
        });
        expect(response['headers']['status-code']).toEqual(401);
        response = await call('PATCH', '/teams/' + teamUid + '/memberships/' + membershipUid + '/status', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }), {
            secret: '',
            userId: userUid,
        });
        expect(response['headers']['status-code']).toEqual(400);
        response = await call('PATCH', '/teams/' + teamUid + '/memberships/' + membershipUid + '/status', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }), {
            secret: secret,
            userId: ID.custom('sdasd'),
        });
        expect(response['headers']['status-code']).toEqual(401);
        response = await call('PATCH', '/teams/' + teamUid + '/memberships/' + membershipUid + '/status', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }), {
            secret: secret,
            userId: ID.custom('$notallowed'),
        });
        expect(response['headers']['status-code']).toEqual(400);
        response = await call('PATCH', '/teams/' + teamUid + '/memberships/' + membershipUid + '/status', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }), {
            secret: secret,
            userId: ID.custom('asdf'),
        });
        expect(response['headers']['status-code']).toEqual(401);
        response = await call('PATCH', '/teams/' + teamUid + '/memberships/' + membershipUid + '/status', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }), {
            secret: secret,
            userId: userUid,
        });
        expect(response['headers']['status-code']).toEqual(409);
        return data;
  });
  // adapted: PHPUnit runs this right after the test it depends on, before the roles and delete tests.
  // TeamsCustomClientTest::testTeamsInviteHTMLInjection
  it('testTeamsInviteHTMLInjection', async () => {
    let teamUid: any, email: any, name: any, password: any, user: any, response: any, encoded: any;
        teamUid = data['teamUid'] ?? '';
        email = uniqid() + 'friend@localhost.test';
        name = 'Friend User';
        password = 'password';
        user = await call('POST', '/account', {
            'content-type': 'application/json',
            // adapted: the PHP test creates this account in the console project; the emulator serves one project.
            'x-appwrite-project': projectId()}, {
                userId: 'unique()',
                email: email,
                password: password,
                name: name,
            }, false);
        expect(user['headers']['status-code']).toEqual(201);
        response = await call('POST', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            email: email,
            name: name,
            roles: ['admin', 'editor'],
            url: 'http://localhost:5000/join-us\\"></a><h1>INJECTED</h1>'
        });
        expect(response['headers']['status-code']).toEqual(201);
        email = getLastEmail();
        encoded = 'http://localhost:5000/join-us\\&quot;&gt;&lt;/a&gt;&lt;h1&gt;INJECTED&lt;/h1&gt;?';
        expect(email['html']).not.toContain('<h1>INJECTED</h1>');
        expect(email['html']).toContain(encoded);
        expect(email['text']).toContain(encoded);
        response = await call('DELETE', '/teams/' + teamUid + '/memberships/' + response['body']['$id'], array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(204);
        return data;
  });

  // TeamsBaseClient::testUpdateTeamMembershipRoles
  it('testUpdateTeamMembershipRoles', async () => {
    let teamUid: any, membershipUid: any, session: any, roles: any, response: any;
        teamUid = data['teamUid'] ?? '';
        membershipUid = data['membershipUid'] ?? '';
        session = data['session'] ?? '';
        roles = ['admin', 'editor', 'uncle'];
        response = await call('PATCH', '/teams/' + teamUid + '/memberships/' + membershipUid, array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            roles: roles
        });
        expect(response['headers']['status-code']).toEqual(200);
        expect(isEmpty(response['body']['$id'])).toBe(false);
        expect(isEmpty(response['body']['userId'])).toBe(false);
        expect(isEmpty(response['body']['teamId'])).toBe(false);
        expect(count(response['body']['roles'])).toBe(count(roles));
        expect(response['body']['roles'][0]).toEqual(roles[0]);
        expect(response['body']['roles'][1]).toEqual(roles[1]);
        expect(response['body']['roles'][2]).toEqual(roles[2]);
        response = await call('PATCH', '/teams/' + 'abc' + '/memberships/' + membershipUid, array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            roles: roles
        });
        expect(response['headers']['status-code']).toEqual(404);
        response = await call('PATCH', '/teams/' + teamUid + '/memberships/' + 'abc', array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())), {
            roles: roles
        });
        expect(response['headers']['status-code']).toEqual(404);
        response = await call('PATCH', '/teams/' + teamUid + '/memberships/' + membershipUid, {
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + session,
        }, {
            roles: roles
        });
        expect(response['headers']['status-code']).toEqual(401);
        expect(response['body']['message']).toEqual('User is not allowed to modify roles');
        return data;
  });
  // TeamsBaseClient::testDeleteTeamMembership
  it('testDeleteTeamMembership', async () => {
    let teamUid: any, membershipUid: any, session: any, response: any, ownerMembershipUid: any;
        teamUid = data['teamUid'] ?? '';
        membershipUid = data['membershipUid'] ?? '';
        session = data['session'] ?? '';
        response = await call('GET', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']['total']).toEqual(3);
        ownerMembershipUid = response['body']['memberships'][0]['$id'];
        response = await call('DELETE', '/teams/' + teamUid + '/memberships/dne', {
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + session,
        });
        expect(response['headers']['status-code']).toEqual(404);
        response = await call('DELETE', '/teams/' + teamUid + '/memberships/' + ownerMembershipUid, {
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + session,
        });
        expect(response['headers']['status-code']).toEqual(401);
        response = await call('DELETE', '/teams/' + teamUid + '/memberships/' + membershipUid, {
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
            cookie: 'a_session_' + projectId() + '=' + session,
        });
        expect(response['headers']['status-code']).toEqual(204);
        expect(isEmpty(response['body'])).toBe(true);
        response = await call('GET', '/teams/' + teamUid + '/memberships', array_merge({
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(200);
        expect(response['body']['total']).toEqual(2);
        response = await call('DELETE', '/teams/' + teamUid + '/memberships/' + ownerMembershipUid, array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(204);
        expect(isEmpty(response['body'])).toBe(true);
        response = await call('GET', '/teams/' + teamUid + '/memberships/' + ownerMembershipUid, array_merge({
            origin: 'http://localhost',
            'content-type': 'application/json',
            'x-appwrite-project': projectId(),
        }, (await getHeaders())));
        expect(response['headers']['status-code']).toEqual(404);
        return;
  });

});
