/**
 * An emulator per test file, reset before each test: `import { useEmulator } from '@aw/emulator/vitest'`.
 *
 * A subpath of its own, so only test code loads vitest.
 *
 * @packageDocumentation
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from './startEmulator.ts';

export { readLink, readSecret, type MessageSecret } from './testing/readMessage.ts';
export type { Fixture, SeedDocument, SeedFile, SeedMember, SeedTeam, SeedUser } from './testing/fixture.ts';
export type { RunningEmulator } from './startEmulator.ts';

/** Options of `useEmulator`: those of `startEmulator`, plus when to reset. */
export interface UseEmulatorOptions extends EmulatorOptions {
  /** Reset to the seeded state before every test (default true). */
  resetBeforeEach?: boolean;
}

/**
 * Gives the calling test file its own in-process emulator: started in `beforeAll` (with the config
 * and seed given), reset to the seed before each test, closed in `afterAll`. Call it at the top level
 * of a test file or inside a `describe`; use the result inside tests and hooks.
 *
 * @param options Config, seed, clock, rate limits … (see `startEmulator`), and `resetBeforeEach`.
 *
 * @returns The emulator; reading it before `beforeAll` ran throws.
 *
 * @example
 * ```ts
 * const emulator = useEmulator({ config: 'appwrite.json', seed: { users: [{ id: 'ada', email: 'ada@example.com', password: 'ada-password' }] } });
 * it('signs in', async () => {
 *   const client = createClient({ endpoint: emulator.url, project: emulator.projectId });
 * });
 * ```
 */
export function useEmulator(options: UseEmulatorOptions = {}): RunningEmulator {
  const { resetBeforeEach = true, ...startOptions } = options;
  let running: RunningEmulator | undefined;
  beforeAll(async () => {
    running = await startEmulator(startOptions);
  });
  afterAll(async () => {
    await running?.close();
    running = undefined;
  });
  if (resetBeforeEach) {
    beforeEach(async () => {
      await running?.reset();
    });
  }
  return new Proxy({} as RunningEmulator, {
    get(_target, key) {
      if (!running) {
        // Not a promise, and nothing to show before start (await and printers ask for these).
        if (key === 'then' || typeof key === 'symbol') return undefined;
        throw new Error(`useEmulator(): the emulator starts in beforeAll; read .${String(key)} inside a test or hook.`);
      }
      const value: unknown = Reflect.get(running, key);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}
