import { startEmulator } from '@aw/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuickstart } from '../src/quickstart.mjs';
import { fileURLToPath } from 'node:url';

let emulator;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, config: fileURLToPath(new URL('../appwrite.json', import.meta.url)) });
});
afterAll(async () => {
  await emulator.close();
});

describe('quickstart', () => {
  it('registers, logs in, saves prefs, creates a team, sees a live event, queries documents and uploads a file, printing each step', async () => {
    const lines = [];
    const result = await runQuickstart({ endpoint: emulator.url, project: emulator.projectId, log: (line) => lines.push(line) });
    const steps = lines.filter((line) => /^\s+\d\. /.test(line));
    expect(steps.map((line) => line.trim().slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']);
    expect(steps[5]).toContain('401 general_unauthorized_scope');
    expect(steps[6]).toMatch(/Live event users\.\w+\.update\.name: name is now "Quinn Live"/);
    expect(lines.join('\n')).toContain('Full-text search "dark": The Left Hand of Darkness');
    expect(lines.join('\n')).toMatch(/Stored holiday-video\.bin: 12582912 bytes in 3 chunks/);
    expect(result.prefs).toEqual({ theme: 'dark', language: 'en' });
    const memberships = emulator.context.tables.memberships.filter((m) => m.teamId === result.teamId);
    expect(memberships).toMatchObject([{ userId: result.userId, roles: ['owner'], confirm: true }]);
  });
});
