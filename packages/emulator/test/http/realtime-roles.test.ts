import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, signUpAndSignIn, type Api } from '../helpers/api.ts';

// A socket's roles follow membership and session changes while it stays open.
let emulator: RunningEmulator;
const sockets: WebSocket[] = [];
const api = (): Api => createApi(emulator.url, emulator.projectId);

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'rt-roles',
      databases: [{ $id: 'app', name: 'App' }],
      collections: [
        { $id: 'notes', databaseId: 'app', name: 'Notes', documentSecurity: true, $permissions: ['create("users")'], attributes: [{ key: 'title', type: 'string', size: 50, required: true }] },
      ],
    },
  });
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await emulator.close();
});

const signedIn = (id: string): Promise<Api> => signUpAndSignIn(api(), id);

/** Opens a socket with a session cookie and collects the payload ids of its events. */
async function listen(cookie: string, channels: string[]): Promise<{ ids: string[]; until: (id: string) => Promise<void> }> {
  const query = channels.map((channel) => `channels[]=${encodeURIComponent(channel)}`).join('&');
  const socket = new WebSocket(`${emulator.url.replace('http', 'ws')}/realtime?project=rt-roles&${query}`, { headers: { Cookie: cookie } });
  sockets.push(socket);
  const ids: string[] = [];
  const waiting = new Map<string, () => void>();
  let connected: () => void = () => {};
  const ready = new Promise<void>((resolve) => (connected = resolve));
  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as { type: string; data: { payload?: { $id?: string; title?: string } } };
    if (message.type === 'connected') connected();
    if (message.type !== 'event') return;
    const id = message.data.payload?.title ?? message.data.payload?.$id ?? '';
    ids.push(id);
    waiting.get(id)?.();
  });
  await ready;
  const until = (id: string) =>
    new Promise<void>((resolve, reject) => {
      if (ids.includes(id)) return resolve();
      const timer = setTimeout(() => reject(new Error(`no event for ${id}; got ${ids.join(', ')}`)), 3000);
      waiting.set(id, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  return { ids, until };
}

describe('realtime roles', () => {
  it('stops team events for a member removed from the team while the socket stays open', async () => {
    const owner = await signedIn('rt-owner');
    await owner.post('/teams', { teamId: 'crew', name: 'Crew' });
    const invite = await owner.post('/teams/crew/memberships', { email: 'rt-member@example.com', roles: ['player'], url: 'http://127.0.0.1/join' });
    const mail = emulator.outbox.list({ kind: 'invitation', to: 'rt-member@example.com' }).at(-1)!;
    const member = api();
    await member.patch(`/teams/crew/memberships/${invite.body.$id}/status`, { userId: mail.data.userId, secret: mail.data.secret });
    const socket = await listen(member.cookie, ['databases.app.collections.notes.documents']);

    const create = (title: string, read: string) =>
      owner.post('/databases/app/collections/notes/documents', { documentId: 'unique()', data: { title }, permissions: [`read("${read}")`] });
    await create('team-before', 'team:crew');
    await socket.until('team-before');

    expect((await owner.delete(`/teams/crew/memberships/${invite.body.$id}`)).status).toBe(204);
    await create('team-after', 'team:crew');
    await create('marker', 'any');
    await socket.until('marker');
    expect(socket.ids).toEqual(['team-before', 'marker']);
  });

  it('stops account events for a socket whose session was deleted', async () => {
    const first = await signedIn('rt-carol');
    const second = api();
    await second.post('/account/sessions/email', { email: 'rt-carol@example.com', password: 'password-1' });
    const socket = await listen(first.cookie, ['account', 'databases.app.collections.notes.documents']);

    await second.patch('/account/name', { name: 'before' });
    await socket.until('rt-carol');
    const current = await first.get('/account/sessions/current');
    expect((await second.delete(`/account/sessions/${current.body.$id}`)).status).toBe(204);
    await second.patch('/account/name', { name: 'after' });
    await second.post('/databases/app/collections/notes/documents', { documentId: 'unique()', data: { title: 'carol-marker' }, permissions: ['read("any")'] });
    await socket.until('carol-marker');
    expect(socket.ids).toEqual(['rt-carol', 'carol-marker']);
  });
});
