// Where Appwrite is, and the request's own client. Without APPWRITE_ENDPOINT and APPWRITE_PROJECT
// the app talks to the local emulator that `pnpm dev` (dev.mjs) starts with appwrite.json.
import { createClient, withSession, type Client } from '@aw/core';
import type { H3Event } from 'h3';
import appwriteJson from '../../appwrite.json';

export const appwriteEndpoint = (): string => process.env.APPWRITE_ENDPOINT ?? 'http://127.0.0.1:8787/v1';
export const appwriteProject = (): string => process.env.APPWRITE_PROJECT ?? appwriteJson.projectId;
/** This app's own cookie, holding the user's Appwrite session secret. */
export const SESSION_COOKIE = 'notes_session';
/** The database and collection of the notes, and the bucket of the uploads, as in appwrite.json. */
export const NOTES = { databaseId: 'notes', collectionId: 'notes' } as const;
export const UPLOADS_BUCKET = 'uploads';

/**
 * A fresh guest client for one request. Never a module-level client: core keeps a guest's
 * fallback cookie in the client it made the call with, and one process serves every user.
 */
export function guestClient(): Client {
  return createClient({ endpoint: appwriteEndpoint(), project: appwriteProject() });
}

/** The client acting as this request's user (set by server/middleware/session.ts), or a 401. */
export function requireClient(event: H3Event): Client {
  const client = event.context.client as Client | undefined;
  if (!client) throw createError({ statusCode: 401, statusMessage: 'signed out' });
  return client;
}

/** A client for the session secret in the cookie, or `undefined` without one. */
export function clientFromCookie(event: H3Event): Client | undefined {
  const secret = getCookie(event, SESSION_COOKIE);
  return secret ? withSession(guestClient(), secret) : undefined;
}
