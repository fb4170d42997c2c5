import { startEmulator } from '@aw/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuickstart } from '../src/quickstart.mjs';

let emulator;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(async () => {
  await emulator.close();
});

describe('quickstart', () => {
  it('registers, logs in, saves prefs and creates a team on the emulator, printing each step', async () => {
    const lines = [];
    const result = await runQuickstart({ endpoint: emulator.url, project: emulator.projectId, log: (line) => lines.push(line) });
    expect(lines.map((line) => line.trim().slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(lines[5]).toContain('401 general_unauthorized_scope');
    expect(result.prefs).toEqual({ theme: 'dark', language: 'en' });
    const memberships = emulator.context.tables.memberships.filter((m) => m.teamId === result.teamId);
    expect(memberships).toMatchObject([{ userId: result.userId, roles: ['owner'], confirm: true }]);
  });
});
