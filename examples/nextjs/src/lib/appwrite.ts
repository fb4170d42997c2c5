import 'server-only';
import { createClient, withSession, type Client } from '@aw/core';
import { cookies, headers } from 'next/headers';
import { APPWRITE_ENDPOINT, APPWRITE_PROJECT, SESSION_COOKIE } from './config';

/**
 * A fresh guest client for one request (sign-up, sign-in). Never a module-level client: core
 * keeps a guest's fallback cookie in the client it made the call with, and one process serves
 * every user.
 */
export function guestClient(): Client {
  return createClient({ endpoint: APPWRITE_ENDPOINT, project: APPWRITE_PROJECT });
}

/** A client acting as the signed-in user of this request, or `undefined` when there is no session cookie. */
export async function sessionClient(): Promise<Client | undefined> {
  const secret = (await cookies()).get(SESSION_COOKIE)?.value;
  return secret ? withSession(guestClient(), secret) : undefined;
}

/** The URL of the request being answered: its host decides whether the cookie needs `Secure`. */
export async function requestUrl(): Promise<string> {
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost';
  const protocol = list.get('x-forwarded-proto') ?? 'http';
  return `${protocol}://${host}/`;
}
