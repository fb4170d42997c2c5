import { now } from '../clock/Clock.ts';

/** One realtime event, as Appwrite's realtime service delivers it. */
export interface EmulatorEvent {
  /** Appwrite event names, e.g. `users.U1.sessions.S1.create`, most specific first or any order. */
  events: string[];
  /** Realtime channels, e.g. `account`, `teams.T1`, `databases.D.collections.C.documents`. */
  channels: string[];
  /** The model the event is about (a session, team, document …). */
  payload: unknown;
  /** Roles that may see the event; a subscriber sees it when it holds one of them. */
  readRoles: string[];
  /** When it happened (ISO). */
  timestamp: string;
}

/** A listener on the event bus. */
export type EventListener = (event: EmulatorEvent) => void;

/**
 * Creates an in-process publish/subscribe bus for realtime events.
 *
 * @returns The bus.
 */
export function createEventBus(): {
  publish(event: Omit<EmulatorEvent, 'timestamp'> & { timestamp?: string }): void;
  subscribe(listener: EventListener): () => void;
} {
  const listeners = new Set<EventListener>();
  return {
    publish(event) {
      const full: EmulatorEvent = { ...event, timestamp: event.timestamp ?? new Date(now()).toISOString() };
      for (const listener of listeners) {
        try {
          listener(full);
        } catch {
          // One faulty listener must not break the request that published.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The event bus type. */
export type EventBus = ReturnType<typeof createEventBus>;
