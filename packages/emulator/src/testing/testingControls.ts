import type { Clock, ClockInput } from '../clock/Clock.ts';
import { runWithClock } from '../clock/Clock.ts';
import type { EmulatorContext } from '../server/context.ts';
import { forgetRateLimits } from '../server/defineRoute.ts';
import { toSnapshotDocument, writeSnapshotFile, type SnapshotDocument } from '../snapshot/snapshotFile.ts';
import type { StoreSnapshot } from '../store/Store.ts';
import { applySeed } from './applySeed.ts';
import type { Fixture } from './fixture.ts';

/** What a running emulator offers tests besides its URL. */
export interface TestingControls {
  /** The time every expiry and rate-limit window reads: `clock.set(date)`, `clock.advance(ms)`. */
  clock: Clock;
  /**
   * Adds a fixture (object or JSON file path) to the current state; the result becomes the state
   * `reset()` returns to. Nothing is written when an entry is refused.
   */
  seed(fixture: Fixture | string): Promise<void>;
  /**
   * Returns to the state after start and seeding: every record written since is gone, the clock is
   * back to its starting setting, rate-limit windows and `outbox.next` bookkeeping start afresh.
   */
  reset(): Promise<void>;
  /**
   * Creates a snapshot of the whole project state; with a path, also writes it there (`.gz` compresses).
   * Load it with `startEmulator({ import })` or `aw-emulator --import`.
   */
  export(path?: string): SnapshotDocument;
}

/**
 * Creates the testing controls of an emulator whose start-up state (config, import, seed) is in place.
 *
 * @param ctx The emulator context.
 * @param clock The emulator's clock.
 * @param clockStart The clock's starting setting, restored by `reset`.
 *
 * @returns The controls.
 */
export function createTestingControls(ctx: EmulatorContext, clock: Clock, clockStart: ClockInput | undefined): TestingControls {
  let base: StoreSnapshot = ctx.store.snapshot();
  return {
    clock,
    async seed(fixture) {
      const before = ctx.store.snapshot();
      try {
        await runWithClock(clock, () => applySeed(ctx, fixture));
      } catch (error) {
        ctx.store.restore(before);
        throw error;
      }
      base = ctx.store.snapshot();
    },
    async reset() {
      ctx.store.restore(base);
      if (clockStart === undefined) clock.useSystemTime();
      else clock.set(clockStart);
      forgetRateLimits(ctx);
      ctx.outbox.forgetTaken();
    },
    export(path) {
      const document = toSnapshotDocument(ctx.store.snapshot(), ctx.projectId);
      if (path) writeSnapshotFile(path, document);
      return document;
    },
  };
}
