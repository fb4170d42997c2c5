import { createEmailPasswordSession } from '@aw/account';
import { createSessionCookie } from '@aw/account/ssr';
import { isAppwriteError } from '@aw/core';
import type { Cookies } from '@sveltejs/kit';
import { guestClient } from './appwrite';
import { SESSION_COOKIE } from './config';

/** Signs in as a guest and keeps the session secret in this app's httpOnly cookie. */
export async function startSession(cookies: Cookies, url: URL, email: string, password: string): Promise<void> {
  const client = guestClient();
  // `.raw()` keeps the headers: for a browser-less caller Appwrite leaves `secret` empty and puts it in a cookie.
  const answer = await createEmailPasswordSession(client, { email, password }).raw();
  const cookie = createSessionCookie(client, answer, { url, name: SESSION_COOKIE });
  cookies.set(cookie.name, cookie.value, cookie.attributes);
}

/** Why a form failed, as Appwrite's error type, or `undefined` for an error to rethrow. */
export function failure(error: unknown): string | undefined {
  if (isAppwriteError(error)) return error.type;
  if (error instanceof Error && error.name === 'AwValidationError') return 'invalid_input';
  return undefined;
}

export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
