import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, expectError, signUpAndSignIn } from '../helpers/api.ts';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: { projectId: 'hosts', platforms: [{ type: 'web', name: 'App', hostname: 'app.example.com' }, { type: 'android', name: 'Droid', key: 'com.example' } as never] },
  });
});
afterAll(async () => {
  await emulator.close();
});

const evil = 'https://phish.example.net/login';
const message = (name: string) => `Invalid \`${name}\` param: URL host must be one of: 127.0.0.1, localhost, app.example.com`;

describe('redirect URLs must point at the project’s platforms', () => {
  it('refuses verification, recovery, magic URL and team invitation links to other hosts, and sends no mail', async () => {
    const api = await signUpAndSignIn(createApi(emulator.url, 'hosts'), 'mallory');
    const refusals = [
      ['url', await api.post('/account/verification', { url: evil })],
      ['url', await api.post('/account/recovery', { email: 'mallory@example.com', url: evil })],
      ['url', await api.post('/account/tokens/magic-url', { userId: 'unique()', email: 'victim@example.com', url: evil })],
      ['url', await api.post('/teams', { teamId: 'crew', name: 'Crew' }).then(() => api.post('/teams/crew/memberships', { email: 'victim@example.com', roles: [], url: evil }))],
    ] as const;
    for (const [name, answer] of refusals) {
      expectError(answer, 400, 'general_argument_invalid');
      expect(answer.body.message).toBe(message(name));
    }
    expect(emulator.outbox.list().filter((m) => m.to === 'victim@example.com' || m.to === 'mallory@example.com')).toEqual([]);
  });

  it('refuses OAuth2 success and failure URLs to other hosts', async () => {
    const api = createApi(emulator.url, 'hosts');
    for (const name of ['success', 'failure']) {
      const answer = await api.get(`/account/sessions/oauth2/github?${name}=${encodeURIComponent(evil)}`);
      expectError(answer, 400, 'general_argument_invalid');
      expect(answer.body.message).toBe(message(name));
    }
  });

  it('accepts the platform’s host, localhost and the host the API was called at', async () => {
    const api = await signUpAndSignIn(createApi(emulator.url, 'hosts'), 'alice');
    for (const url of ['https://app.example.com/verify', 'http://localhost:5173/verify', 'http://127.0.0.1:3000/verify']) {
      expect((await api.post('/account/verification', { url })).status).toBe(201);
    }
    const oauth = await api.get(`/account/sessions/oauth2/github?success=${encodeURIComponent('https://app.example.com/ok')}`);
    expect(oauth.status).toBe(301);
  });
});
