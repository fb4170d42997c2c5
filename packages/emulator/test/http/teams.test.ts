import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, expectError, signUpAndSignIn, type Api } from '../helpers/api.ts';

let emulator: RunningEmulator;
const api = (): Api => createApi(emulator.url, emulator.projectId);

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, config: { projectId: 'teams-test', teams: [{ $id: 'staff', name: 'Staff' }] } });
});
afterAll(async () => {
  await emulator.close();
});

const signedIn = (id: string): Promise<Api> => signUpAndSignIn(api(), id);

describe('teams over plain HTTP', () => {
  it('creates a team whose creator is the owner, and enforces owner-only rules', async () => {
    expectError(await api().get('/teams'), 401, 'general_unauthorized_scope');
    const owner = await signedIn('owner');
    const team = await owner.post('/teams', { teamId: 'crew', name: 'Crew' });
    expect(team.status).toBe(201);
    expect(team.body.total).toBe(1);
    expectError(await owner.post('/teams', { teamId: 'crew', name: 'Again' }), 409, 'team_already_exists');
    expect((await owner.get('/teams')).body.teams.map((t: any) => t.$id)).toEqual(['crew']);
    expect((await owner.get('/teams?search=cre')).body.total).toBe(1);
    expect((await owner.put('/teams/crew', { name: 'The Crew' })).body.name).toBe('The Crew');
    expect((await owner.put('/teams/crew/prefs', { prefs: { colour: 'blue' } })).body).toEqual({ colour: 'blue' });
    expect((await owner.get('/teams/crew/prefs')).body).toEqual({ colour: 'blue' });
    const memberships = await owner.get('/teams/crew/memberships');
    expect(memberships.body.memberships[0]).toMatchObject({ userId: 'owner', roles: ['owner'], confirm: true });

    const stranger = await signedIn('stranger');
    expectError(await stranger.get('/teams/crew'), 404, 'team_not_found');
    expectError(await stranger.get('/teams/staff'), 404, 'team_not_found');
    expect((await stranger.get('/teams')).body.total).toBe(0);
  });

  it('invites by email, accepts with the secret (creating a session), and manages roles', async () => {
    const owner = await signedIn('owner2');
    await owner.post('/teams', { teamId: 'band', name: 'Band' });
    const invite = await owner.post('/teams/band/memberships', { email: 'guest@example.com', roles: ['player'], url: 'http://127.0.0.1/join', name: 'Guest' });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({ confirm: false, userEmail: 'guest@example.com', roles: ['player'] });
    expectError(await owner.post('/teams/band/memberships', { email: 'guest@example.com', roles: ['player'], url: 'http://127.0.0.1/join' }), 409, 'team_invite_already_exists');
    const mail = emulator.outbox.list({ kind: 'invitation', to: 'guest@example.com' }).at(-1)!;
    expect(mail.data.url).toContain('http://127.0.0.1/join?membershipId=');

    const invitee = api();
    const base = `/teams/band/memberships/${invite.body.$id}/status`;
    expectError(await invitee.patch(base, { userId: 'someone-else', secret: mail.data.secret }), 401, 'team_invite_mismatch');
    expectError(await invitee.patch(base, { userId: mail.data.userId, secret: 'wrong' }), 401, 'team_invalid_secret');
    const accepted = await invitee.patch(base, { userId: mail.data.userId, secret: mail.data.secret });
    expect(accepted.body.confirm).toBe(true);
    expect((await invitee.get('/account')).body.email).toBe('guest@example.com');
    expectError(await invitee.patch(base, { userId: mail.data.userId, secret: mail.data.secret }), 409, 'membership_already_confirmed');

    // Members read but cannot administer.
    expect((await invitee.get('/teams/band')).body.total).toBe(2);
    expect((await invitee.get(`/teams/band/memberships/${invite.body.$id}`)).body.roles).toEqual(['player']);
    expectError(await invitee.put('/teams/band', { name: 'Mine' }), 401, 'user_unauthorized');
    expectError(await invitee.put('/teams/band/prefs', { prefs: {} }), 401, 'user_unauthorized');
    expectError(await invitee.post('/teams/band/memberships', { email: 'x@example.com', roles: [] }), 401, 'user_unauthorized');
    expectError(await invitee.patch(`/teams/band/memberships/${invite.body.$id}`, { roles: ['owner'] }), 401, 'user_unauthorized');
    expect((await owner.patch(`/teams/band/memberships/${invite.body.$id}`, { roles: ['player', 'admin'] })).body.roles).toEqual(['player', 'admin']);
    expectError(await owner.get('/teams/band/memberships/missing'), 404, 'membership_not_found');

    // A member may leave; then the team is gone for them.
    expect((await invitee.delete(`/teams/band/memberships/${invite.body.$id}`)).status).toBe(204);
    expectError(await invitee.get('/teams/band'), 404, 'team_not_found');
    expectError(await invitee.delete('/teams/band'), 404, 'team_not_found');
    expect((await owner.delete('/teams/band')).status).toBe(204);
    expectError(await owner.get('/teams/band'), 404, 'team_not_found');
  });

  it('seeds teams from appwrite.json and publishes membership events', async () => {
    const events: string[] = [];
    const stop = emulator.context.events.subscribe((event) => events.push(...event.events));
    const owner = await signedIn('owner3');
    await owner.post('/teams', { teamId: 'evt', name: 'Events' });
    stop();
    expect(events).toContain('teams.evt.create');
    expect(emulator.context.tables.teams.get('staff')?.name).toBe('Staff');
  });
});
