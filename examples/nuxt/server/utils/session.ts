import { createEmailPasswordSession } from '@aw/account';
import { createSessionCookie } from '@aw/account/ssr';
import type { H3Event } from 'h3';

/** Signs in as a guest and keeps the session secret in this app's httpOnly cookie. */
export async function startSession(event: H3Event, email: string, password: string): Promise<void> {
  const client = guestClient();
  // `.raw()` keeps the headers: for a browser-less caller Appwrite leaves `secret` empty and puts it in a cookie.
  const answer = await createEmailPasswordSession(client, { email, password }).raw();
  const cookie = createSessionCookie(client, answer, { url: getRequestURL(event), name: SESSION_COOKIE });
  setCookie(event, cookie.name, cookie.value, cookie.attributes);
}
