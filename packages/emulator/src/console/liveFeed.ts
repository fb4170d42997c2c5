import type { Context, MiddlewareHandler } from 'hono';
import { AppwriteException } from '../errors/AppwriteException.ts';
import type { EmulatorContext } from '../server/context.ts';
import { CONSOLE_TICKET_HEADER } from './consoleCaller.ts';

/** One handled API request, as the console's request log shows it. */
export interface RequestLogEntry {
  /** Increasing number, unique in this process. */
  seq: number;
  /** When the request arrived (ISO). */
  time: string;
  /** HTTP method. */
  method: string;
  /** The path only: query strings can carry secrets (`?secret=`, `?jwt=`) and are never kept. */
  path: string;
  /** The answer's status. */
  status: number;
  /** Milliseconds spent handling it. */
  durationMs: number;
  /** Appwrite's error type when the request failed. */
  errorType?: string;
}

/** One realtime event, as the console's realtime log shows it. */
export interface EventLogEntry {
  /** Increasing number, unique in this process. */
  seq: number;
  /** When it was announced (ISO). */
  time: string;
  /** Appwrite event names. */
  events: string[];
  /** Realtime channels it went to. */
  channels: string[];
  /** The model it is about. */
  payload: unknown;
}

/** What the live stream sends: a log entry, or a hint that the outbox changed. */
export type LiveMessage =
  | { kind: 'request'; entry: RequestLogEntry }
  | { kind: 'event'; entry: EventLogEntry }
  | { kind: 'outbox' };

/** How many entries each log keeps; older ones are dropped. */
export const LOG_LIMIT = 200;

/** The console's view of what happens in the emulator: bounded logs and live listeners. */
export interface LiveFeed {
  /** The last requests, oldest first. */
  requests(): RequestLogEntry[];
  /** The last realtime events, oldest first. */
  events(): EventLogEntry[];
  /** Adds a listener; returns its removal. */
  listen(listener: (message: LiveMessage) => void): () => void;
  /** Middleware recording every API request (not the console's own). */
  recordRequests: MiddlewareHandler;
}

/**
 * Pushes to a bounded log, dropping the oldest entry when full.
 *
 * @param log The log.
 * @param entry The entry.
 */
function pushBounded<T>(log: T[], entry: T): void {
  log.push(entry);
  if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
}

/**
 * Creates the live feed: subscribes to the event bus, wraps the outbox's `send` to hear new
 * messages, and offers middleware that logs requests. Only method, path, status, time and error
 * type are kept; never headers, cookies, keys, query strings or bodies.
 *
 * @param ctx The emulator context.
 *
 * @returns The feed.
 */
export function createLiveFeed(ctx: EmulatorContext): LiveFeed {
  const requestLog: RequestLogEntry[] = [];
  const eventLog: EventLogEntry[] = [];
  const listeners = new Set<(message: LiveMessage) => void>();
  let seq = 0;
  const notify = (message: LiveMessage): void => {
    for (const listener of listeners) {
      try {
        listener(message);
      } catch {
        // A closed stream must not break the request that caused the message.
      }
    }
  };

  const unsubscribe = ctx.events.subscribe((event) => {
    const entry: EventLogEntry = { seq: ++seq, time: event.timestamp, events: event.events, channels: event.channels, payload: event.payload };
    pushBounded(eventLog, entry);
    notify({ kind: 'event', entry });
  });
  ctx.onClose(unsubscribe);

  const send = ctx.outbox.send.bind(ctx.outbox);
  ctx.outbox.send = (message) => {
    const sent = send(message);
    ctx.store.afterCommit(() => notify({ kind: 'outbox' }));
    return sent;
  };

  const recordRequests: MiddlewareHandler = async (c: Context, next) => {
    const path = c.req.path;
    // The console's own calls into the API carry a ticket header (see consoleCaller.ts) and are left out,
    // or every list the console reloads on a new entry would log a request and reload again.
    if (path.startsWith('/__emulator') || c.req.method === 'OPTIONS' || c.req.header(CONSOLE_TICKET_HEADER) !== undefined) return next();
    const started = performance.now();
    const time = new Date().toISOString();
    try {
      await next();
    } finally {
      const error = c.error;
      const errorType = error instanceof AppwriteException ? error.type : c.res.status === 404 ? 'general_route_not_found' : error ? 'general_unknown' : undefined;
      const entry: RequestLogEntry = {
        seq: ++seq, time, method: c.req.method, path: path.slice(0, 512), status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10, ...(errorType && c.res.status >= 400 ? { errorType } : {}),
      };
      pushBounded(requestLog, entry);
      notify({ kind: 'request', entry });
    }
  };

  return {
    requests: () => [...requestLog],
    events: () => [...eventLog],
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    recordRequests,
  };
}
