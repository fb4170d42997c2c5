import { AsyncLocalStorage } from 'node:async_hooks';

/** A moment given as a `Date`, epoch milliseconds, or an ISO 8601 string. */
export type ClockInput = Date | number | string;

/**
 * The time one emulator reads: system time by default, or a moment the test chose. Every expiry
 * (sessions, JWTs, tokens, challenges), every rate-limit window and every `$createdAt` reads it.
 */
export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number;
  /** Stops time at a moment; it stays there until `advance`, another `set` or `useSystemTime`. */
  set(moment: ClockInput): void;
  /** Moves time forward (frozen time moves by the amount; flowing time gains a lasting offset). */
  advance(ms: number): void;
  /** Returns to the system time. */
  useSystemTime(): void;
}

/**
 * Creates a clock.
 *
 * @param start A moment to freeze at; system time when omitted.
 *
 * @returns The clock.
 */
export function createClock(start?: ClockInput): Clock {
  // Either frozen at `frozenAt`, or system time plus `offset`.
  let frozenAt: number | undefined;
  let offset = 0;
  const clock: Clock = {
    now: () => frozenAt ?? Date.now() + offset,
    set(moment) {
      frozenAt = toEpochMs(moment);
      offset = 0;
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock.advance takes a duration of 0 ms or more, got ${String(ms)}.`);
      if (frozenAt === undefined) offset += ms;
      else frozenAt += ms;
    },
    useSystemTime() {
      frozenAt = undefined;
      offset = 0;
    },
  };
  if (start !== undefined) clock.set(start);
  return clock;
}

/**
 * Creates epoch milliseconds from a clock input, refusing what is not a valid moment.
 *
 * @param moment The moment.
 *
 * @returns Epoch milliseconds.
 */
export function toEpochMs(moment: ClockInput): number {
  const ms = moment instanceof Date ? moment.getTime() : typeof moment === 'number' ? moment : Date.parse(moment);
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid moment for the emulator clock: ${String(moment)}.`);
  return ms;
}

// Each emulator runs its requests inside its own clock, so two emulators in one process keep their own time.
const currentClock = new AsyncLocalStorage<Clock>();

/**
 * Runs `fn` with `clock` as the time every emulator function reads, including in the timers and
 * promises it starts.
 *
 * @param clock The clock.
 * @param fn The work.
 *
 * @returns What `fn` returned.
 */
export function runWithClock<R>(clock: Clock, fn: () => R): R {
  return currentClock.run(clock, fn);
}

/**
 * Returns the current time of the emulator this code runs for (system time outside any).
 *
 * @returns Epoch milliseconds.
 */
export function now(): number {
  return currentClock.getStore()?.now() ?? Date.now();
}
