'use server';
// Server actions: the forms post here, so they work before (and without) any client script.
import { createEmailPasswordSession, createJwt, logoutSessionById, registerUser } from '@aw/account';
import { clearSessionCookie, createSessionCookie } from '@aw/account/ssr';
import { ID, isAppwriteError } from '@aw/core';
import { createDocument } from '@aw/databases';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { guestClient, requestUrl, sessionClient } from '../lib/appwrite';
import { NOTES, SESSION_COOKIE } from '../lib/config';

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** Why a form failed, as Appwrite's error type (shown on the page), or `undefined` to rethrow. */
function failure(error: unknown): string | undefined {
  if (isAppwriteError(error)) return error.type;
  if (error instanceof Error && error.name === 'AwValidationError') return 'invalid_input';
  return undefined;
}

async function startSession(email: string, password: string): Promise<void> {
  const client = guestClient();
  // `.raw()` keeps the headers: for a browser-less caller Appwrite leaves `secret` empty and puts it in a cookie.
  const answer = await createEmailPasswordSession(client, { email, password }).raw();
  const cookie = createSessionCookie(client, answer, { url: await requestUrl(), name: SESSION_COOKIE });
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
}

export async function signUp(form: FormData): Promise<void> {
  const email = field(form, 'email');
  const password = field(form, 'password');
  try {
    await registerUser(guestClient(), { userId: ID.unique(), email, password, name: field(form, 'name') });
    await startSession(email, password);
  } catch (error) {
    const reason = failure(error);
    if (!reason) throw error;
    redirect(`/sign-up?error=${encodeURIComponent(reason)}`);
  }
  redirect('/');
}

export async function signIn(form: FormData): Promise<void> {
  try {
    await startSession(field(form, 'email'), field(form, 'password'));
  } catch (error) {
    const reason = failure(error);
    if (!reason) throw error;
    redirect(`/sign-in?error=${encodeURIComponent(reason)}`);
  }
  redirect('/');
}

export async function signOut(): Promise<void> {
  const client = await sessionClient();
  if (client) {
    // A session that already ended is as signed out as one ended now.
    await logoutSessionById(client, { sessionId: 'current' }).catch((error: unknown) => {
      if (!isAppwriteError(error) || error.status !== 401) throw error;
    });
  }
  const cookie = clearSessionCookie({ url: await requestUrl(), name: SESSION_COOKIE });
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  redirect('/sign-in');
}

export async function addNote(form: FormData): Promise<void> {
  const client = await sessionClient();
  if (!client) redirect('/sign-in');
  const text = field(form, 'text').trim().slice(0, 500);
  if (text) {
    // No permissions given: Appwrite grants read, update and delete to the author alone, so no
    // other user ever sees the note (and a form field could not widen that).
    await createDocument(client, { ...NOTES, documentId: ID.unique(), data: { text } });
  }
  revalidatePath('/');
}

/**
 * A JWT for the browser's direct upload to Appwrite: it acts as the user for 15 minutes, and the
 * page asks for a fresh one right before each upload, so it never expires mid-page. The session
 * secret itself stays in the httpOnly cookie.
 */
export async function createUploadJwt(): Promise<string> {
  const client = await sessionClient();
  if (!client) throw new Error('signed out');
  return (await createJwt(client)).jwt;
}
