import { describe, expect, it } from 'vitest';
import { useEmulator } from '../../src/vitest.ts';

const emulator = useEmulator({ seed: { users: [{ id: 'ada', email: 'ada@example.com' }] } });

describe('useEmulator', () => {
  it('gives the file a running, seeded emulator', async () => {
    const health = await fetch(`${emulator.url}/__emulator/health`);
    expect(await health.json()).toEqual({ status: 'pass', projectId: 'aw-emulator' });
    expect(emulator.context.tables.users.get('ada')?.email).toBe('ada@example.com');
    emulator.context.tables.users.delete('ada');
    emulator.clock.advance(60_000);
  });

  it('resets to the seed before each test', () => {
    expect(emulator.context.tables.users.get('ada')).toBeDefined();
    expect(Math.abs(emulator.clock.now() - Date.now())).toBeLessThan(1000);
  });
});

describe('useEmulator read too early', () => {
  const second = useEmulator({ resetBeforeEach: false });
  // Read while the file is being collected, before any beforeAll ran.
  const readTooEarly = (() => {
    try {
      return second.url;
    } catch (error) {
      return (error as Error).message;
    }
  })();
  const thenTooEarly = (second as unknown as { then?: unknown }).then;

  it('explains where to read it, and is not mistaken for a promise', () => {
    expect(readTooEarly).toBe('useEmulator(): the emulator starts in beforeAll; read .url inside a test or hook.');
    expect(thenTooEarly).toBeUndefined();
    // Each useEmulator has its own emulator.
    expect(second.url).not.toBe(emulator.url);
  });
});
