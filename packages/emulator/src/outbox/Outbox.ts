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

/**
 * Creates the outbox, kept in the store table `outbox`.
 *
 * @param store The emulator store.
 *
 * @returns Functions to send, list and clear messages.
 */
export function createOutbox(store: Store): {
  send(message: Omit<OutboxMessage, '$id' | '$createdAt'>): OutboxMessage;
  list(filter?: { to?: string; kind?: string }): OutboxMessage[];
  clear(): void;
} {
  const table = store.table<OutboxMessage>('outbox');
  let counter = table.all().length;
  return {
    send(message) {
      counter += 1;
      const full: OutboxMessage = { $id: `msg${String(counter).padStart(6, '0')}`, $createdAt: new Date().toISOString(), ...message };
      return table.put(full.$id, full);
    },
    list(filter) {
      return table.filter((m) => (!filter?.to || m.to === filter.to) && (!filter?.kind || m.kind === filter.kind));
    },
    clear() {
      for (const message of table.all()) table.delete(message.$id);
    },
  };
}

/** The outbox type. */
export type Outbox = ReturnType<typeof createOutbox>;
