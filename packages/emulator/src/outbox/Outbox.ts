import { now } from '../clock/Clock.ts';
import type { Store } from '../store/Store.ts';

/** A message Appwrite would have sent by email or SMS. */
export interface OutboxMessage {
  /** Message id. */
  $id: string;
  /** When it was "sent" (ISO). */
  $createdAt: string;
  /** email or sms. */
  channel: 'email' | 'sms';
  /** What it is for: verification, recovery, magic-url, email-otp, phone-otp, phone-verification, invitation. */
  kind: string;
  /** Email address or phone number. */
  to: string;
  /** The subject line (email). */
  subject: string;
  /** The plain-text body. */
  text: string;
  /** Machine-readable parts: userId, secret, url, teamId, membershipId … */
  data: Record<string, string>;
}

/** What `outbox.next` waits for. */
export interface NextMessageFilter {
  /** The email address or phone number the message goes to. */
  to?: string;
  /** The kind of message (verification, recovery, magic-url, email-otp, invitation …). */
  kind?: string;
  /** How long to wait, in milliseconds (default 5000). */
  timeout?: number;
}

/** A caller of `next` still waiting for its message. */
interface Waiter {
  filter: NextMessageFilter;
  resolve(message: OutboxMessage): void;
}

/**
 * Creates the outbox, kept in the store table `outbox`.
 *
 * @param store The emulator store.
 *
 * @returns Functions to send, list, wait for and clear messages.
 */
export function createOutbox(store: Store): {
  send(message: Omit<OutboxMessage, '$id' | '$createdAt'>): OutboxMessage;
  list(filter?: { to?: string; kind?: string }): OutboxMessage[];
  next(filter?: NextMessageFilter): Promise<OutboxMessage>;
  clear(): void;
  forgetTaken(): void;
} {
  const table = store.table<OutboxMessage>('outbox');
  let counter = table.all().length;
  // Messages `next` already handed out, so each one is returned once.
  const taken = new Set<string>();
  const waiters = new Set<Waiter>();
  const matches = (message: OutboxMessage, filter: NextMessageFilter): boolean =>
    (!filter.to || message.to === filter.to) && (!filter.kind || message.kind === filter.kind);
  return {
    send(message) {
      counter += 1;
      const full: OutboxMessage = { $id: `msg${String(counter).padStart(6, '0')}`, $createdAt: new Date(now()).toISOString(), ...message };
      table.put(full.$id, full);
      for (const waiter of waiters) {
        if (!matches(full, waiter.filter)) continue;
        waiters.delete(waiter);
        taken.add(full.$id);
        waiter.resolve(full);
        break;
      }
      return full;
    },
    list(filter) {
      return table.filter((m) => (!filter?.to || m.to === filter.to) && (!filter?.kind || m.kind === filter.kind));
    },
    next(filter = {}) {
      const waiting = table.find((m) => !taken.has(m.$id) && matches(m, filter));
      if (waiting) {
        taken.add(waiting.$id);
        return Promise.resolve(waiting);
      }
      const timeout = filter.timeout ?? 5000;
      return new Promise<OutboxMessage>((resolve, reject) => {
        const waiter: Waiter = {
          filter,
          resolve(message) {
            clearTimeout(timer);
            resolve(message);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const which = `${filter.kind ? `${filter.kind} ` : ''}message${filter.to ? ` to ${filter.to}` : ''}`;
          reject(new Error(`No ${which} arrived in the emulator outbox within ${timeout} ms.`));
        }, timeout);
        waiters.add(waiter);
      });
    },
    clear() {
      for (const message of table.all()) table.delete(message.$id);
      taken.clear();
    },
    forgetTaken() {
      taken.clear();
    },
  };
}

/** The outbox type. */
export type Outbox = ReturnType<typeof createOutbox>;
