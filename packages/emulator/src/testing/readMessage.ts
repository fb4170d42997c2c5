import type { OutboxMessage } from '../outbox/Outbox.ts';

/** The secrets a message carries, as the app's confirm, recovery, join or sign-in call takes them. */
export interface MessageSecret {
  /** The user the message is for. */
  userId: string;
  /** The secret to send back (for email and phone codes, the code itself). */
  secret: string;
  /** The team, for team invitations. */
  teamId?: string;
  /** The membership, for team invitations. */
  membershipId?: string;
  /** When the secret stops working (ISO 8601), when the link names it. */
  expire?: string;
}

/**
 * Reads the link out of an email (verification, recovery, magic URL, team invitation).
 *
 * @param message A message from `emulator.outbox`.
 *
 * @returns The link, with its query parameters.
 *
 * @throws Error When the message carries no link (an OTP code or an SMS).
 */
export function readLink(message: OutboxMessage): URL {
  const url = message.data.url ?? /https?:\/\/\S+/.exec(message.text)?.[0];
  if (!url) throw new Error(`The ${message.kind} message ${message.$id} to ${message.to} carries no link; read its code with readSecret.`);
  return new URL(url);
}

/**
 * Reads the user ID and secret out of a message, and the team and membership IDs of an invitation.
 * For email and phone codes the secret is the code.
 *
 * @param message A message from `emulator.outbox`.
 *
 * @returns The parts to pass back to the API.
 *
 * @throws Error When the message carries no secret.
 */
export function readSecret(message: OutboxMessage): MessageSecret {
  const link = message.data.url ? readLink(message) : undefined;
  const read = (name: string): string | undefined => message.data[name] || link?.searchParams.get(name) || undefined;
  const userId = read('userId');
  const secret = read('secret');
  if (!userId || !secret) throw new Error(`The ${message.kind} message ${message.$id} to ${message.to} carries no user ID and secret.`);
  const teamId = read('teamId');
  const membershipId = read('membershipId');
  const expire = read('expire');
  return { userId, secret, ...(teamId ? { teamId } : {}), ...(membershipId ? { membershipId } : {}), ...(expire ? { expire } : {}) };
}
