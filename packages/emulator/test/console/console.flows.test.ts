import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as account from '@aw/account';
import { createMembership, createNewTeam } from '@aw/teams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { sdkClient } from '../sdk/sdkClient.ts';

let emulator: RunningEmulator;
let origin: string;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator({ console: true, rateLimits: false, config: { projectId: 'console-flows' } });
  origin = new URL(emulator.url).origin;
  token = /name="aw-console-token" content="([0-9a-f]{64})"/.exec(await (await fetch(`${origin}/__emulator/`)).text())?.[1] ?? '';
});
afterAll(async () => {
  await emulator.close();
});

/** Calls a console endpoint as the console page does. */
async function consoleCall(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${origin}/__emulator/api/${path}`, {
    method,
    headers: { Origin: origin, 'x-aw-console-token': token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

function lastMessageId(kind: string, to: string): string {
  const message = emulator.outbox.list({ kind, to }).at(-1);
  if (!message) throw new Error(`no ${kind} message to ${to}`);
  return message.$id;
}

describe('finishing flows from the console goes through the API routes', () => {
  it('magic URL: the session is created, and its cookie is not handed to the console page', async () => {
    await account.createMagicUrlToken(sdkClient(emulator), { userId: 'mia', email: 'mia@example.com', url: 'http://localhost:3000/magic' });
    const answer = await consoleCall('POST', `outbox/${lastMessageId('magic-url', 'mia@example.com')}/complete`);
    expect(answer.status).toBe(201);
    expect(answer.headers.get('set-cookie')).toBeNull();
    expect(((await answer.json()) as { userId: string }).userId).toBe('mia');
    // The secret is spent: the same link cannot sign in twice.
    const again = await consoleCall('POST', `outbox/${lastMessageId('magic-url', 'mia@example.com')}/complete`);
    expect(again.status).toBe(401);
  });

  it('recovery: sets the new password the console sends', async () => {
    const client = sdkClient(emulator);
    await account.registerUser(client, { userId: 'rob', email: 'rob@example.com', password: 'old password' });
    await account.createPasswordRecovery(client, { email: 'rob@example.com', url: 'http://localhost:3000/reset' });
    const id = lastMessageId('recovery', 'rob@example.com');
    expect((await consoleCall('POST', `outbox/${id}/complete`, { password: 'short' })).status).toBe(400);
    expect((await consoleCall('POST', `outbox/${id}/complete`, { password: 'a new password' })).status).toBe(200);
    await account.createEmailPasswordSession(client, { email: 'rob@example.com', password: 'a new password' });
    expect((await account.getCurrentUser(client)).$id).toBe('rob');
  });

  it('invitation: the invitee joins the team', async () => {
    const owner = sdkClient(emulator);
    await account.registerUser(owner, { userId: 'owner', email: 'owner@example.com', password: 'owner password' });
    await account.createEmailPasswordSession(owner, { email: 'owner@example.com', password: 'owner password' });
    await createNewTeam(owner, { teamId: 'crew', name: 'Crew' });
    await createMembership(owner, { teamId: 'crew', email: 'ivy@example.com', roles: ['editor'], url: 'http://localhost:3000/join' });
    const answer = await consoleCall('POST', `outbox/${lastMessageId('invitation', 'ivy@example.com')}/complete`);
    expect(answer.status).toBe(200);
    const team = (await (await consoleCall('GET', 'teams/crew')).json()) as { memberships: Array<{ userEmail: string; confirm: boolean; roles: string[] }> };
    expect(team.memberships.find((m) => m.userEmail === 'ivy@example.com')).toMatchObject({ confirm: true, roles: ['editor'] });
  });

  it('block, unblock and delete a user, with the events the API announces', async () => {
    const client = sdkClient(emulator);
    await account.registerUser(client, { userId: 'bea', email: 'bea@example.com', password: 'bea password' });
    await account.createEmailPasswordSession(client, { email: 'bea@example.com', password: 'bea password' });
    expect((await consoleCall('POST', 'users/bea/status', { status: false })).status).toBe(200);
    expect(await account.getCurrentUser(client).then(() => 'ok', (e: { type: string }) => e.type)).toBe('user_blocked');
    expect((await consoleCall('POST', 'users/bea/status', { status: true })).status).toBe(200);
    expect((await account.getCurrentUser(client)).$id).toBe('bea');
    expect((await consoleCall('POST', 'users/bea/verification', { email: true })).status).toBe(200);
    expect((await account.getCurrentUser(client)).emailVerification).toBe(true);
    expect((await consoleCall('DELETE', 'users/bea')).status).toBe(204);
    expect((await consoleCall('GET', 'users/bea')).status).toBe(404);
    const events = (await (await consoleCall('GET', 'events')).json()) as { events: Array<{ events: string[] }> };
    const names = events.events.flatMap((e) => e.events);
    expect(names).toEqual(expect.arrayContaining(['users.bea.update.status', 'users.bea.update.verification']));
  });

  it('lists executions (none here) and refuses a malformed query list', async () => {
    expect((await consoleCall('GET', 'executions')).status).toBe(200);
    const bad = await consoleCall('GET', `databases/x/collections/y/documents?queries=${encodeURIComponent('{"not":"a list"}')}`);
    expect(bad.status).toBe(400);
  });

  it('persists what the console changes, as the API does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'aw-console-persist-'));
    try {
      const first = await startEmulator({ console: true, rateLimits: false, persist: folder, config: { projectId: 'console-persist' } });
      const firstOrigin = new URL(first.url).origin;
      const page = await (await fetch(`${firstOrigin}/__emulator/`)).text();
      const firstToken = /content="([0-9a-f]{64})"/.exec(page)?.[1] ?? '';
      await account.registerUser(sdkClient(first), { userId: 'pat', email: 'pat@example.com', password: 'pat password' });
      const headers = { Origin: firstOrigin, 'x-aw-console-token': firstToken, 'content-type': 'application/json' };
      expect((await fetch(`${firstOrigin}/__emulator/api/users/pat/verification`, { method: 'POST', headers, body: '{"email":true}' })).status).toBe(200);
      expect((await fetch(`${firstOrigin}/__emulator/api/users/pat/status`, { method: 'POST', headers, body: '{"status":false}' })).status).toBe(200);
      await first.close();
      const second = await startEmulator({ console: true, persist: folder, config: { projectId: 'console-persist' } });
      try {
        const detail = (await (await fetch(`${new URL(second.url).origin}/__emulator/api/users/pat`)).json()) as { user: { emailVerification: boolean; status: boolean } };
        expect(detail.user).toMatchObject({ emailVerification: true, status: false });
      } finally {
        await second.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
